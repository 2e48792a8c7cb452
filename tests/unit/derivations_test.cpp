// Analysis marks what can never be a number (lang/mark_derivations.cpp): the
// evaluator then passes such an argument on without building a derivation
// that would never be shown. Table-driven: each function's body, and whether
// it may give a number; then which calls have a derivation to show.
#include "document/json_value.hpp"
#include "lang/driver.hpp"
#include "lang/evaluate.hpp"
#include "units/unit_registry.hpp"

#include <gtest/gtest.h>

#include <string>

namespace jixiao {
namespace {

const char* source = R"(函数 目标(指标) = 指标值(指标.年初指标值)
函数 读法(类别) = 若 类别 = "成本指标" 则 "上限" 否则 "下限"
函数 方向之名(指标) = 方向(目标(指标))
函数 标记(指标) = 对每个 x 属于 [1, 2] 取 x
函数 实际(指标) = 实际值(指标.实际完成值)
函数 分值(指标) = 数值(指标.分值)
函数 一半或空(指标) = 若 分值(指标) > 1 则 分值(指标) / 2 否则 空值()
函数 名或数(指标) = 匹配 指标.类别 {
    "甲" => "名"
    其他 => 1
}
函数 令文本(指标) = 令 t = 目标(指标) 于 方向(t)
函数 是否(指标) = 有值(指标.得分) 且 非 有值(指标.偏差原因)
函数 总分(x) = 评(x)
函数 经由(指标) = 目标(指标)
等级 评 { 优 若 ≥ 90；差 其他 }
函数 用实际(指标) = 实际(指标)
函数 用分值(指标) = 分值(指标)
函数 经数值(指标) = 数值(实际(指标))
函数 用经数值(指标) = 经数值(指标)
函数 用目标(指标) = 目标(指标)
函数 一半(指标) = 分值(指标) / 2
函数 用一半(指标) = 一半(指标)
函数 较小(指标) = 最小(数值(指标.分值), 数值(指标.上限))
函数 用较小(指标) = 较小(指标)
函数 倍(x) = x × 2
函数 倍较小(指标) = 倍(较小(指标))
函数 倍分值(指标) = 倍(分值(指标))
)";

const jx::declaration& function(const jx::program& p, std::string_view name) {
    std::optional<std::uint32_t> i = jx::function_named(p, name);
    if (!i) {
        throw std::runtime_error("no function " + std::string(name));
    }
    return *p.functions[*i];
}

TEST(Derivations, WhatCanNeverBeANumber) {
    jx::program p = jx::load_program({{"d.jx", source}}, unit_registry::standard());
    struct row {
        const char* function;
        bool never_number;
    } rows[] = {
        {"目标", true},      // 指标值: a target
        {"读法", true},      // a text in every branch
        {"方向之名", true},  // 方向: a text
        {"标记", true},      // a list
        {"实际", false},     // 实际值 may be a number
        {"分值", false},     // 数值
        {"一半或空", false}, // one branch is a number
        {"名或数", false},   // one arm is a number
        {"令文本", true},    // the body of 令 decides
        {"是否", true},      // true or false
        {"总分", true},      // a grade's label
        {"经由", true},      // through another function that never is
    };
    for (const row& r : rows) {
        const jx::declaration* d = nullptr;
        for (const auto* f : p.functions) {
            d = f->name == r.function ? f : d;
        }
        ASSERT_NE(d, nullptr) << r.function;
        EXPECT_EQ(d->body->never_number, r.never_number) << r.function;
    }
}

// A call of a function whose explanation is only its value's text (a field
// read as a number or an actual value) has no derivation to show: passed as
// an argument it is evaluated without one. Any other call of a function does.
TEST(Derivations, WhatHasADerivationToShow) {
    jx::program p = jx::load_program({{"d.jx", source}}, unit_registry::standard());
    struct row {
        const char* function; // its body is the call looked at
        bool derives;
    } rows[] = {
        {"用实际", false},   // 实际值(指标.实际完成值)
        {"用分值", false},   // 数值(指标.分值)
        {"用经数值", false}, // 数值 of such a call
        {"用目标", false},   // 指标值(指标.年初指标值): never a number either
        {"用一半", true},    // arithmetic
        {"用较小", true},    // 最小 shows its call: 最小(3, 1)
        {"方向之名", false}, // 方向 of a 指标值 read from a field
    };
    for (const row& r : rows) {
        EXPECT_EQ(function(p, r.function).body->derives, r.derives) << r.function;
    }
}

// What the marks mean for an explanation: 最小(3, 1) comes first as the
// derivation of 较小(指标); 分值(指标) is shown by its value alone.
TEST(Derivations, AHelperShowingOnlyItsValueHasNoDerivationFirst) {
    jx::program p = jx::load_program({{"d.jx", source}}, unit_registry::standard());
    json_value doc = parse_json(R"({"分值": 3, "上限": 1})");
    jx::value record{&doc};
    auto explain = [&](std::string_view name) {
        jx::evaluator ev(p, nullptr);
        std::optional<std::uint32_t> i = jx::function_named(p, name);
        return i ? ev.call(*i, {record}).shown : std::string("no function");
    };
    EXPECT_EQ(explain("倍较小"), "最小(3, 1) = 1；1 × 2 = 2");
    EXPECT_EQ(explain("倍分值"), "3 × 2");
}

} // namespace
} // namespace jixiao
