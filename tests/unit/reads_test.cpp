// What calls of a program's functions read besides their arguments
// (lang/reads.hpp): the document, the fields of a record, fields by a computed
// name. Table-driven over function shapes.
#include "lang/driver.hpp"
#include "lang/reads.hpp"
#include "units/unit_registry.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace jixiao {
namespace {

const char* source = R"(参数 阈值 = 1.3
参数 两倍 = 阈值 × 2
规则 常数 = 1
函数 目标(指标) = 指标值(指标.年初指标值)
函数 经由(指标) = 目标(指标)
函数 用参数(指标) = 数值(指标.分值) × 两倍
函数 读输入(指标) = 数值(输入.全年预算数)
函数 读规则(指标) = 常数 + 数值(指标.分值)
函数 按名(指标) = 取值(指标, "分值")
函数 查(指标) = 查找(指标.行, "名", "甲")
函数 嵌套(指标) = 指标.子.值
函数 无字段(x) = x + 1
)";

std::uint32_t function(const jx::program& p, const char* name) {
    for (std::uint32_t i = 0; i < p.functions.size(); ++i) {
        if (p.functions[i]->name == name) {
            return i;
        }
    }
    ADD_FAILURE() << name;
    return 0;
}

TEST(Reads, WhatCallsRead) {
    jx::program p = jx::load_program({{"r.jx", source}}, unit_registry::standard());
    struct row {
        std::vector<const char*> functions;
        bool document, any_field;
        std::vector<std::string> fields;
    } rows[] = {
        {{"目标"}, false, false, {"年初指标值"}},
        {{"经由"}, false, false, {"年初指标值"}},                   // through another function
        {{"用参数"}, false, false, {"分值"}},                       // a parameter is the pack's
        {{"读输入"}, true, false, {"全年预算数"}},                  // 输入
        {{"读规则"}, true, false, {"分值"}},                        // a rule is the document's
        {{"按名"}, false, true, {}},                                // 取值
        {{"查"}, false, true, {"行"}},                              // 查找 reads 名 of each row
        {{"嵌套"}, false, false, {"值", "子"}},                     // sorted
        {{"无字段"}, false, false, {}},                             //
        {{"经由", "用参数"}, false, false, {"分值", "年初指标值"}}, // together
    };
    for (const row& r : rows) {
        std::vector<std::uint32_t> fns;
        for (const char* f : r.functions) {
            fns.push_back(function(p, f));
        }
        jx::reads got = jx::what_calls_read(p, fns);
        EXPECT_EQ(got.document, r.document) << r.functions[0];
        EXPECT_EQ(got.any_field, r.any_field) << r.functions[0];
        EXPECT_EQ(got.fields, r.fields) << r.functions[0];
    }
}

} // namespace
} // namespace jixiao
