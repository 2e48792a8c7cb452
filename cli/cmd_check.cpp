// jixiao check --pack DIR DOC.json [--format json|table|html] [--lang zh|en]:
// reconciles a budget disclosure with a rule pack. Exit 0 when nothing is a
// mismatch, 1 when something is, 65 for bad input or rules (a check that
// could not run is a rule or document error).
#include "cli/commands.hpp"
#include "cli/read_file.hpp"
#include "cli/report_errors.hpp"
#include "pack/pack.hpp"
#include "reconcile/reconcile.hpp"
#include "units/unit_registry.hpp"

#include <iostream>

namespace jixiao::cli {

namespace {

const char* check_usage = "用法 / usage: jixiao check --pack DIR DOC.json [--format "
                          "json|table|html] [--lang zh|en]\n";

} // namespace

int run_check(std::span<const std::string_view> args) {
    std::string pack_dir;
    std::string doc_path;
    std::string format = "json";
    lang language = lang::zh;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string_view a = args[i];
        bool has_value = i + 1 < args.size();
        if (a == "--pack" && has_value) {
            pack_dir = std::string(args[++i]);
        } else if (a == "--format" && has_value) {
            std::string_view f = args[++i];
            if (f != "json" && f != "table" && f != "html") {
                std::cerr << "jixiao check: --format 只能是 json、table 或 html / must be json, "
                             "table or html\n";
                return exit_bad_input;
            }
            format = std::string(f);
        } else if (a == "--lang" && has_value) {
            language = args[++i] == "en" ? lang::en : lang::zh;
        } else if (!a.starts_with("--") && doc_path.empty()) {
            doc_path = std::string(a);
        } else {
            std::cerr << "jixiao check: 无法理解的参数 / unexpected argument '" << a << "'\n"
                      << check_usage;
            return exit_bad_input;
        }
    }
    if (pack_dir.empty() || doc_path.empty()) {
        std::cerr << check_usage;
        return exit_bad_input;
    }
    auto text = read_file(doc_path);
    if (!text) {
        return exit_bad_input;
    }
    return with_diagnostics(language, [&] {
        loaded_pack pack = load_pack(pack_dir, unit_registry::standard());
        json_value doc = parse_json(*text, doc_path);
        validate_disclosure(doc, doc_path);
        reconcile_report report = reconcile(pack.program, doc);
        if (format == "table") {
            std::cout << to_table(report, language);
        } else if (format == "html") {
            std::cout << to_html(report, language);
        } else {
            std::cout << to_json(report, language).dump(2) << "\n";
        }
        for (const auto& c : report.checks) {
            if (c.error) {
                std::cerr << render(*c.error, language);
            }
        }
        return report.errors > 0     ? exit_bad_input
               : report.mismatch > 0 ? exit_discrepancy
                                     : exit_ok;
    });
}

} // namespace jixiao::cli
