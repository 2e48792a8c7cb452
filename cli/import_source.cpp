#include "cli/import_source.hpp"

#include "cli/read_file.hpp"

#include <iostream>

namespace jixiao::cli {

bool is_published_text(const std::string& path) {
    return path.ends_with(".txt") || path.ends_with(".TXT") || path.ends_with(".text");
}

std::optional<import::import_result> import_file(const std::string& path, lang l) {
    auto bytes = read_file(path);
    if (!bytes) {
        return std::nullopt;
    }
    import::source_text src = import::read_source(std::move(*bytes), path);
    import::import_result result = import::import_disclosure(src, import::standard_catalogues());
    for (const auto& w : result.warnings) {
        std::cerr << render(w, l);
    }
    for (const auto& m : result.missing) {
        diagnostic d =
            diagnose(severity::warning,
                     {"文本中没有「" + m + "」（" + result.matched->type +
                          "公开应有这张表；文本缺失时检查会报告它）",
                      "the text has no '" + m + "' table (a " + result.matched->type +
                          " disclosure should have it; the check reports it as missing)"},
                     path);
        std::cerr << render(d, l);
    }
    return result;
}

} // namespace jixiao::cli
