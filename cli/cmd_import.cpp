// jixiao import FILE [--output DOC.json] [--format json|table] [--lang zh|en]:
// reads a published disclosure (its text) into the disclosure document that
// `jixiao check` takes. Warnings (repairs, unreadable cells, missing tables)
// go to stderr with their source line; exit 0 when a document was written,
// 65 when the text holds no recognizable table or cannot be read.
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/import_source.hpp"
#include "cli/report_errors.hpp"
#include "import/write_document.hpp"
#include "text/table.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace jixiao::cli {

namespace {

const char* import_usage =
    "用法 / usage: jixiao import FILE.txt|FILE.pdf [--output DOC.json] [--format "
    "json|table|text] [--selfeval DIR] [--lang zh|en]\n";

std::string summary_table(const import::import_result& r, lang l) {
    bool zh = l == lang::zh;
    text_table rows(
        zh ? std::vector<std::string>{"编号", "类别", "名称", "原文行", "列", "行"}
           : std::vector<std::string>{"number", "category", "title", "line", "columns", "rows"});
    for (const auto& t : r.doc.tables) {
        rows.add({t.number, t.category, t.title, std::to_string(t.title_line),
                  std::to_string(t.columns.size()),
                  t.no_data ? (zh ? "无数据" : "no data") : std::to_string(t.rows.size())});
    }
    for (const auto& m : r.missing) {
        rows.add({"", m, zh ? "（缺）" : "(missing)", "", "", ""});
    }
    std::string out = (zh ? "单位：" : "unit: ") + r.doc.unit_name + "  " + r.doc.year +
                      (zh ? "年度 " : " ") + r.doc.type + "  " + r.doc.amount_unit + "\n";
    return out + rows.render();
}

} // namespace

int run_import(std::span<const std::string_view> args) {
    auto parsed = parse_args(
        args, "import", import_usage,
        {{"--output"}, {"--selfeval"}, {"--format", true, {"json", "table", "text"}}}, 1, 1);
    if (!parsed) {
        return exit_bad_input;
    }
    std::string path = parsed->plain()[0];
    std::string output = parsed->value("--output");
    std::string selfeval_dir = parsed->value("--selfeval");
    std::string format = parsed->value("--format", "json");
    lang language = parsed->language();
    return with_diagnostics(language, [&] {
        if (format == "text") {
            // The text as the importer reads it (for a PDF: rebuilt from its
            // text layer); 原文行 and every warning's line refer to it.
            std::optional<std::string> text = published_text(path, language);
            if (!text) {
                return exit_bad_input;
            }
            std::cout << *text;
            return exit_ok;
        }
        std::optional<import::import_result> result = import_file(path, language);
        if (!result) {
            return exit_bad_input;
        }
        if (!selfeval_dir.empty()) {
            // One self-evaluation to start from per project of the appendix.
            namespace fs = std::filesystem;
            std::error_code ec;
            fs::create_directories(selfeval_dir, ec);
            std::size_t n = 0;
            for (const auto& form : result->doc.forms) {
                std::string name = form.name;
                std::replace_if(
                    name.begin(), name.end(),
                    [](char c) { return c == '/' || c == '\\' || c == ':'; }, '_');
                char prefix[16];
                std::snprintf(prefix, sizeof prefix, "%02zu-", ++n);
                fs::path file = fs::path(selfeval_dir) / (prefix + name + ".json");
                std::ofstream out(file, std::ios::binary);
                out << import::write_selfeval_start(form, result->doc.year);
                if (!out.flush()) {
                    std::cerr << "无法写入 / cannot write " << file.string() << "\n";
                    return exit_bad_input;
                }
            }
            std::cerr << (language == lang::zh ? "已写出 " : "wrote ") << n
                      << (language == lang::zh ? " 份自评文档的起稿："
                                               : " self-evaluation documents to start from in ")
                      << selfeval_dir << "\n";
            if (output.empty() && format == "json") {
                return exit_ok;
            }
        }
        std::string text = format == "table" ? summary_table(*result, language)
                                             : import::write_document(result->doc);
        if (output.empty()) {
            std::cout << text;
            return exit_ok;
        }
        // Written beside the target and renamed: never half a document.
        namespace fs = std::filesystem;
        fs::path temp = output + ".part";
        {
            std::ofstream out(temp, std::ios::binary);
            out << text;
            if (!out.flush()) {
                std::cerr << "无法写入 / cannot write " << temp.string() << "\n";
                return exit_bad_input;
            }
        }
        std::error_code ec;
        fs::rename(temp, output, ec);
        if (ec) {
            std::cerr << "无法写入 / cannot write " << output << ": " << ec.message() << "\n";
            return exit_bad_input;
        }
        return exit_ok;
    });
}

} // namespace jixiao::cli
