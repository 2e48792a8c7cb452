// jixiao eval --pack DIR DOC.json [--format json|table|html] [--lang zh|en]:
// scores one project's self-evaluation with a rule pack. The report is
// printed even when some indicator cannot be scored; the exit code is then 65.
// jixiao eval --pack DIR --jsonl IN.jsonl [--output OUT.jsonl] [--jobs N]
// scores one document per line, one JSON result or error record per line.
#include "cli/batch_io.hpp"
#include "cli/commands.hpp"
#include "cli/find_pack.hpp"
#include "cli/read_file.hpp"
#include "cli/report_errors.hpp"
#include "cli/review_summary.hpp"
#include "drive/drive.hpp"
#include "pack/pack.hpp"
#include "pack/pack_vocabulary.hpp"
#include "report_xlsx/selfeval_xlsx.hpp"
#include "selfeval/selfeval.hpp"
#include "units/unit_registry.hpp"
#include "xlsx/selfeval_sheet.hpp"
#include "xlsx/workbook.hpp"

#include <algorithm>
#include <iostream>
#include <optional>

namespace jixiao::cli {

namespace {

const char* eval_usage =
    "用法 / usage: jixiao eval [--pack DIR] DOC.json|BOOK.xlsx [--sheet NAME] "
    "[--format json|table|html] "
    "[--lang zh|en]\n"
    "             jixiao eval [--pack DIR] --jsonl IN.jsonl|- [--output "
    "OUT.jsonl] [--jobs N]\n"
    "                  [--summary SUMMARY.html|SUMMARY.json] [--review-pack DIR]\n"
    "  without --pack: the national rules (national-selfeval on the pack search path)\n";

// A named project's 自评表 for the summary's link: scored again from its
// document (only the few projects a summary names are kept).
// The batch summary's word on the indicator cache: how many indicators were
// the same to the pack as one scored before, so their result was reused.
std::string reuse_remark(const driver& drive, lang l) {
    std::optional<indicator_cache::counts> n = drive.reuse();
    if (!n || n->asked == 0) {
        return {};
    }
    std::string found = std::to_string(n->found);
    std::string asked = std::to_string(n->asked);
    return l == lang::zh
               ? "；指标 " + asked + " 项，其中 " + found + " 项与此前评过的相同，沿用其结果"
               : "; of " + asked + " indicators, " + found +
                     " were the same as one scored before and reused its result";
}

std::string project_page(const driver& drive, const project_digest& d, lang l) {
    try {
        json_value doc = parse_json(d.source, "summary");
        return drive.render(drive.run(doc, "summary"), report_format::html, l);
    } catch (const diagnostic_error& e) {
        return "<!DOCTYPE html><meta charset=\"utf-8\"><pre>" + render(e.diag(), l) + "</pre>";
    }
}

// A workbook: each sheet laid out as a 自评表 is a project (docs/workbooks.md).
// One sheet (or --sheet) prints its report as a document does; several are a
// batch, one JSON line per sheet in the workbook's order with its name.
int eval_workbook(const pack_command& cmd) {
    lang language = cmd.language;
    return with_diagnostics(language, [&] {
        loaded_pack pack = load_pack(cmd.pack_dir, unit_registry::standard());
        const driver drive(pack, job::selfeval);
        xlsx::workbook book = xlsx::read_workbook(cmd.doc_path);
        const form_vocabulary words = pack_vocabulary(pack);
        std::vector<const xlsx::sheet*> forms;
        for (const auto& s : book.sheets) {
            if (!cmd.sheet.empty() ? s.name == cmd.sheet : xlsx::is_selfeval_form(s, words)) {
                forms.push_back(&s);
            }
        }
        if (forms.empty()) {
            std::string names;
            for (const auto& s : book.sheets) {
                names += (names.empty() ? "" : "、") + s.name;
            }
            throw diagnostic_error(diagnose(
                severity::error,
                cmd.sheet.empty()
                    ? message{"工作簿中没有自评表（没有一张工作表有指标表头）；工作表：" + names,
                              "the workbook has no 自评表 (no sheet has an indicator header); "
                              "sheets: " +
                                  names}
                    : message{"工作簿中没有工作表「" + cmd.sheet + "」；工作表：" + names,
                              "the workbook has no sheet '" + cmd.sheet + "'; sheets: " + names},
                cmd.doc_path));
        }
        // The reviewer's summary of the workbook's projects (--summary).
        std::optional<review_summary_run> review;
        if (!cmd.summary.empty()) {
            review.emplace(cmd, pack);
        }
        std::uint64_t sheet_number = 0;
        auto score = [&](const xlsx::sheet& s) {
            std::vector<diagnostic> warnings;
            ++sheet_number;
            std::string text;
            try {
                text = xlsx::selfeval_document(book, s, words, &warnings);
            } catch (const diagnostic_error& e) {
                if (review) {
                    review->add_error(sheet_number, s.name, e.diag().text.in(language));
                }
                throw;
            }
            for (const auto& w : warnings) {
                std::cerr << render(w, language);
            }
            std::string where = xlsx::address(cmd.doc_path, 1, 1);
            json_value doc = parse_json(text, where);
            selfeval_report report = std::get<selfeval_report>(drive.run(doc, where).report);
            if (review) {
                project_digest d = review->digest(report, doc, std::move(text));
                d.sheet = s.name;
                d.line = sheet_number; // the sheet's place among the forms: its page's name
                review->add(std::move(d));
            }
            return report;
        };
        auto write_summary = [&] {
            return !review || review->write([&](const project_digest& d) {
                return project_page(drive, d, language);
            });
        };
        if (cmd.format == "xlsx") {
            std::vector<selfeval_report> reports;
            reports.reserve(forms.size());
            std::vector<scored_sheet> sheets;
            int code = exit_ok;
            for (const auto* s : forms) {
                reports.push_back(score(*s));
                code = reports.back().errors.empty() ? code : exit_bad_input;
            }
            for (std::size_t i = 0; i < forms.size(); ++i) {
                sheets.push_back({forms[i]->name, &reports[i]});
            }
            write_selfeval_xlsx(cmd.xlsx_output, sheets, language);
            return write_summary() ? code : exit_bad_input;
        }
        if (forms.size() == 1 && !review) {
            outcome o{score(*forms.front())};
            std::cout << drive.render(o, format_named(cmd.format), language);
            return o.has_errors() ? exit_bad_input : exit_ok;
        }
        int code = exit_ok;
        for (const auto* s : forms) {
            nlohmann::ordered_json line;
            line["sheet"] = s->name;
            try {
                selfeval_report report = score(*s);
                nlohmann::ordered_json fields = to_json(report, language); // items() refers to it
                for (auto& [k, v] : fields.items()) {
                    line[k] = std::move(v);
                }
                if (!report.errors.empty()) {
                    code = exit_bad_input;
                }
            } catch (const diagnostic_error& e) {
                line["error"] = render(e.diag(), language);
                code = exit_bad_input;
            }
            std::cout << line.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
                      << "\n";
        }
        return write_summary() ? code : exit_bad_input;
    });
}

} // namespace

int run_eval(std::span<const std::string_view> args) {
    pack_command cmd;
    bool given = std::find(args.begin(), args.end(), std::string_view("--pack")) != args.end();
    if (!given) {
        // The first hour: `jixiao eval DOC.json` scores by the national rules,
        // and says so (a report must never leave its rules unnamed).
        std::vector<std::string> searched;
        auto dir = find_pack("national-selfeval", searched);
        if (!dir) {
            std::cerr << "jixiao eval: 未给 --pack，也找不到全国规则包 national-selfeval / no "
                         "--pack given and national-selfeval is not on the pack search path; "
                         "searched:\n";
            for (const auto& s : searched) {
                std::cerr << "  " << s << "\n";
            }
            return exit_bad_input;
        }
        cmd.pack_dir = dir->string();
    }
    if (auto code = parse_pack_command(args, "eval", eval_usage, cmd)) {
        return *code;
    }
    if (!given) {
        std::cerr << "jixiao eval: 未给 --pack，按全国规则 national-selfeval 评分（" << cmd.pack_dir
                  << "） / no --pack given: scored by the national rules, national-selfeval ("
                  << cmd.pack_dir << ")\n";
    }
    const std::string& pack_dir = cmd.pack_dir;
    const std::string& doc_path = cmd.doc_path;
    const std::string& format = cmd.format;
    lang language = cmd.language;
    if (cmd.batch) {
        batch_cli_options& batch_opts = *cmd.batch;
        return with_diagnostics(language, [&] {
            // Parsed and analysed once; every worker reads it.
            loaded_pack pack = load_pack(pack_dir, unit_registry::standard());
            const driver drive(pack, job::selfeval);
            std::optional<review_summary_run> review;
            if (!cmd.summary.empty()) {
                review.emplace(cmd, pack);
            }
            auto failed = [&](batch_record r, std::uint64_t line, const std::string& why) {
                if (review) {
                    r.attachment = std::pair<std::uint64_t, std::string>(line, why);
                }
                return r;
            };
            int code = run_batch_command(
                "eval", batch_opts,
                [&](std::string_view text, std::uint64_t line) {
                    if (auto blank = blank_line_record(text, line, language)) {
                        return failed(std::move(*blank), line, "空行 / blank line");
                    }
                    try {
                        std::string where = "line " + std::to_string(line);
                        json_value doc = parse_json(text, where);
                        outcome o = drive.run(doc, where);
                        batch_record out{drive.render(o, report_format::json_line, language, line),
                                         false,
                                         o.tally(language),
                                         {}};
                        if (review) {
                            project_digest d = // its line comes with it to add()
                                review->digest(std::get<selfeval_report>(std::move(o.report)), doc,
                                               {});
                            d.line = line;
                            out.attachment = std::move(d);
                        }
                        return out;
                    } catch (const diagnostic_error& e) {
                        return failed(error_record(line, e.diag(), language), line,
                                      e.diag().text.in(language));
                    }
                },
                review ? std::function<void(batch_record&, std::string_view)>(
                             [&](batch_record& r, std::string_view line) { review->add(r, line); })
                       : std::function<void(batch_record&, std::string_view)>(),
                [&](lang l) { return reuse_remark(drive, l); });
            if (review && !review->write([&](const project_digest& d) {
                    return project_page(drive, d, language);
                })) {
                return exit_bad_input;
            }
            return code;
        });
    }
    if (doc_path.ends_with(".xlsx") || doc_path.ends_with(".XLSX")) {
        return eval_workbook(cmd);
    }
    auto text = read_file(doc_path);
    if (!text) {
        return exit_bad_input;
    }
    return with_diagnostics(language, [&] {
        loaded_pack pack = load_pack(pack_dir, unit_registry::standard());
        const driver drive(pack, job::selfeval);
        json_value doc = parse_json(*text, doc_path);
        outcome o;
        try {
            o = drive.run(doc, doc_path);
        } catch (const diagnostic_error& e) {
            // A document-level error (not a JSON object …) names the document.
            diagnostic d = e.diag();
            if (d.file.empty()) {
                d.file = doc_path;
            }
            throw diagnostic_error(std::move(d));
        }
        if (format == "xlsx") {
            const auto& report = std::get<selfeval_report>(o.report);
            write_selfeval_xlsx(cmd.xlsx_output, {scored_sheet{report.project, &report}}, language);
        } else {
            std::cout << drive.render(o, format_named(format), language);
        }
        return o.has_errors() ? exit_bad_input : exit_ok;
    });
}

} // namespace jixiao::cli
