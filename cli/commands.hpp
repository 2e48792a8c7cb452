// The subcommands of the jixiao command line. Each returns the exit code:
// 0 success, 1 a check found a discrepancy, 65 bad rules or input,
// 70 internal error (docs/domain.md §9).
#pragma once

#include <span>
#include <string_view>

namespace jixiao::cli {

inline constexpr int exit_ok = 0;
inline constexpr int exit_discrepancy = 1;
inline constexpr int exit_bad_input = 65;
inline constexpr int exit_internal = 70;

int run_target(std::span<const std::string_view> args);
int run_run(std::span<const std::string_view> args);
int run_fmt(std::span<const std::string_view> args);
int run_eval(std::span<const std::string_view> args);
int run_test(std::span<const std::string_view> args);
int run_check(std::span<const std::string_view> args);
int run_lock(std::span<const std::string_view> args);
int run_import(std::span<const std::string_view> args);
int run_template(std::span<const std::string_view> args);

} // namespace jixiao::cli
