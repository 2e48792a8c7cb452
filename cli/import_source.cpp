#include "cli/import_source.hpp"

#include "cli/read_file.hpp"
#include "pdf/layout_text.hpp"
#include "pdf/pdf_text.hpp"

#include <iostream>

namespace jixiao::cli {

bool is_published_text(const std::string& path) {
    return path.ends_with(".txt") || path.ends_with(".TXT") || path.ends_with(".text") ||
           is_pdf(path);
}

bool is_pdf(const std::string& path) {
    return path.ends_with(".pdf") || path.ends_with(".PDF");
}

std::optional<std::string> published_text(const std::string& path, lang l) {
    if (is_pdf(path)) {
        return pdf::pdf_text(path); // lines and cells rebuilt from the text layer's coordinates
    }
    auto text = read_file(path);
    if (text && pdf::is_laid_out(*text)) {
        // columns aligned by spaces (pdftotext -layout): rebuilt from the words'
        // columns, as a PDF's from its coordinates, but a column is only as
        // sure as the tool's spacing — the reader is told so
        std::cerr << render(diagnose(severity::note,
                                     {"文本按空格对齐各列：按各词所在的字符列重建行与列；"
                                      "所据 PDF 若在手，直接导入 PDF 更可靠（按坐标）",
                                      "the text aligns its columns with spaces: rows and columns "
                                      "are rebuilt from each word's character column; where the "
                                      "PDF is at hand, importing it reads more surely (by "
                                      "coordinates)"},
                                     path),
                            l);
        return pdf::laid_out_text(*text);
    }
    return text;
}

std::optional<import::import_result> import_file(const std::string& path, lang l) {
    auto bytes = published_text(path, l);
    if (!bytes) {
        return std::nullopt;
    }
    import::source_text src = import::read_source(std::move(*bytes), path);
    import::import_result result = import::import_disclosure(src, import::standard_catalogues());
    for (const auto& w : result.warnings) {
        std::cerr << render(w, l);
    }
    if (!result.missing.empty()) {
        std::string zh;
        std::string en;
        for (const auto& m : result.missing) {
            zh += (zh.empty() ? "" : "、") + m;
            en += (en.empty() ? "" : ", ") + m;
        }
        diagnostic d = diagnose(severity::warning,
                                {"文本中没有" + result.matched->type + "公开应有的这些表：" + zh +
                                     "（核对时报告为缺表，而不是不一致）",
                                 "the text lacks these tables of a " + result.matched->type +
                                     " disclosure: " + en +
                                     " (the check reports them as missing, not as mismatches)"},
                                path);
        std::cerr << render(d, l);
    }
    for (std::size_t i : result.unlinked) {
        const import::claim& c = result.doc.claims[i];
        const import::source_line& line = src.lines[c.line - 1];
        std::size_t at = line.text.find(
            c.quote.substr(c.quote.rfind("：") == std::string::npos ? 0 : c.quote.rfind("：") + 3));
        std::cerr << render(
            import::at(
                src, line, at == std::string_view::npos ? 0 : at, severity::note,
                {"说明中的数 " + c.number + c.unit + "（" + c.label +
                     "）没有对应的表格或计算，核对时列为未对应",
                 "the figure " + c.number + c.unit + " (" + c.label +
                     ") of the prose links to no table or computation; the check lists it as "
                     "unlinked"}),
            l);
    }
    return result;
}

} // namespace jixiao::cli
