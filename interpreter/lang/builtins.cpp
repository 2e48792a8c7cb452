#include "lang/builtins.hpp"

#include <array>

namespace jixiao::jx {
namespace {

constexpr std::array<builtin, 36> table{{
    {"最小", "min", 1, -1, builtin_id::min},
    {"最大", "max", 1, -1, builtin_id::max},
    {"求和", "sum", 1, 1, builtin_id::sum},
    {"计数", "count", 1, 1, builtin_id::count},
    {"全部", "all", 1, 1, builtin_id::all},
    {"任一", "any", 1, 1, builtin_id::any},
    {"绝对值", "abs", 1, 1, builtin_id::abs},
    {"四舍五入", "round", 2, 2, builtin_id::round_half_up},
    {"银行家舍入", "round_half_even", 2, 2, builtin_id::round_half_even},
    {"截断", "truncate", 2, 2, builtin_id::truncate},
    {"进一", "round_up", 2, 2, builtin_id::round_up},
    {"指标值", "target", 1, 2, builtin_id::target_of},
    {"实际值", "actual", 1, 1, builtin_id::actual_of},
    {"方向", "direction", 1, 1, builtin_id::direction},
    {"目标数", "target_number", 1, 1, builtin_id::target_number},
    {"换算", "convert", 2, 2, builtin_id::convert},
    {"有值", "present", 1, 1, builtin_id::present},
    {"档次", "tier", 1, 1, builtin_id::tier},
    {"比率", "ratio", 2, 2, builtin_id::ratio},
    {"下限", "lower_bound", 1, 1, builtin_id::lower_bound},
    {"上限", "upper_bound", 1, 1, builtin_id::upper_bound},
    {"错误", "error", 1, 1, builtin_id::raise},
    {"数值", "number", 1, 1, builtin_id::number_of},
    {"空值", "nothing", 0, 0, builtin_id::nothing},
    {"文本", "text", 1, 1, builtin_id::to_text},
    {"取值", "get", 2, 2, builtin_id::get},
    {"有字段", "has", 2, 2, builtin_id::has},
    {"字段名", "keys", 1, 1, builtin_id::keys},
    {"查找", "find", 3, 3, builtin_id::find},
    {"开头为", "starts_with", 2, 2, builtin_id::starts_with},
    {"结尾为", "ends_with", 2, 2, builtin_id::ends_with},
    {"连接", "join", 2, 2, builtin_id::join},
    {"第一", "first", 1, 1, builtin_id::first},
    {"长度", "length", 1, 1, builtin_id::length},
    {"小数位数", "places", 1, 1, builtin_id::places},
    {"末位", "last_unit", 1, 1, builtin_id::last_unit},
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
