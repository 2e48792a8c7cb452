// PEGTL's grammar analysis: no rule can loop forever without consuming input.
#include "grammar/language.hpp"
#include "grammar/target.hpp"
#include "grammar/units.hpp"

#include <tao/pegtl/contrib/analyze.hpp>

#include <gtest/gtest.h>

namespace {

TEST(Grammar, TargetGrammarHasNoCycles) {
    EXPECT_EQ(tao::pegtl::analyze<jixiao::grammar::target::target>(-1), 0u);
}

TEST(Grammar, LanguageGrammarHasNoCycles) {
    EXPECT_EQ(tao::pegtl::analyze<jixiao::grammar::language::file>(-1), 0u);
}

TEST(Grammar, UnitsGrammarHasNoCycles) {
    EXPECT_EQ(tao::pegtl::analyze<jixiao::grammar::units::file>(-1), 0u);
}

} // namespace
