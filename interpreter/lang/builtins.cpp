#include "lang/builtins.hpp"

#include <array>

namespace jixiao::jx {
namespace {

constexpr std::array<builtin, 36> table{{
    // 数：最大最小、绝对值、舍入、比率、数值、印刷位数 (builtins_numbers.cpp)
    {"最小", "min", 1, -1, builtin_id::min, builtin_family::numbers},
    {"最大", "max", 1, -1, builtin_id::max, builtin_family::numbers},
    {"绝对值", "abs", 1, 1, builtin_id::abs, builtin_family::numbers},
    {"四舍五入", "round", 2, 2, builtin_id::round_half_up, builtin_family::numbers},
    {"银行家舍入", "round_half_even", 2, 2, builtin_id::round_half_even, builtin_family::numbers},
    {"截断", "truncate", 2, 2, builtin_id::truncate, builtin_family::numbers},
    {"进一", "round_up", 2, 2, builtin_id::round_up, builtin_family::numbers},
    {"比率", "ratio", 2, 2, builtin_id::ratio, builtin_family::numbers},
    {"数值", "number", 1, 1, builtin_id::number_of, builtin_family::numbers},
    {"小数位数", "places", 1, 1, builtin_id::places, builtin_family::numbers},
    {"末位", "last_unit", 1, 1, builtin_id::last_unit, builtin_family::numbers},
    // 列表：求和、计数、全部、任一、第一、查找 (builtins_lists.cpp)
    {"求和", "sum", 1, 1, builtin_id::sum, builtin_family::lists},
    {"计数", "count", 1, 1, builtin_id::count, builtin_family::lists},
    {"全部", "all", 1, 1, builtin_id::all, builtin_family::lists},
    {"任一", "any", 1, 1, builtin_id::any, builtin_family::lists},
    {"第一", "first", 1, 1, builtin_id::first, builtin_family::lists},
    {"查找", "find", 3, 3, builtin_id::find, builtin_family::lists},
    // 指标值：读取、方向、目标数、换算、档次、区间的上下限 (builtins_targets.cpp)
    {"指标值", "target", 1, 2, builtin_id::target_of, builtin_family::targets},
    {"实际值", "actual", 1, 1, builtin_id::actual_of, builtin_family::targets},
    {"方向", "direction", 1, 1, builtin_id::direction, builtin_family::targets},
    {"目标数", "target_number", 1, 1, builtin_id::target_number, builtin_family::targets},
    {"换算", "convert", 2, 2, builtin_id::convert, builtin_family::targets},
    {"档次", "tier", 1, 1, builtin_id::tier, builtin_family::targets},
    {"下限", "lower_bound", 1, 1, builtin_id::lower_bound, builtin_family::targets},
    {"上限", "upper_bound", 1, 1, builtin_id::upper_bound, builtin_family::targets},
    // 记录：取值、有字段、字段名 (builtins_records.cpp)
    {"取值", "get", 2, 2, builtin_id::get, builtin_family::records},
    {"有字段", "has", 2, 2, builtin_id::has, builtin_family::records},
    {"字段名", "keys", 1, 1, builtin_id::keys, builtin_family::records},
    // 文本：开头为、结尾为、连接、长度、文本 (builtins_texts.cpp)
    {"开头为", "starts_with", 2, 2, builtin_id::starts_with, builtin_family::texts},
    {"结尾为", "ends_with", 2, 2, builtin_id::ends_with, builtin_family::texts},
    {"连接", "join", 2, 2, builtin_id::join, builtin_family::texts},
    {"长度", "length", 1, 1, builtin_id::length, builtin_family::texts},
    {"文本", "text", 1, 1, builtin_id::to_text, builtin_family::texts},
    // 值：有值、空值、错误 (builtins_values.cpp)
    {"有值", "present", 1, 1, builtin_id::present, builtin_family::values},
    {"空值", "nothing", 0, 0, builtin_id::nothing, builtin_family::values},
    {"错误", "error", 1, 1, builtin_id::raise, builtin_family::values},
}};

} // namespace

std::span<const builtin> builtins() {
    return table;
}

std::optional<std::uint32_t> find_builtin(std::string_view name) {
    for (std::uint32_t i = 0; i < table.size(); ++i) {
        if (table[i].zh == name || table[i].en == name) {
            return i;
        }
    }
    return std::nullopt;
}

} // namespace jixiao::jx
