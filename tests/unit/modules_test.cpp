// 导入 / 扩展 / 覆盖 across modules, and the rules that keep an untrusted
// pack inside its own folder.
#include "lang/driver.hpp"
#include "lang/render.hpp"
#include "units/unit_registry.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace jixiao {
namespace {

namespace fs = std::filesystem;

class Modules : public testing::Test {
  protected:
    void SetUp() override {
        root_ =
            fs::temp_directory_path() /
            ("jixiao-modules-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
             "-" + testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(root_);
        fs::create_directories(root_ / "pack");
    }
    void TearDown() override { fs::remove_all(root_); }

    void write(const std::string& rel, const std::string& text) {
        fs::path p = root_ / fs::u8path(rel);
        fs::create_directories(p.parent_path());
        std::ofstream(p) << text;
    }

    // Loads pack/main.jx with pack/ as the root; returns outputs or the first error (en).
    std::string run(const std::string& main) {
        write("pack/main.jx", main);
        jx::file_module_source modules(root_ / "pack");
        try {
            jx::program p = jx::load_program({"main.jx", main}, modules, unit_registry::standard());
            jx::evaluator ev(p, nullptr);
            std::string out;
            for (const auto& r : jx::run_all(p, ev).rules) {
                out += r.decl->name + "=" + show(r.result.v, unit_registry::standard()) + ";";
            }
            return out;
        } catch (const diagnostic_error& e) {
            return "error: " + e.diag().text.en;
        } catch (const jx::analysis_error& e) {
            return "error: " + e.errors().front().text.en;
        }
    }

    fs::path root_;
};

TEST_F(Modules, OverrideReplacesTheDefinitionForTheBaseModuleToo) {
    write("pack/base.jx", "参数 阈值 = 1.3\n"
                          "函数 反向得分(权重, 实际, 目标) = 四舍五入(权重 × 目标 / 实际, 2)\n"
                          "规则 单页工费 = 反向得分(10, 0.5, 0.45)\n"
                          "规则 超额 = 1.5 ≥ 阈值\n");
    EXPECT_EQ(run("扩展 base\n"
                  "覆盖 函数 反向得分(权重, 实际, 目标) = 四舍五入(权重 × (1 - (实际 - 目标) / "
                  "目标), 2)\n"
                  "覆盖 参数 阈值 = 1.6\n"),
              "单页工费=8.89;超额=假;");
}

// 上级 (super): an override builds on the definition it replaces, through a
// chain of packs (national → province → city), for functions, parameters and
// rules alike; the replaced definitions are not outputs of their own.
TEST_F(Modules, SuperCallsTheReplacedDefinitionThroughAChain) {
    write("pack/national.jx", "参数 阈值 = 1.3\n"
                              "函数 得分(w, r) = 四舍五入(w × r, 2)\n"
                              "函数 标记(x) = [\"全国\"]\n"
                              "规则 执行 = 得分(10, 0.9)\n"
                              "规则 标记们 = 标记(1)\n"
                              "规则 门槛 = 阈值\n");
    write("pack/province.jx", "扩展 national\n"
                              "覆盖 函数 得分(w, r) = 上级(w, r) - 1\n"
                              "覆盖 函数 标记(x) = 上级(x) + [\"省\"]\n"
                              "覆盖 参数 阈值 = 上级 + 0.2\n");
    EXPECT_EQ(run("扩展 province\n"
                  "覆盖 函数 得分(w, r) = 上级(w, r) × 2\n"
                  "覆盖 函数 标记(x) = 上级(x) + [\"市\"]\n"
                  "覆盖 规则 门槛 = 上级 × 10\n"),
              "执行=16.00;标记们=[全国, 省, 市];门槛=15.0;");
}

TEST_F(Modules, SuperIsOnlyForOverrides) {
    EXPECT_EQ(run("函数 f(x) = 上级(x)\n"),
              "error: '上级' is used only in an override (覆盖), where it is the definition "
              "replaced");
}

TEST_F(Modules, SuperTakesTheReplacedDefinitionsArguments) {
    write("pack/base.jx", "函数 f(a, b) = a + b\n规则 r = f(1, 2)\n");
    EXPECT_EQ(run("扩展 base\n覆盖 函数 f(a, b) = 上级(a)\n"),
              "error: '上级' is the replaced fn 'f', which takes 2 arguments, got 1");
    EXPECT_EQ(run("扩展 base\n覆盖 函数 f(a, b) = 上级\n"),
              "error: the definition replaced is a function: write 上级(…) with its arguments");
}

// The error is the author's: at the override, naming what it replaces.
TEST_F(Modules, AnOverrideTakesTheReplacedFunctionsParameters) {
    write("pack/base.jx", "函数 f(a, b) = a + b\n规则 r = f(1, 2)\n");
    EXPECT_EQ(run("扩展 base\n覆盖 函数 f(a) = a\n"),
              "error: the override of 'f' takes 1 parameters; the definition it replaces (" +
                  (root_ / "pack/base.jx").string() + ":1) takes 2: f(a, b)");
    try {
        jx::file_module_source modules(root_ / "pack");
        jx::load_program({"main.jx", "扩展 base\n覆盖 函数 f(a) = a\n"}, modules,
                         unit_registry::standard());
        FAIL() << "no error";
    } catch (const jx::analysis_error& e) {
        EXPECT_EQ(e.errors().front().file, "main.jx");
        EXPECT_EQ(e.errors().front().line, 2u);
    }
}

// A parameter's override keeps its kind and dimension; the error is at the
// author's line, not deep in the definitions that use the parameter.
TEST_F(Modules, AParameterOverrideKeepsItsUnit) {
    write("pack/base.jx",
          "参数 阈值 = 1.3\n参数 比例 = 90%\n参数 价 = 2元\n规则 r = 阈值 × 比例 × 价\n");
    EXPECT_EQ(
        run("扩展 base\n覆盖 参数 阈值 = 1.3元\n"),
        "error: the override of the parameter '阈值' is a number in 元, the one it replaces (" +
            (root_ / "pack/base.jx").string() +
            ":1) is a plain number: the definitions that use it were written for that");
    EXPECT_TRUE(run("扩展 base\n覆盖 参数 阈值 = \"1.3\"\n")
                    .starts_with("error: the override of the parameter '阈值' is a text, the one"));
    EXPECT_EQ(run("扩展 base\n覆盖 参数 比例 = 0.95\n覆盖 参数 价 = 3万元\n"), "r=37050.000元;");
}

TEST_F(Modules, AMisspelledOverrideSuggestsTheName) {
    write("pack/base.jx", "函数 指标得分(a, b) = a + b\n规则 r = 指标得分(1, 2)\n");
    EXPECT_EQ(run("扩展 base\n覆盖 函数 指标得份(a, b) = a\n"),
              "error: there is no '指标得份' to override; did you mean to override '指标得分'?");
    EXPECT_EQ(run("覆盖 规则 甲 = 1\n"),
              "error: there is no '甲' to override: this file extends (扩展) no pack");
}

TEST_F(Modules, SuperOfAParameterIsAValue) {
    write("pack/base.jx", "参数 p = 2\n规则 r = p\n");
    EXPECT_EQ(run("扩展 base\n覆盖 参数 p = 上级(1)\n"),
              "error: the definition replaced is param 'p', not a function: write 上级 without "
              "parentheses");
}

// A pack may still name something 上级 of its own outside overrides.
TEST_F(Modules, APacksOwn上级IsAnOrdinaryName) {
    EXPECT_EQ(run("参数 上级 = 3\n规则 r = 上级 + 1\n"), "r=4;");
}

TEST_F(Modules, RedefinitionWithoutOverrideIsAnError) {
    write("pack/base.jx", "规则 甲 = 1\n");
    EXPECT_EQ(run("扩展 base\n规则 甲 = 2\n"),
              "error: '甲' is defined twice (first at " + (root_ / "pack/base.jx").string() +
                  ":1:4); write 覆盖 (override) to replace it on purpose");
}

TEST_F(Modules, OverrideNeedsExtendsNotImport) {
    write("pack/base.jx", "规则 甲 = 1\n");
    EXPECT_TRUE(run("导入 base\n覆盖 规则 甲 = 2\n")
                    .starts_with("error: 覆盖 (override) applies only to a definition of the same "
                                 "kind in an extended pack"));
}

TEST_F(Modules, ImportedDefinitionsAreVisible) {
    write("pack/lib/scores.jx", "函数 加倍(x) = x × 2\n");
    EXPECT_EQ(run("导入 lib/scores\n规则 甲 = 加倍(21)\n"), "甲=42;");
}

TEST_F(Modules, ModuleLoadedOnceThroughTwoPaths) {
    write("pack/a.jx", "导入 c\n规则 甲 = 常数\n");
    write("pack/b.jx", "导入 c\n规则 乙 = 常数\n");
    write("pack/c.jx", "参数 常数 = 7\n");
    EXPECT_EQ(run("导入 a\n导入 b\n"), "甲=7;乙=7;");
}

TEST_F(Modules, CircularImportIsAnError) {
    write("pack/a.jx", "导入 b\n");
    write("pack/b.jx", "导入 a\n");
    EXPECT_EQ(run("导入 a\n"), "error: circular import: 'a' leads back to a module being loaded");
}

TEST_F(Modules, MissingModuleNamesThePath) {
    EXPECT_TRUE(run("导入 nowhere\n").starts_with("error: cannot find the module 'nowhere' ("));
}

TEST_F(Modules, PathsMayNotLeaveThePack) {
    write("secret.jx", "规则 泄露 = 1\n");
    for (const char* p : {"../secret", "/etc/passwd", "a/../../secret", "./x", "a//b"}) {
        SCOPED_TRACE(p);
        EXPECT_TRUE(
            run(std::string("导入 ") + p + "\n")
                .starts_with("error: the module path '" + std::string(p) + "' is not allowed"));
    }
    // Backslashes and drive letters are not even module-path syntax.
    for (const char* p : {"a\\b", "c:x"}) {
        SCOPED_TRACE(p);
        EXPECT_TRUE(
            run(std::string("导入 ") + p + "\n").starts_with("error: expected a declaration"));
    }
}

TEST_F(Modules, SymlinkOutOfThePackIsRefused) {
    write("secret.jx", "规则 泄露 = 1\n");
    fs::create_symlink(root_ / "secret.jx", root_ / "pack/link.jx");
    EXPECT_EQ(run("导入 link\n"),
              "error: the module 'link' resolves outside the pack (a symlink?)");
}

TEST_F(Modules, UnknownStdlibModuleListsWhatExists) {
    EXPECT_EQ(run("导入 标准库/不存在\n"), "error: the standard library has no module '不存在' (it "
                                           "has: units、核对、用语、表格核对、评分)");
}

TEST_F(Modules, ImportsNestedBeyondTheLimitAreRefusedAtTheImport) {
    // m0 imports m1, m1 imports m2, … : loading recurses once per level.
    for (int i = 0; i < 70; ++i) {
        write("pack/m" + std::to_string(i) + ".jx",
              "导入 m" + std::to_string(i + 1) + "\n规则 r" + std::to_string(i) + " = 1\n");
    }
    write("pack/m70.jx", "规则 r70 = 1\n");
    EXPECT_EQ(run("导入 m0\n"), "error: too many imports: a program has at most 256 modules, "
                                "imported at most 64 levels deep");
}

} // namespace
} // namespace jixiao
