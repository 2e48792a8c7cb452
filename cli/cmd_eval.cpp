// jixiao eval --pack DIR DOC.json [--format json|table|html] [--lang zh|en]:
// scores one project's self-evaluation with a rule pack. The report is
// printed even when some indicator cannot be scored; the exit code is then 65.
// jixiao eval --pack DIR --jsonl IN.jsonl [--output OUT.jsonl] [--jobs N]
// scores one document per line, one JSON result or error record per line.
#include "cli/batch_io.hpp"
#include "cli/commands.hpp"
#include "cli/read_file.hpp"
#include "cli/report_errors.hpp"
#include "pack/pack.hpp"
#include "selfeval/selfeval.hpp"
#include "units/unit_registry.hpp"

#include <iostream>
#include <optional>

namespace jixiao::cli {

int run_eval(std::span<const std::string_view> args) {
    std::string pack_dir;
    std::string doc_path;
    std::string format = "json";
    lang language = lang::zh;
    std::optional<batch_cli_options> batch;
    auto batch_options = [&]() -> batch_cli_options& {
        if (!batch) {
            batch.emplace();
        }
        return *batch;
    };
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string_view a = args[i];
        bool has_value = i + 1 < args.size();
        if (a == "--pack" && has_value) {
            pack_dir = std::string(args[++i]);
        } else if (a == "--format" && has_value) {
            std::string_view f = args[++i];
            if (f != "json" && f != "table" && f != "html") {
                std::cerr << "jixiao eval: --format 只能是 json、table 或 html / must be json, "
                             "table or html\n";
                return exit_bad_input;
            }
            format = std::string(f);
        } else if (a == "--lang" && has_value) {
            language = args[++i] == "en" ? lang::en : lang::zh;
        } else if (a == "--jsonl" && has_value) {
            batch_options().input = std::string(args[++i]);
        } else if (a == "--output" && has_value) {
            batch_options().output = std::string(args[++i]);
        } else if (a == "--jobs" && has_value) {
            auto jobs = parse_jobs(args[++i], "eval");
            if (!jobs) {
                return exit_bad_input;
            }
            batch_options().jobs = *jobs;
        } else if (!a.starts_with("--") && doc_path.empty()) {
            doc_path = std::string(a);
        } else {
            std::cerr << "jixiao eval: 无法理解的参数 / unexpected argument '" << a << "'\n"
                      << "用法 / usage: jixiao eval --pack DIR DOC.json [--format json|table|html] "
                         "[--lang zh|en]\n";
            return exit_bad_input;
        }
    }
    if (batch) {
        if (pack_dir.empty() || batch->input.empty() || !doc_path.empty()) {
            std::cerr << "用法 / usage: jixiao eval --pack DIR --jsonl IN.jsonl|- [--output "
                         "OUT.jsonl] [--jobs N] [--lang zh|en]\n";
            return exit_bad_input;
        }
        batch->language = language;
        return with_diagnostics(language, [&] {
            // Parsed and analysed once; every worker reads it.
            loaded_pack pack = load_pack(pack_dir, unit_registry::standard());
            check_selfeval_contract(pack.program);
            return run_batch_command(
                "eval", *batch, [&](std::string_view text, std::uint64_t line) {
                    if (auto blank = blank_line_record(text, line, language)) {
                        return *blank;
                    }
                    try {
                        json_value doc = parse_json(text, "line " + std::to_string(line));
                        selfeval_report r = evaluate_selfeval(pack.program, doc);
                        std::string tally =
                            r.complete ? r.grade : (language == lang::zh ? "不完整" : "incomplete");
                        return batch_record{to_json_line(r, language, line), false, tally};
                    } catch (const diagnostic_error& e) {
                        return error_record(line, e.diag(), language);
                    }
                });
        });
    }
    if (pack_dir.empty() || doc_path.empty()) {
        std::cerr
            << "用法 / usage: jixiao eval --pack DIR DOC.json [--format json|table|html] [--lang "
               "zh|en]\n";
        return exit_bad_input;
    }
    auto text = read_file(doc_path);
    if (!text) {
        return exit_bad_input;
    }
    return with_diagnostics(language, [&] {
        loaded_pack pack = load_pack(pack_dir, unit_registry::standard());
        check_selfeval_contract(pack.program);
        json_value doc = parse_json(*text, doc_path);
        selfeval_report report = evaluate_selfeval(pack.program, doc);
        if (format == "table") {
            std::cout << to_table(report, language);
        } else if (format == "html") {
            std::cout << to_html(report, language);
        } else {
            std::cout << to_json(report, language).dump(2) << "\n";
        }
        return report.errors.empty() ? exit_ok : exit_bad_input;
    });
}

} // namespace jixiao::cli
