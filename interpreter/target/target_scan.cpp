// The actions of grammar/target.hpp: they record lexemes into a
// target_scratch; target_build.cpp gives them meaning.
#include "diag/grammar_message.hpp"
#include "grammar/target.hpp"
#include "grammar/target_errors.hpp"
#include "target/target_scratch.hpp"
#include "text/bounded_cache.hpp"
#include "text/utf8.hpp"

namespace jixiao::detail {
namespace {

namespace g = grammar::target;
namespace pegtl = tao::pegtl;

template <typename In> lexeme lex(const In& in) {
    return {in.position().byte, in.size()};
}

// The leading ASCII or full-width digits of a lexeme ("12 月" -> 12). The one
// place an action reads what a digit is, so the scan is marked as holding for
// this text only.
template <typename In> int leading_number(const In& in, target_scratch& st) {
    st.read_digit_values = true;
    int v = 0;
    std::string_view s(in.begin(), in.size());
    for (std::size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c >= '0' && c <= '9') {
            v = v * 10 + (c - '0');
            ++i;
        } else if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBC &&
                   static_cast<unsigned char>(s[i + 2]) >= 0x90 &&
                   static_cast<unsigned char>(s[i + 2]) <= 0x99) { // ０-９
            v = v * 10 + (static_cast<unsigned char>(s[i + 2]) - 0x90);
            i += 3;
        } else {
            break;
        }
        if (v > 100000) {
            break;
        }
    }
    return v;
}

template <typename In> lexeme digits_of(const In& in) {
    lexeme l = lex(in);
    std::string_view s(in.begin(), in.size());
    std::size_t n = 0;
    while (n < s.size() &&
           !(s[n] == ' ' || s[n] == '\t' || static_cast<unsigned char>(s[n]) >= 0xE4)) {
        ++n;
    }
    l.length = n;
    return l;
}

template <typename Rule> struct action : pegtl::nothing<Rule> {};

template <> struct action<g::alternative_start> {
    static void apply0(target_scratch& st) { st = target_scratch{}; }
};

// Which alternative matched: set only on success, so a failed attempt leaves no trace.
template <alternative A> struct mark {
    static void apply0(target_scratch& st) { st.matched = A; }
};
template <> struct action<g::empty_target> : mark<alternative::empty> {};
template <> struct action<g::comparison> : mark<alternative::comparison> {};
template <> struct action<g::bracket_range> : mark<alternative::bracket_range> {};
template <> struct action<g::deadline> : mark<alternative::deadline> {};
template <> struct action<g::dash_range> : mark<alternative::dash_range> {};
template <> struct action<g::quantity> : mark<alternative::quantity> {};
template <> struct action<g::qualitative> : mark<alternative::qualitative> {};

template <comparison_op Op> struct set_op {
    template <typename In> static void apply(const In& in, target_scratch& st) {
        st.op = Op;
        st.op_text = lex(in);
    }
};
template <> struct action<g::op_ge> : set_op<comparison_op::ge> {};
template <> struct action<g::op_le> : set_op<comparison_op::le> {};
template <> struct action<g::op_gt> : set_op<comparison_op::gt> {};
template <> struct action<g::op_lt> : set_op<comparison_op::lt> {};
template <> struct action<g::op_eq> : set_op<comparison_op::eq> {};
template <> struct action<g::word_ge> : set_op<comparison_op::ge> {};
template <> struct action<g::word_le> : set_op<comparison_op::le> {};
template <> struct action<g::word_gt> : set_op<comparison_op::gt> {};
template <> struct action<g::word_lt> : set_op<comparison_op::lt> {};
template <> struct action<g::word_eq> : set_op<comparison_op::eq> {};

template <std::optional<lexeme> target_scratch::*Field> struct record {
    template <typename In> static void apply(const In& in, target_scratch& st) {
        st.*Field = lex(in);
    }
};
template <> struct action<g::comparison_number> : record<&target_scratch::number> {};
template <> struct action<g::required_number> : record<&target_scratch::number> {};
template <> struct action<g::unit_text> : record<&target_scratch::unit> {};
template <> struct action<g::low_number> : record<&target_scratch::low> {};
template <> struct action<g::high_number> : record<&target_scratch::high> {};
template <> struct action<g::low_unit> : record<&target_scratch::low_unit> {};
template <> struct action<g::high_unit> : record<&target_scratch::high_unit> {};
template <> struct action<g::dash_low_unit> : record<&target_scratch::low_unit> {};
template <> struct action<g::dash_high_unit> : record<&target_scratch::high_unit> {};
template <> struct action<g::note> : record<&target_scratch::note> {};

template <> struct action<g::open_exclusive> {
    static void apply0(target_scratch& st) { st.low_inclusive = false; }
};
template <> struct action<g::close_exclusive> {
    static void apply0(target_scratch& st) { st.high_inclusive = false; }
};

