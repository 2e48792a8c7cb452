// jixiao template [--from DOC.json|DIR] --output 自评表.xlsx: the 自评表
// workbook for a unit to fill in — blank, or pre-filled with the targets of
// self-evaluation documents (those `jixiao import --selfeval` writes): one
// sheet per document, in the layout `jixiao eval BOOK.xlsx` reads back.
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/read_file.hpp"
#include "cli/report_errors.hpp"
#include "document/json_value.hpp"
#include "form/canonical_document.hpp"
#include "report_xlsx/selfeval_xlsx.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>

namespace jixiao::cli {

namespace {

const char* template_usage =
    "用法 / usage: jixiao template [--from DOC.json|DIR] --output 自评表.xlsx [--lang zh|en]\n";

} // namespace

int run_template(std::span<const std::string_view> args) {
    auto parsed = parse_args(args, "template", template_usage, {{"--from"}, {"--output"}}, 0, 0);
    if (!parsed) {
        return exit_bad_input;
    }
    std::string from = parsed->value("--from");
    std::string output = parsed->value("--output");
    lang language = parsed->language();
    if (output.empty()) {
        std::cerr << "jixiao template: 需要 --output / --output is required\n" << template_usage;
        return exit_bad_input;
    }
    return with_diagnostics(language, [&] {
        namespace fs = std::filesystem;
        std::vector<std::string> paths;
        if (!from.empty() && fs::is_directory(from)) {
            for (const auto& e : fs::directory_iterator(from)) {
                if (e.path().extension() == ".json") {
                    paths.push_back(e.path().string());
                }
            }
            std::sort(paths.begin(), paths.end());
        } else if (!from.empty()) {
            paths.push_back(from);
        }
        std::vector<json_value> documents;
        documents.reserve(paths.size());
        for (const auto& p : paths) {
            auto text = read_file(p);
            if (!text) {
                return exit_bad_input;
            }
            documents.push_back(parse_json(*text, p));
            // in the form's own words, amounts as numbers in their 金额单位
            for (const auto& w : selfeval_canonicalizer(standard_vocabulary())(documents.back())) {
                std::cerr << p << ": " << w.in(language) << "\n";
            }
        }
        std::vector<const json_value*> pointers;
        for (const auto& d : documents) {
            pointers.push_back(&d);
        }
        write_selfeval_template(output, pointers);
        std::cerr << (language == lang::zh ? "已写出自评表：" : "wrote the form: ") << output
                  << " (" << std::max<std::size_t>(1, documents.size())
                  << (language == lang::zh ? " 张工作表）\n" : " sheets)\n");
        return exit_ok;
    });
}

} // namespace jixiao::cli
