// Reads unit declarations (grammar/units.hpp) into a unit_registry.
#include "units/unit_registry.hpp"

#include "diag/grammar_message.hpp"
#include "grammar/units.hpp"
#include "grammar/units_errors.hpp"
#include "number/decimal_parse.hpp"
#include "stdlib/embedded.hpp"

namespace jixiao {
namespace {

namespace g = grammar::units;
namespace pegtl = tao::pegtl;

struct load_state {
    unit_registry& registry;
    std::string_view file;
    std::string_view source;
    struct spelled {
        std::string text;
        std::size_t offset;
        std::size_t length;
    };
    // The declaration being read.
    std::vector<spelled> names;
    std::vector<spelled> aliases;
    std::optional<decimal> factor;
    std::string base;
    std::string kind;

    diagnostic at(const spelled& s) const {
        return diagnose(severity::error, {}, file, source, s.offset, s.length);
    }
    void reset() {
        names.clear();
        aliases.clear();
        factor.reset();
        base.clear();
        kind.clear();
    }
};

decimal read_number(const std::string& text, const load_state& st, std::size_t offset) {
    try {
        return parse_decimal(text);
    } catch (const number_syntax_error& e) {
        throw diagnostic_error(
            diagnose(severity::error, {e.zh(), e.what()}, st.file, st.source, offset + e.offset()));
    }
}

template <typename Rule> struct action : pegtl::nothing<Rule> {};

template <> struct action<g::unit_name> {
    template <typename In> static void apply(const In& in, load_state& st) {
        st.names.push_back({in.string(), in.position().byte, in.size()});
    }
};
template <> struct action<g::alias_name> {
    template <typename In> static void apply(const In& in, load_state& st) {
        st.aliases.push_back({in.string(), in.position().byte, in.size()});
    }
};
template <> struct action<g::factor> {
    template <typename In> static void apply(const In& in, load_state& st) {
        st.factor = read_number(in.string(), st, in.position().byte);
    }
};
template <> struct action<g::base_ref> {
    template <typename In> static void apply(const In& in, load_state& st) {
        st.base = in.string();
    }
};
template <> struct action<g::kind_name> {
    template <typename In> static void apply(const In& in, load_state& st) {
        st.kind = in.string();
    }
};
template <> struct action<g::unit_decl> {
    template <typename In> static void apply(const In&, load_state& st) {
        for (const auto& n : st.names) {
            std::optional<std::pair<decimal, std::string>> def;
            if (st.factor) {
                def.emplace(*st.factor, st.base);
            }
            st.registry.declare_unit(n.text, def, st.kind, st.at(n));
        }
        // Aliases name the first unit of the line.
        for (const auto& a : st.aliases) {
            st.registry.declare_alias(a.text, st.names.front().text, st.at(a));
        }
        st.reset();
    }
};
template <> struct action<g::magnitude_name> {
    template <typename In> static void apply(const In& in, load_state& st) {
        st.names.assign(1, {in.string(), in.position().byte, in.size()});
    }
};
template <> struct action<g::magnitude_value> {
    template <typename In> static void apply(const In& in, load_state& st) {
        st.registry.declare_magnitude(st.names.front().text,
                                      read_number(in.string(), st, in.position().byte),
                                      st.at(st.names.front()));
        st.reset();
    }
};

template <> struct action<g::tier_name> {
    template <typename In> static void apply(const In& in, load_state& st) {
        st.names.assign(1, {in.string(), in.position().byte, in.size()});
    }
};
template <> struct action<g::tier_phrase> {
    template <typename In> static void apply(const In& in, load_state& st) {
        load_state::spelled phrase{in.string(), in.position().byte, in.size()};
        st.registry.declare_tier_phrase(
            st.names.front().text, phrase.text,
            st.names.front().text == "达成" || st.names.front().text == "部分达成" ||
                    st.names.front().text == "未达成" || st.names.front().text == "achieved" ||
                    st.names.front().text == "partial" || st.names.front().text == "not_achieved"
                ? st.at(phrase)
                : st.at(st.names.front()));
    }
};

} // namespace

void unit_registry::load(std::string_view file_name, std::string_view source) {
    load_state st{*this, file_name, source, {}, {}, {}, {}, {}};
    pegtl::memory_input in(source.data(), source.size(), std::string(file_name));
    try {
        pegtl::parse<g::file, action, pegtl::must_if<g::errors>::control>(in, st);
    } catch (const pegtl::parse_error& e) {
        message text = grammar_message(e.message());
        throw diagnostic_error(
            diagnose(severity::error, text, file_name, source, e.positions().front().byte));
    }
}

const unit_registry& unit_registry::standard() {
    static const unit_registry registry = [] {
        unit_registry r;
        r.load("stdlib/units.jx", embedded_file_text("units.jx"));
        r.load("stdlib/用语.jx", embedded_file_text("用语.jx"));
        return r;
    }();
    return registry;
}

} // namespace jixiao
