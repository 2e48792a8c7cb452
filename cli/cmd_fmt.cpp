// jixiao fmt FILE.jx [--check] [--lang zh|en]: prints the file in canonical
// layout; --check prints nothing and exits 1 when the file is not canonical;
// --lang converts keywords.
#include "cli/commands.hpp"
#include "cli/read_file.hpp"
#include "lang/format.hpp"
#include "lang/parse.hpp"
#include "units/unit_registry.hpp"

#include <iostream>

namespace jixiao::cli {

int run_fmt(std::span<const std::string_view> args) {
    std::string file;
    bool check = false;
    lang keywords = lang::zh;
    lang messages = lang::zh;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string_view a = args[i];
        if (a == "--check") {
            check = true;
        } else if (a == "--lang" && i + 1 < args.size()) {
            std::string_view l = args[++i];
            if (l != "zh" && l != "en") {
                std::cerr << "jixiao fmt: --lang 只能是 zh 或 en / must be zh or en\n";
                return exit_bad_input;
            }
            keywords = messages = l == "en" ? lang::en : lang::zh;
        } else if (!a.starts_with("--") && file.empty()) {
            file = std::string(a);
        } else {
            std::cerr << "jixiao fmt: 无法理解的参数 / unexpected argument '" << a << "'\n"
                      << "用法 / usage: jixiao fmt FILE.jx [--check] [--lang zh|en]\n";
            return exit_bad_input;
        }
    }
    if (file.empty()) {
        std::cerr << "jixiao fmt: 需要规则文件 / a rule file is required\n";
        return exit_bad_input;
    }
    auto source = read_file(file);
    if (!source) {
        return exit_bad_input;
    }
    try {
        jx::module m = jx::parse_module(file, *source, unit_registry::standard());
        std::string formatted = jx::format_module(m, keywords);
        if (check) {
            if (formatted != *source) {
                std::cerr << file << ": 格式不规范，请运行 jixiao fmt / not in canonical layout\n";
                return exit_discrepancy;
            }
            return exit_ok;
        }
        std::cout << formatted;
        return exit_ok;
    } catch (const diagnostic_error& e) {
        std::cerr << render(e.diag(), messages);
        return exit_bad_input;
    }
}

} // namespace jixiao::cli
