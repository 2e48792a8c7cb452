// Analysis marks what can never be a number (lang/mark_derivations.cpp): the
// evaluator then passes such an argument on without building a derivation
// that would never be shown. Table-driven: each function's body, and whether
// it may give a number.
#include "lang/driver.hpp"
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
)";

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

} // namespace
} // namespace jixiao
