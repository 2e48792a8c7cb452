// The memo of pure calls on records: one entry per call whether or not it was
// explained. An explained entry answers a call that does not explain; an entry
// made without explanation never answers one that does, and is replaced by it.
#include "document/json_value.hpp"
#include "lang/driver.hpp"
#include "lang/evaluate.hpp"
#include "units/unit_registry.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace jixiao {
namespace {

// 加一 and 加二 both call 目标(指标), which the memo remembers (a host's own call is not).
const char* source = R"(函数 目标(指标) = 若 指标.分值 > 1 则 指标.分值 × 2 注 "分值大于一" 否则 0
函数 加一(指标) = 目标(指标) + 1
函数 加二(指标) = 目标(指标) + 2
)";

struct fixture {
    jx::program p = jx::load_program({{"memo.jx", source}}, unit_registry::standard());
    json_value doc = parse_json(R"({"分值": 3})");
    jx::value record{&doc};

    std::uint32_t fn(std::string_view name) const {
        for (std::uint32_t i = 0; i < p.functions.size(); ++i) {
            if (p.functions[i]->name == name) {
                return i;
            }
        }
        ADD_FAILURE() << "no function " << name;
        return 0;
    }
};

// What a fresh evaluator says, explaining: the reference for every order of calls.
jx::explained fresh(const fixture& f, std::string_view name, std::vector<std::string>* notes) {
    jx::evaluator ev(f.p, nullptr);
    return ev.call(f.fn(name), {f.record}, notes);
}

std::string number(const jx::explained& x) {
    const auto* q = std::get_if<quantity>(&x.v.data);
    return q == nullptr ? "not a number" : q->value.to_string();
}

TEST(Memo, AnEntryWithoutExplanationDoesNotAnswerACallThatExplains) {
    fixture f;
    jx::evaluator ev(f.p, nullptr);
    jx::explained quiet = ev.unexplained([&] { return ev.call(f.fn("加一"), {f.record}); });
    EXPECT_EQ(number(quiet), "7");
    EXPECT_EQ(quiet.shown, "");
    std::vector<std::string> notes;
    jx::explained loud = ev.call(f.fn("加二"), {f.record}, &notes);
    EXPECT_EQ(number(loud), "8");
    EXPECT_EQ(loud.shown, fresh(f, "加二", nullptr).shown);
    EXPECT_NE(loud.shown.find("3 × 2"), std::string::npos) << loud.shown;
    EXPECT_EQ(notes, std::vector<std::string>{"分值大于一"});
}

TEST(Memo, AnExplainedEntryAnswersACallThatDoesNotWithTheSameValueAndNotes) {
    fixture f;
    jx::evaluator ev(f.p, nullptr);
    jx::explained loud = ev.call(f.fn("加一"), {f.record});
    EXPECT_EQ(number(loud), "7");
    std::vector<std::string> notes;
    jx::explained quiet = ev.unexplained([&] { return ev.call(f.fn("加二"), {f.record}, &notes); });
    EXPECT_EQ(number(quiet), "8");
    EXPECT_EQ(quiet.shown, "");
    EXPECT_EQ(notes, std::vector<std::string>{"分值大于一"});
    // The entry still explains for the next call that asks.
    EXPECT_EQ(ev.call(f.fn("加二"), {f.record}).shown, fresh(f, "加二", nullptr).shown);
}

} // namespace
} // namespace jixiao
