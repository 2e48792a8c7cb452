// jixiao run FILE.jx [--input DOC.json] [--format json|table] [--lang zh|en]:
// evaluates a rule file and prints every rule's value with its explanation.
#include "cli/commands.hpp"
#include "cli/read_file.hpp"
#include "cli/report_errors.hpp"
#include "document/json_value.hpp"
#include "lang/driver.hpp"
#include "lang/render.hpp"
#include "units/unit_registry.hpp"

#include <filesystem>
#include <iostream>

namespace jixiao::cli {

int run_run(std::span<const std::string_view> args) {
    std::string file;
    std::string input_path;
    bool table = false;
    lang language = lang::zh;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string_view a = args[i];
        bool has_value = i + 1 < args.size();
        if (a == "--input" && has_value) {
            input_path = std::string(args[++i]);
        } else if (a == "--format" && has_value) {
            std::string_view f = args[++i];
            if (f != "json" && f != "table") {
                std::cerr << "jixiao run: --format 只能是 json 或 table / must be json or table\n";
                return exit_bad_input;
            }
            table = f == "table";
        } else if (a == "--lang" && has_value) {
            language = args[++i] == "en" ? lang::en : lang::zh;
        } else if (!a.starts_with("--") && file.empty()) {
            file = std::string(a);
        } else {
            std::cerr << "jixiao run: 无法理解的参数 / unexpected argument '" << a << "'\n"
                      << "用法 / usage: jixiao run FILE.jx [--input DOC.json] [--format "
                         "json|table] [--lang zh|en]\n";
            return exit_bad_input;
        }
    }
    if (file.empty()) {
        std::cerr << "jixiao run: 需要规则文件 / a rule file is required\n";
        return exit_bad_input;
    }
    auto source = read_file(file);
    if (!source) {
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
        // Modules are found next to the rule file, and nowhere above it.
        std::filesystem::path root = std::filesystem::path(file).parent_path();
        jx::file_module_source modules(root.empty() ? "." : root);
        jx::program p = jx::load_program({file, *source}, modules, unit_registry::standard());
        for (const auto& w : p.warnings) {
            std::cerr << render(w, language);
        }
        jx::evaluator ev(p, input ? &*input : nullptr);
        jx::run_result r = jx::run_all(p, ev);
        if (table) {
            std::cout << jx::to_table(p, r, language);
        } else {
            std::cout << jx::to_json(p, r, language).dump(2) << "\n";
        }
        return exit_ok;
    });
}

} // namespace jixiao::cli
