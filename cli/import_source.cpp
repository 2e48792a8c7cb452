#include "cli/import_source.hpp"

#include "cli/read_file.hpp"
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

std::optional<std::string> published_text(const std::string& path) {
    if (is_pdf(path)) {
        return pdf::pdf_text(path); // lines and cells rebuilt from the text layer's coordinates
    }
    return read_file(path);
}

std::optional<import::import_result> import_file(const std::string& path, lang l) {
    auto bytes = published_text(path);
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
