// A part of an evaluation (evaluator::begin_part / part_work): when it used
// nothing evaluated before it, its steps and bytes are those a fresh
// evaluator takes for the same calls, and its results are the fresh ones; when
// it used a remembered call, a rule or a parameter worked out from other
// names, it says so. The indicator cache keeps a result on that word without
// scoring it a second time, so a wrong answer here would charge a document
// less than scoring takes, or keep a result that depends on the document.
#include "document/json_value.hpp"
#include "lang/driver.hpp"
#include "lang/evaluate.hpp"
#include "units/unit_registry.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace jixiao {
namespace {

const char* source = R"(参数 阈 = 1.3
参数 倍 = 阈 × 2
函数 值(指标) = 数值(指标.分值)
函数 用阈(指标) = 值(指标) × 阈
函数 两次阈(指标) = 值(指标) × 阈 + 阈
函数 用倍(指标) = 值(指标) × 倍
规则 总 = 数值(输入.总)
函数 用总(指标) = 值(指标) + 总
)";

struct call {
    const char* function;
    int record;     // index into the document's 指标
    bool explained; // as the engine asks for the score (explained) or the flags (not)
};

struct part_case {
    const char* name;
    std::vector<call> before; // made before the part, in the same evaluator
    std::vector<call> part;
    bool self_contained;
};

const std::vector<part_case> cases = {
    {"nothing before", {}, {{"用阈", 1, true}}, true},
    {"a constant parameter worked out before counts once",
     {{"用阈", 0, true}},
     {{"两次阈", 1, true}, {"用阈", 1, false}},
     true},
    {"explained before, not in the part", {{"用阈", 0, true}}, {{"用阈", 1, false}}, true},
    {"not explained before, explained in the part",
     {{"用阈", 0, false}},
     {{"用阈", 1, true}},
     true},
    {"a parameter from other names, worked out in the part", {}, {{"用倍", 1, true}}, true},
    {"a parameter from other names, worked out before",
     {{"用倍", 0, true}},
     {{"用倍", 1, true}},
     false},
    {"a call on the same record remembered before",
     {{"用阈", 1, true}},
     {{"用阈", 1, true}},
     false},
    {"a rule worked out before", {{"用总", 0, true}}, {{"用总", 1, true}}, false},
    {"a rule worked out in the part", {}, {{"用总", 1, true}, {"用总", 0, false}}, true},
};

void PrintTo(const part_case& c, std::ostream* os) {
    *os << c.name;
}

class EvaluatorPart : public testing::TestWithParam<part_case> {
  protected:
    jx::program p_ = jx::load_program({{"part.jx", source}}, unit_registry::standard());
    json_value doc_ = parse_json(R"({"总": 5, "指标": [{"分值": 3}, {"分值": 4}]})");

    std::uint32_t function(std::string_view name) const {
        std::optional<std::uint32_t> i = jx::function_named(p_, name);
        EXPECT_TRUE(i) << "no function " << name;
        return i.value_or(0);
    }
    // Each call's value and explanation, as a text to compare.
    std::vector<std::string> run(jx::evaluator& ev, const std::vector<call>& calls) const {
        std::vector<std::string> out;
        for (const call& c : calls) {
            jx::value record{&(*doc_.find("指标")->array())[c.record]};
            auto once = [&] { return ev.call(function(c.function), {record}); };
            jx::explained x = c.explained ? once() : ev.unexplained(once);
            out.push_back(jx::show(x.v, unit_registry::standard()) + " | " + x.shown);
        }
        return out;
    }
};

TEST_P(EvaluatorPart, SaysWhatAFreshEvaluatorWouldTake) {
    const part_case& c = GetParam();
    jx::evaluator ev(p_, &doc_);
    run(ev, c.before);
    ev.begin_part();
    std::vector<std::string> in_part = run(ev, c.part);
    std::optional<jx::evaluator::effort> took = ev.part_work();

    jx::evaluator fresh(p_, &doc_);
    std::vector<std::string> alone = run(fresh, c.part);
    ASSERT_EQ(took.has_value(), c.self_contained);
    if (took) {
        EXPECT_EQ(took->steps, fresh.steps_taken());
        EXPECT_EQ(took->bytes, fresh.memory_used());
        EXPECT_GT(took->steps, 0u);
    }
    EXPECT_EQ(in_part, alone); // remembered or not, the same results
}

INSTANTIATE_TEST_SUITE_P(Cases, EvaluatorPart, testing::ValuesIn(cases),
                         [](const testing::TestParamInfo<part_case>& info) {
                             return "case" + std::to_string(info.index);
                         });

// Parts follow one another: each starts from nothing used.
TEST_F(EvaluatorPart, EachPartStartsAfresh) {
    jx::evaluator ev(p_, &doc_);
    ev.begin_part();
    run(ev, {{"用倍", 0, true}});
    ASSERT_TRUE(ev.part_work());
    ev.begin_part();
    run(ev, {{"用倍", 1, true}});
    EXPECT_FALSE(ev.part_work()); // 倍 came from the part before
    ev.begin_part();
    run(ev, {{"用阈", 1, true}});
    EXPECT_FALSE(ev.part_work()); // 值(指标 2) was remembered in the part before
    ev.begin_part();
    EXPECT_TRUE(ev.part_work());
    EXPECT_EQ(ev.part_work()->steps, 0u);
}

} // namespace
} // namespace jixiao
