// One argument parser for every subcommand. A command declares its options
// (flags, options with a value, and the values allowed) and how many plain
// arguments it takes; anything else (an unknown option, a missing or
// disallowed value, one argument too many) is refused with one message and
// the command's usage, the same way for every command. `--lang zh|en` is
// every command's; `--` ends the options.
#pragma once

#include "diag/diagnostic.hpp"

#include <initializer_list>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::cli {

struct option_spec {
    std::string_view name;                      // "--format"
    bool takes_value = true;                    // false: a flag (--check)
    std::vector<std::string_view> allowed = {}; // empty: any value
};

class parsed_args {
  public:
    // The option's value (the last given), or `fallback`.
    std::string value(std::string_view name, std::string_view fallback = {}) const;
    bool has(std::string_view name) const { return given_.count(std::string(name)) > 0; }
    const std::vector<std::string>& plain() const { return plain_; }
    lang language() const { return value("--lang", "zh") == "en" ? lang::en : lang::zh; }

  private:
    friend std::optional<parsed_args> parse_args(std::span<const std::string_view>,
                                                 std::string_view, std::string_view,
                                                 std::initializer_list<option_spec>, std::size_t,
                                                 std::size_t);
    std::map<std::string, std::string> given_;
    std::vector<std::string> plain_;
};

// Parses `args` of `command`; on a mistake prints it with `usage` on stderr
// and returns nullopt (the command exits 65). `min_plain`..`max_plain` plain
// arguments are accepted.
std::optional<parsed_args> parse_args(std::span<const std::string_view> args,
                                      std::string_view command, std::string_view usage,
                                      std::initializer_list<option_spec> options,
                                      std::size_t min_plain, std::size_t max_plain);

} // namespace jixiao::cli
