// jixiao fmt [--check | --write] [--lang zh|en] FILE.jx...: prints a file in
// canonical layout; --check prints nothing for canonical files and names the
// first line that differs in each other one (exit 1); --write rewrites the
// files in place; --lang converts keywords. Rule files and declaration files
// (units, tier phrases) alike.
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/read_file.hpp"
#include "lang/format.hpp"
#include "lang/parse.hpp"
#include "units/unit_registry.hpp"
#include "units/units_format.hpp"

#include <fstream>
#include <iostream>

namespace jixiao::cli {
namespace {

const char* fmt_usage = "用法 / usage: jixiao fmt [--check | --write] [--lang zh|en] FILE.jx...\n";

std::string canonical(const std::string& file, const std::string& source, lang keywords) {
    if (is_declaration_file(source)) {
        return format_declarations(file, source, keywords, jx::line_width);
    }
    jx::module m = jx::parse_module(file, source, unit_registry::standard());
    return jx::format_module(m, keywords);
}

// The first line where `a` and `b` differ (from 1), and that line of `b`.
std::pair<std::size_t, std::string> first_difference(const std::string& a, const std::string& b) {
    std::size_t line = 1;
    std::size_t start = 0;
    std::size_t i = 0;
    for (; i < a.size() && i < b.size() && a[i] == b[i]; ++i) {
        if (a[i] == '\n') {
            ++line;
            start = i + 1;
        }
    }
    std::size_t end = b.find('\n', start);
    return {line, b.substr(start, end == std::string::npos ? std::string::npos : end - start)};
}

} // namespace

int run_fmt(std::span<const std::string_view> args) {
    auto parsed = parse_args(args, "fmt", fmt_usage, {{"--check", false}, {"--write", false}}, 1,
                             static_cast<std::size_t>(-1));
    if (!parsed) {
        return exit_bad_input;
    }
    const std::vector<std::string>& files = parsed->plain();
    bool check = parsed->has("--check");
    bool write = parsed->has("--write");
    lang keywords = parsed->language();
    lang messages = keywords;
    if ((check && write) || (files.size() > 1 && !check && !write)) {
        std::cerr
            << "jixiao fmt: 多个文件须与 --check 或 --write 之一同用 / several files need one "
               "of --check or --write\n"
            << fmt_usage;
        return exit_bad_input;
    }
    int result = exit_ok;
    for (const auto& file : files) {
        auto source = read_file(file);
        if (!source) {
            return exit_bad_input;
        }
        std::string formatted;
        try {
            formatted = canonical(file, *source, keywords);
        } catch (const diagnostic_error& e) {
            std::cerr << render(e.diag(), messages);
            return exit_bad_input;
        }
        if (check) {
            if (formatted != *source) {
                auto [line, want] = first_difference(*source, formatted);
                std::cerr << file << ":" << line << ": 格式不规范，此行应为 / not in canonical "
                          << "layout; this line should read:\n    " << want
                          << "\n  （运行 jixiao fmt --write " << file
                          << " / run jixiao fmt --write " << file << "）\n";
                result = exit_discrepancy;
            }
        } else if (write) {
            if (formatted != *source) {
                std::ofstream out(file, std::ios::binary | std::ios::trunc);
                out << formatted;
                if (!out) {
                    std::cerr << "jixiao fmt: 无法写入 / cannot write " << file << "\n";
                    return exit_bad_input;
                }
            }
        } else {
            std::cout << formatted;
        }
    }
    return result;
}

} // namespace jixiao::cli
