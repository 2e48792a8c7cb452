// jixiao run [--pack DIR] FILE.jx [--input DOC.json] [--format json|table] [--lang zh|en]:
// evaluates a rule file and prints every rule's value with its explanation.
// With --pack, the file extends the pack (and FILE may be left out: the pack
// itself is run), so an author sees a pack's intermediate rules on a document.
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/read_file.hpp"
#include "cli/report_errors.hpp"
#include "document/json_value.hpp"
#include "drive/drive.hpp"
#include "lang/driver.hpp"
#include "pack/pack.hpp"
#include "units/unit_registry.hpp"

#include <filesystem>
#include <iostream>

namespace jixiao::cli {

int run_run(std::span<const std::string_view> args) {
    auto parsed =
        parse_args(args, "run",
                   "用法 / usage: jixiao run [--pack DIR] FILE.jx [--input DOC.json] "
                   "[--format json|table] [--lang zh|en]",
                   {{"--input"}, {"--pack"}, {"--format", true, {"json", "table"}}}, 0, 1);
    if (!parsed) {
        return exit_bad_input;
    }
    std::string file = parsed->plain().empty() ? std::string() : parsed->plain()[0];
    std::string input_path = parsed->value("--input");
    std::string pack_dir = parsed->value("--pack");
    bool table = parsed->value("--format") == "table";
    lang language = parsed->language();
    if (file.empty() && pack_dir.empty()) {
        std::cerr << "jixiao run: 需要规则文件或 --pack / a rule file or --pack is required\n";
        return exit_bad_input;
    }
    std::optional<std::string> source;
    if (!file.empty() && !(source = read_file(file))) {
        return exit_bad_input;
    }
    std::optional<json_value> input;
    std::string input_text;
    return with_diagnostics(language, [&] {
        if (!input_path.empty()) {
            auto text = read_file(input_path);
            if (!text) {
                return exit_bad_input;
            }
            input_text = std::move(*text);
            input = parse_json(input_text, input_path);
        }
        const unit_registry& units = unit_registry::standard();
        jx::program p = [&] {
            if (!pack_dir.empty()) {
                return source ? load_in_pack(pack_dir, {file, *source}, units)
                              : load_pack(pack_dir, units).program;
            }
            // Modules are found next to the rule file, and nowhere above it.
            std::filesystem::path root = std::filesystem::path(file).parent_path();
            jx::file_module_source modules(root.empty() ? "." : root);
            return jx::load_program({file, *source}, modules, units);
        }();
        for (const auto& w : p.warnings) {
            std::cerr << render(w, language);
        }
        const driver drive(p);
        outcome o = input ? drive.run(*input, input_path) : drive.run_without_document();
        std::cout << drive.render(o, table ? report_format::table : report_format::json, language);
        return exit_ok;
    });
}

} // namespace jixiao::cli