// ---- deadlines ----
template <> struct action<g::point_start> {
    static void apply0(target_scratch& st) { st.current = date_parts{}; }
};
template <> struct action<g::year_end_date> {
    template <typename In> static void apply(const In& in, target_scratch& st) {
        st.current.date = {leading_number(in, st), 12, 31};
    }
};
template <> struct action<g::year_nian> {
    template <typename In> static void apply(const In& in, target_scratch& st) {
        st.current.date.year = leading_number(in, st);
    }
};
template <> struct action<g::month_yue> {
    template <typename In> static void apply(const In& in, target_scratch& st) {
        st.current.date.month = leading_number(in, st);
        st.current.date.day = 0;
        st.current.month = digits_of(in);
    }
};
template <> struct action<g::day_ri> {
    template <typename In> static void apply(const In& in, target_scratch& st) {
        st.current.date.day = leading_number(in, st);
        st.current.day = digits_of(in);
    }
};
template <> struct action<g::every_year> {
    static void apply0(target_scratch& st) { st.current.rec = recurrence::yearly; }
};
template <> struct action<g::every_month> {
    static void apply0(target_scratch& st) { st.current.rec = recurrence::monthly; }
};
template <> struct action<g::every_year_end> {
    static void apply0(target_scratch& st) { st.current.date.month = 12; }
};
template <> struct action<g::year_end_only> {
    static void apply0(target_scratch& st) {
        st.current.rec = recurrence::yearly;
        st.current.date.month = 12;
    }
};
template <> struct action<g::point> {
    static void apply0(target_scratch& st) { st.at = st.current; }
};
template <> struct action<g::point_from> {
    static void apply0(target_scratch& st) { st.from = st.current; }
};
template <> struct action<g::point_to> {
    static void apply0(target_scratch& st) { st.to = st.current; }
};
template <> struct action<g::period> {
    static void apply0(target_scratch& st) { st.period = true; }
};
template <> struct action<g::within_year> {
    static void apply0(target_scratch& st) { st.within_year = true; }
};
template <> struct action<g::by> {
    static void apply0(target_scratch& st) { st.by = true; }
};

} // namespace

target_scratch scan_target_uncached(std::string_view text, std::string_view file) {
    target_scratch st;
    pegtl::memory_input in(text.data(), text.size(), std::string(file));
    try {
        pegtl::parse<g::target, action, pegtl::must_if<g::errors>::control>(in, st);
    } catch (const pegtl::parse_error& e) {
        message m = grammar_message(e.message());
        std::size_t at = e.positions().front().byte;
        // Point at what is there, not at the blanks before it.
        for (std::size_t next = at; next < text.size();) {
            if (!utf8::is_space(utf8::next(text, next))) {
                break;
            }
            at = next;
        }
        // Say what was found, not only what was expected.
        say_what_was_found(m, text, at, "末尾", "the end of the text");
        throw diagnostic_error(diagnose(severity::error, std::move(m), file, text, at));
    }
    return st;
}

namespace {

// The grammar tells digits apart only by class (digit, thousands group), never
// by value, so two texts that differ only in their ASCII digits match the same
// alternative with lexemes at the same places: "22.73元/人" has the shape of
// "00.00元/人", and since a scan holds positions only, the scan of one is the
// scan of the other. A date is the exception (its actions read the digits'
// values, and say so in read_digit_values), so only the others are kept.
std::string shape_of(std::string_view text) {
    std::string shape(text);
    for (char& c : shape) {
        if (c >= '1' && c <= '9') {
            c = '0';
        }
    }
    return shape;
}

// Actual values are mostly distinct texts ("22.73元/人", "1116户") but of few
// shapes: each thread remembers the scratch of each date-free shape it has
// scanned, so a batch runs the grammar about once per shape. Errors are not
// remembered (their messages quote the text). Bounded like the other caches,
// in entries and in the length of each (text/bounded_cache.hpp).
using shape_cache = bounded_cache<std::string, target_scratch>;

shape_cache& shapes_of_thread() {
    thread_local shape_cache shapes(1'024);
    return shapes;
}

} // namespace

std::size_t remembered_shapes() noexcept {
    return shapes_of_thread().size();
}

target_scratch scan_target(std::string_view text, std::string_view file) {
    shape_cache& shapes = shapes_of_thread();
    std::string shape = shape_of(text);
    if (const target_scratch* hit = shapes.find(shape)) {
        return *hit;
    }
    target_scratch st = scan_target_uncached(text, file);
    if (!st.read_digit_values) {
        shapes.remember(std::move(shape), st, text.size());
    }
    return st;
}

} // namespace jixiao::detail
