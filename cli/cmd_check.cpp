// jixiao check --pack DIR DOC.json [--format json|table|html] [--lang zh|en]:
// reconciles a budget disclosure with a rule pack. Exit 0 when nothing is a
// mismatch, 1 when something is, 65 for bad input or rules (a check that
// could not run is a rule or document error).
#include "cli/batch_io.hpp"
#include "cli/commands.hpp"
#include "cli/find_pack.hpp"
#include "cli/import_source.hpp"
#include "cli/read_file.hpp"
#include "cli/report_errors.hpp"
#include "drive/drive.hpp"
#include "import/write_document.hpp"
#include "pack/pack.hpp"
#include "reconcile/reconcile.hpp"
#include "units/unit_registry.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <optional>

namespace jixiao::cli {

namespace {

const char* check_usage = "用法 / usage: jixiao check [--pack DIR] DOC.json|DOC.txt [--format "
                          "json|table|html] [--lang zh|en]\n"
                          "             jixiao check --pack DIR --jsonl IN.jsonl|- [--output "
                          "OUT.jsonl] [--jobs N]\n";

// The pack follows the document: the catalogue of its 类型 names the pack
// that checks such documents. Without --pack that pack is used (found on the
// pack path); with --pack naming another, the user is told which one fits.
std::optional<loaded_pack> pack_for(const json_value& doc, const std::string& pack_dir,
                                    const std::string& doc_path, lang l) {
    const std::string* kind = doc.find("类型")->string();
    std::string fits;
    std::vector<std::string> others; // the standard packs of the other types
    for (const auto& cat : import::standard_catalogues()) {
        if (cat.type == *kind) {
            fits = cat.pack;
        } else {
            others.push_back(cat.pack);
        }
    }
    if (pack_dir.empty()) {
        std::vector<std::string> searched;
        auto dir = find_pack(fits, searched);
        if (!dir) {
            std::string places;
            for (const auto& p : searched) {
                places += "\n  " + p;
            }
            std::cerr << render(
                diagnose(
                    severity::error,
                    {"找不到" + *kind + "公开的规则包 " + fits +
                         "（用 --pack 指定，或设置 JIXIAO_PACK_PATH）；查找过：" + places,
                     "cannot find the pack " + fits + " for a " + *kind +
                         " disclosure (give --pack, or set JIXIAO_PACK_PATH); looked in:" + places},
                    doc_path),
                l);
            return std::nullopt;
        }
        std::error_code ec;
        std::filesystem::path shown = std::filesystem::relative(*dir, ec);
        if (ec || shown.empty()) {
            shown = *dir;
        }
        std::cerr << render(diagnose(severity::note,
                                     {"按文档类型「" + *kind + "」选用规则包 " + shown.string(),
                                      "the document is a " + *kind +
                                          " disclosure: checked with the pack " + shown.string()},
                                     doc_path),
                            l);
        return load_pack(*dir, unit_registry::standard());
    }
    loaded_pack pack = load_pack(pack_dir, unit_registry::standard());
    // A pack of one's own is the author's business; the standard pack of the
    // other kind of document is a mistake worth naming before its errors.
    bool other_standard =
        std::find(others.begin(), others.end(), pack.manifest.name) != others.end();
    if (!fits.empty() && other_standard) {
        std::cerr << render(
            diagnose(severity::warning,
                     {"文档是" + *kind + "公开，适用的规则包是 " + fits + "；--pack 给的 " +
                          pack.manifest.name + " 不是为它写的，核对可能因缺表、缺列而出错",
                      "the document is a " + *kind + " disclosure, checked by the pack " + fits +
                          "; the pack given, " + pack.manifest.name +
                          ", is not written for it and may fail on tables and columns it lacks"},
                     doc_path),
            l);
    }
    return pack;
}

} // namespace

int run_check(std::span<const std::string_view> args) {
    pack_command cmd;
    if (auto code = parse_pack_command(args, "check", check_usage, cmd, /*pack_required=*/false)) {
        return *code;
    }
    const std::string& pack_dir = cmd.pack_dir;
    const std::string& doc_path = cmd.doc_path;
    const std::string& format = cmd.format;
    lang language = cmd.language;
    if (cmd.batch) {
        batch_cli_options& batch_opts = *cmd.batch;
        return with_diagnostics(language, [&] {
            loaded_pack pack = load_pack(pack_dir, unit_registry::standard());
            const driver drive(pack, job::reconcile);
            return run_batch_command(
                "check", batch_opts, [&](std::string_view text, std::uint64_t line) {
                    if (auto blank = blank_line_record(text, line, language)) {
                        return *blank;
                    }
                    try {
                        std::string where = "line " + std::to_string(line);
                        json_value doc = parse_json(text, where);
                        outcome o = drive.run(doc, where);
                        return batch_record{
                            drive.render(o, report_format::json_line, language, line),
                            o.has_errors(),
                            o.tally(language),
                            {}};
                    } catch (const diagnostic_error& e) {
                        return error_record(line, e.diag(), language);
                    }
                });
        });
    }
    // A published text is imported first (docs/import.md); a .json is read as it is.
    std::optional<std::string> text;
    if (!is_published_text(doc_path)) {
        text = read_file(doc_path);
        if (!text) {
            return exit_bad_input;
        }
    }
    return with_diagnostics(language, [&] {
        if (!text) {
            std::optional<import::import_result> imported = import_file(doc_path, language);
            if (!imported) {
                return exit_bad_input;
            }
            text = import::write_document(imported->doc);
        }
        json_value doc = parse_json(*text, doc_path);
        validate_disclosure(doc, doc_path);
        std::optional<loaded_pack> pack = pack_for(doc, pack_dir, doc_path, language);
        if (!pack) {
            return exit_bad_input;
        }
        const driver drive(*pack, job::reconcile);
        outcome o = drive.run(doc, doc_path);
        std::cout << drive.render(o, format_named(format), language);
        const auto& report = std::get<reconcile_report>(o.report);
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
