// The built-in functions: one table of signatures grouped by family, one arity
// check (STYLE.md §9). Names are bound to a table index by analysis; each
// family is evaluated and explained in its own file (lang/builtins_<family>.cpp).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace jixiao::jx {

enum class builtin_id {
    min,             // 最小(a, b, …) or 最小(列表)
    max,             // 最大
    sum,             // 求和(列表)
    count,           // 计数(列表)
    all,             // 全部(列表)
    any,             // 任一(列表)
    abs,             // 绝对值(x)
    round_half_up,   // 四舍五入(x, 位数)
    round_half_even, // 银行家舍入(x, 位数)
    truncate,        // 截断(x, 位数)
    round_up,        // 进一(x, 位数)
    target_of,       // 指标值(文本[, 读法]): reads a target
    actual_of,       // 实际值(文本): reads an actual value
    direction,       // 方向(指标值): "≥" "≤" ">" "<" "=" "区间" "期限" "定性"
    target_number,   // 目标数(指标值): the quantity of a comparison
    convert,         // 换算(x, "单位")
    present,         // 有值(x): not 空
    tier,  // 档次(实际值): "达成" "部分达成" "未达成", or 空 when not a tier phrase
    ratio, // 比率(甲, 乙): 甲 / 乙 as a plain number; a side without a unit takes the other's
    lower_bound, // 下限(区间指标值)
    upper_bound, // 上限(区间指标值)
    raise,       // 错误(文本): stops with a rule-authored error message
    number_of,   // 数值(x): a number, or text such as "1,618.788" read exactly
    nothing,     // 空值(): the empty value (a JSON null reads as it)
    to_text,     // 文本(x): x as it reads in an explanation, for messages
    get,         // 取值(记录, 键): the field named by a text, e.g. a column of a row
    has,         // 有字段(记录, 键): the record has that field
    keys,        // 字段名(记录): the field names, in document order
    find,        // 查找(列表, 键, 值): the first record whose field 键 equals 值
    starts_with, // 开头为(文本, 前缀)
    ends_with,   // 结尾为(文本, 后缀)
    join,        // 连接(列表, 分隔): the items as text, joined
    first,       // 第一(列表): the first item; an error for an empty list
    length,      // 长度(文本): in characters
    places,      // 小数位数(x): decimals as printed (6424.00 → 2)
    last_unit,   // 末位(x): one unit of the last printed digit (4320.28 → 0.01)
};

// The families, one file each (lang/builtins_<family>.cpp) with the
// evaluation and the explanation of every function of the family.
enum class builtin_family { numbers, lists, targets, records, texts, values };

struct builtin {
    std::string_view zh;
    std::string_view en;
    int min_args;
    int max_args; // -1: any number
    builtin_id id;
    builtin_family family;
};

std::span<const builtin> builtins();
std::optional<std::uint32_t> find_builtin(std::string_view name);

} // namespace jixiao::jx
