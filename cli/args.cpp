#include "cli/args.hpp"

#include <algorithm>
#include <iostream>

namespace jixiao::cli {
namespace {

std::string listed(const std::vector<std::string_view>& values, std::string_view sep) {
    std::string out;
    for (std::size_t i = 0; i < values.size(); ++i) {
        out += (i ? std::string(sep) : std::string()) + std::string(values[i]);
    }
    return out;
}

} // namespace

std::string parsed_args::value(std::string_view name, std::string_view fallback) const {
    auto it = given_.find(std::string(name));
    return it == given_.end() ? std::string(fallback) : it->second;
}

std::optional<parsed_args> parse_args(std::span<const std::string_view> args,
                                      std::string_view command, std::string_view usage,
                                      std::initializer_list<option_spec> options,
                                      std::size_t min_plain, std::size_t max_plain) {
    static const option_spec lang_option{"--lang", true, {"zh", "en"}};
    auto refuse = [&](const std::string& zh, const std::string& en) -> std::optional<parsed_args> {
        std::cerr << "jixiao " << command << ": " << zh << " / " << en << "\n" << usage;
        if (!usage.ends_with('\n')) {
            std::cerr << "\n";
        }
        return std::nullopt;
    };
    parsed_args out;
    bool options_done = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string_view a = args[i];
        if (options_done || !a.starts_with("-") || a == "-") {
            out.plain_.emplace_back(a);
            continue;
        }
        if (a == "--") {
            options_done = true;
            continue;
        }
        const option_spec* spec = a == lang_option.name ? &lang_option : nullptr;
        for (const option_spec& o : options) {
            if (o.name == a) {
                spec = &o;
            }
        }
        std::string name(a);
        if (spec == nullptr) {
            return refuse("未知选项「" + name + "」", "unknown option '" + name + "'");
        }
        if (!spec->takes_value) {
            out.given_[name] = "";
            continue;
        }
        if (i + 1 >= args.size()) {
            return refuse(name + " 需要一个值", name + " needs a value");
        }
        std::string_view v = args[++i];
        if (!spec->allowed.empty() &&
            std::find(spec->allowed.begin(), spec->allowed.end(), v) == spec->allowed.end()) {
            return refuse(name + " 只能是 " + listed(spec->allowed, "、") + "，却是「" +
                              std::string(v) + "」",
                          name + " must be one of " + listed(spec->allowed, ", ") + ", not '" +
                              std::string(v) + "'");
        }
        out.given_[name] = std::string(v);
    }
    if (out.plain_.size() > max_plain) {
        const std::string& extra = out.plain_[max_plain];
        return refuse("多余的参数「" + extra + "」", "unexpected argument '" + extra + "'");
    }
    if (out.plain_.size() < min_plain) {
        return refuse("缺少参数", "an argument is missing");
    }
    return out;
}

} // namespace jixiao::cli
