// Builds the syntax tree from grammar/language.hpp with one action per rule.
// Expressions are assembled on a stack; operators and optional parts
// use stacks of their own so nested expressions never clobber them.
#include "lang/parse.hpp"

#include "lang/source_limits.hpp"
#include "lang/syntax_error.hpp"
#include "lang/value.hpp"

#include "diag/grammar_message.hpp"
#include "grammar/language.hpp"
#include "grammar/language_errors.hpp"
#include "number/decimal_parse.hpp"
#include "text/shorten.hpp"
#include "text/utf8.hpp"
#include "units/unit_registry.hpp"

#include <algorithm>
#include <optional>

namespace jixiao::jx {
namespace {

namespace g = grammar::language;
namespace pegtl = tao::pegtl;

struct parse_state {
    module& mod;
    const unit_registry& units;

    std::vector<expr_ptr> stack;
    std::vector<binary_op> ops;
    std::vector<std::size_t> frames; // stack heights at '(' of a call and '[' of a list
    std::vector<bool> flags;         // if: has note; for: has filter
    std::vector<std::string> names;  // let and loop variables
    std::vector<std::vector<match_arm>> arms;

    declaration decl; // the declaration being read
    bool next_is_override = false;
    bool check_has_tolerance = false;
    std::uint32_t nesting = 0; // expressions being read inside one another

    [[noreturn]] void too_deep(std::size_t offset) const {
        fail(offset, 1,
             {"表达式嵌套超过 " + std::to_string(max_nesting) +
                  " 层（每个运算、调用、列表逐层计算）",
              "expression nested deeper than " + std::to_string(max_nesting) +
                  " levels (each operator, call and list is a level)"});
    }
    [[noreturn]] void too_many_open(std::size_t offset) const {
        fail(offset, 1,
             {"括号与表达式嵌套超过 " + std::to_string(max_open_nesting) + " 层",
              "parentheses and expressions nested deeper than " + std::to_string(max_open_nesting) +
                  " levels"});
    }
    [[noreturn]] void fail(std::size_t offset, std::size_t length, message m) const {
        throw diagnostic_error(
            diagnose(severity::error, std::move(m), mod.file, mod.source, offset, length));
    }
    // Every node goes on the stack through here: a chain such as 1+1+…+1
    // deepens the tree without deepening the parser, so depth is counted on
    // the tree itself, before a too-deep tree can exist.
    void push(expr_ptr e) {
        std::uint32_t below = 0;
        std::uint32_t deepest_at = e->where.offset;
        auto consider = [&](const expr_ptr& c) {
            if (c && c->depth > below) {
                below = c->depth;
                deepest_at = c->where.offset;
            }
        };
        for (const auto& a : e->args) {
            consider(a);
        }
        for (const auto& arm : e->arms) {
            consider(arm.pattern);
            consider(arm.result);
        }
        e->depth = below + 1;
        if (e->depth > max_nesting) {
            too_deep(e->kind == expr_kind::binary ? e->args[1]->where.offset : deepest_at);
        }
        stack.push_back(std::move(e));
    }
    expr_ptr pop() {
        expr_ptr e = std::move(stack.back());
        stack.pop_back();
        return e;
    }
};

template <typename In> span span_of(const In& in) {
    return {static_cast<std::uint32_t>(in.position().byte), static_cast<std::uint32_t>(in.size())};
}

template <typename In> expr_ptr node(expr_kind k, const In& in) {
    auto e = std::make_unique<expr>();
    e->kind = k;
    e->where = span_of(in);
    return e;
}

// The name a rule matched, without the quotes of 「…」 or `…`.
std::string unquote(std::string s) {
    if (s.starts_with("「") && s.ends_with("」")) {
        return s.substr(3, s.size() - 6);
    }
    if (s.size() >= 2 && s.front() == '`' && s.back() == '`') {
        return s.substr(1, s.size() - 2);
    }
    return s;
}

std::string unescape(std::string_view body) {
    std::string out;
    for (std::size_t i = 0; i < body.size(); ++i) {
        if (body[i] == '\\' && i + 1 < body.size()) {
            char c = body[++i];
            out += c == 'n' ? '\n' : c == 't' ? '\t' : c;
        } else {
            out += body[i];
        }
    }
    return out;
}

template <typename Rule> struct action : pegtl::nothing<Rule> {};

// ---- literals ----
template <> struct action<g::number_literal> {
    template <typename In> static void apply(const In& in, parse_state& st) {
        std::string text = in.string();
        std::size_t digits_end = 0;
        {
            pegtl::memory_input<> sub(text.data(), text.size(), "");
            pegtl::parse<g::source_number>(sub);
            digits_end = static_cast<std::size_t>(sub.current() - text.data());
        }
        auto e = node(expr_kind::number, in);
        e->shown = text;
        try {
            e->number =
                parse_decimal(std::string_view(text).substr(0, digits_end), {.grouping = false});
        } catch (const number_syntax_error& err) {
            // A literal beyond the documented limits (100 digits, |exponent| ≤ 100).
            st.fail(in.position().byte + std::min(err.offset(), digits_end), 1,
                    {err.zh(), err.what()});
        }
        if (digits_end < text.size()) {
            std::string_view unit_text = std::string_view(text).substr(digits_end);
            unit_text_error err;
            auto u = st.units.parse(unit_text, err);
            if (!u) {
                st.fail(in.position().byte + digits_end + err.offset, err.length, err.text);
            }
            e->number = u->had_magnitude ? (e->number * u->magnitude).trimmed() : e->number;
            e->unit = u->unit;
        }
        st.push(std::move(e));
    }
};
template <> struct action<g::target_literal> {
    template <typename In> static void apply(const In& in, parse_state& st) {
        auto e = node(expr_kind::target, in);
        e->text = in.string();
        try {
            e->target_value = std::make_shared<const target>(
                parse_target(e->text, target_context{}, st.units, st.mod.file));
        } catch (const diagnostic_error& err) {
            st.fail(in.position().byte, in.size(), err.diag().text);
        }
        st.push(std::move(e));
    }
};
// The content of "…" (with escapes) or “…”.
std::string text_content(const std::string& s) {
    return s.front() == '"' ? unescape(std::string_view(s).substr(1, s.size() - 2))
                            : s.substr(3, s.size() - 6);
}
template <> struct action<g::text_literal> {
    template <typename In> static void apply(const In& in, parse_state& st) {
        auto e = node(expr_kind::text, in);
        e->text = text_content(in.string());
        e->shown = "\"" + shortened(e->text, max_shown_bytes) + "\"";
        st.push(std::move(e));
    }
};
template <bool V> struct boolean_action {
    template <typename In> static void apply(const In& in, parse_state& st) {
        auto e = node(expr_kind::boolean, in);
        e->number = decimal::from_int(V ? 1 : 0);
        st.push(std::move(e));
    }
};
template <> struct action<g::true_literal> : boolean_action<true> {};
template <> struct action<g::false_literal> : boolean_action<false> {};

template <> struct action<g::list_open> {
    static void apply0(parse_state& st) { st.frames.push_back(st.stack.size()); }
};
template <> struct action<g::list_literal> {
    template <typename In> static void apply(const In& in, parse_state& st) {
        auto e = node(expr_kind::list, in);
        std::size_t base = st.frames.back();
        st.frames.pop_back();
        for (std::size_t i = base; i < st.stack.size(); ++i) {
            e->args.push_back(std::move(st.stack[i]));
        }
        st.stack.resize(base);
        st.push(std::move(e));
    }
};
template <> struct action<g::variable> {
    template <typename In> static void apply(const In& in, parse_state& st) {
        auto e = node(expr_kind::name, in);
        e->name = unquote(in.string());
        st.push(std::move(e));
    }
};

// ---- postfix ----
template <> struct action<g::field_name> {
    template <typename In> static void apply(const In& in, parse_state& st) {
        auto e = node(expr_kind::field, in);
        e->name = unquote(in.string());
        e->args.push_back(st.pop());
        e->where = {e->args[0]->where.offset,
                    static_cast<std::uint32_t>(in.position().byte + in.size()) -
                        e->args[0]->where.offset};
        st.push(std::move(e));
    }
};
template <> struct action<g::call_open> {
    static void apply0(parse_state& st) { st.frames.push_back(st.stack.size()); }
};
template <> struct action<g::call_args> {
    template <typename In> static void apply(const In& in, parse_state& st) {
        std::size_t base = st.frames.back();
        st.frames.pop_back();
        std::vector<expr_ptr> args;
        for (std::size_t i = base; i < st.stack.size(); ++i) {
            args.push_back(std::move(st.stack[i]));
        }
        st.stack.resize(base);
        expr_ptr callee = st.pop();
        if (callee->kind != expr_kind::name) {
            st.fail(callee->where.offset, callee->where.length,
                    {"只能调用有名称的函数", "only a named function can be called"});
        }
        auto e = node(expr_kind::call, in);
        e->name = callee->name;
        e->where = {callee->where.offset,
                    static_cast<std::uint32_t>(in.position().byte + in.size()) -
                        callee->where.offset};
        e->args = std::move(args);
        st.push(std::move(e));
    }
};

// ---- operators ----
template <> struct action<g::negation> {
    template <typename In> static void apply(const In& in, parse_state& st) {
        auto e = node(expr_kind::negate, in);
        e->args.push_back(st.pop());
        st.push(std::move(e));
    }
};
template <> struct action<g::logical_not> {
    template <typename In> static void apply(const In& in, parse_state& st) {
        auto e = node(expr_kind::logical_not, in);
        e->args.push_back(st.pop());
        st.push(std::move(e));
    }
};

binary_op op_from(std::string_view s) {
    if (s == "+" || s == "＋") {
        return binary_op::add;
    }
    if (s == "-" || s == "－") {
        return binary_op::sub;
    }
    if (s == "×" || s == "*") {
        return binary_op::mul;
    }
    if (s == "÷" || s == "/") {
        return binary_op::div;
    }
    if (s == "=" || s == "==") {
        return binary_op::eq;
    }
    if (s == "≠" || s == "!=") {
        return binary_op::ne;
    }
    if (s == "<") {
        return binary_op::lt;
    }
    if (s == "≤" || s == "<=") {
        return binary_op::le;
    }
    if (s == ">") {
        return binary_op::gt;
    }
    if (s == "≥" || s == ">=") {
        return binary_op::ge;
    }
    return binary_op::meets;
}

struct push_op {
    template <typename In> static void apply(const In& in, parse_state& st) {
        st.ops.push_back(op_from(in.string()));
    }
};
template <> struct action<g::mul_op> : push_op {};
template <> struct action<g::add_op> : push_op {};
template <> struct action<g::cmp_op> : push_op {};

// Fixed < 0: the operator comes from the op stack.
template <int Fixed = -1> struct make_binary {
    template <typename In> static void apply(const In&, parse_state& st) {
        expr_ptr rhs = st.pop();
        expr_ptr lhs = st.pop();
        auto e = std::make_unique<expr>();
        e->kind = expr_kind::binary;
        if constexpr (Fixed >= 0) {
            e->op = static_cast<binary_op>(Fixed);
        } else {
            e->op = st.ops.back();
            st.ops.pop_back();
        }
        e->where = {lhs->where.offset, rhs->where.offset + rhs->where.length - lhs->where.offset};
        e->args.push_back(std::move(lhs));
        e->args.push_back(std::move(rhs));
        st.push(std::move(e));
    }
};
template <> struct action<g::mul_step> : make_binary<> {};
template <> struct action<g::add_step> : make_binary<> {};
template <> struct action<g::cmp_step> : make_binary<> {};
template <> struct action<g::and_step> : make_binary<static_cast<int>(binary_op::and_)> {};
template <> struct action<g::or_step> : make_binary<static_cast<int>(binary_op::or_)> {};

// ---- if / let / match / for ----
template <> struct action<g::if_then> {
    static void apply0(parse_state& st) { st.flags.push_back(false); }
};
template <> struct action<g::if_note> {
    static void apply0(parse_state& st) { st.flags.back() = true; }
};
template <> struct action<g::if_expr> {
    template <typename In> static void apply(const In& in, parse_state& st) {
        auto e = node(expr_kind::if_else, in);
        bool has_note = st.flags.back();
        st.flags.pop_back();
        expr_ptr otherwise = st.pop();
        expr_ptr note = has_note ? st.pop() : nullptr;
        expr_ptr then = st.pop();
        expr_ptr cond = st.pop();
        e->args.push_back(std::move(cond));
        e->args.push_back(std::move(then));
        e->args.push_back(std::move(otherwise));
        if (note) {
            e->args.push_back(std::move(note));
        }
        st.push(std::move(e));
    }
};
template <> struct action<g::let_name> {
    template <typename In> static void apply(const In& in, parse_state& st) {
        st.names.push_back(unquote(in.string()));
    }
};
template <> struct action<g::let_expr> {
    template <typename In> static void apply(const In& in, parse_state& st) {
        auto e = node(expr_kind::let, in);
        e->name = std::move(st.names.back());
        st.names.pop_back();
        expr_ptr body = st.pop();
        e->args.push_back(st.pop());
        e->args.push_back(std::move(body));
        st.push(std::move(e));
    }
};
template <> struct action<g::match_subject> {
    static void apply0(parse_state& st) { st.arms.emplace_back(); }
};
template <> struct action<g::arm_otherwise> {
    static void apply0(parse_state& st) { st.stack.push_back(nullptr); }
};
template <> struct action<g::match_arm> {
    template <typename In> static void apply(const In& in, parse_state& st) {
        match_arm arm;
        arm.result = st.pop();
        arm.pattern = st.pop();
        arm.where = span_of(in);
        st.arms.back().push_back(std::move(arm));
    }
};
template <> struct action<g::match_expr> {
    template <typename In> static void apply(const In& in, parse_state& st) {
        auto e = node(expr_kind::match, in);
        e->arms = std::move(st.arms.back());
        st.arms.pop_back();
        e->args.push_back(st.pop());
        st.push(std::move(e));
    }
};
template <> struct action<g::for_name> {
    template <typename In> static void apply(const In& in, parse_state& st) {
        st.names.push_back(unquote(in.string()));
    }
};
template <> struct action<g::for_list> {
    static void apply0(parse_state& st) { st.flags.push_back(false); }
};
template <> struct action<g::for_filter> {
    static void apply0(parse_state& st) { st.flags.back() = true; }
};
template <> struct action<g::for_expr> {
    template <typename In> static void apply(const In& in, parse_state& st) {
        auto e = node(expr_kind::for_each, in);
        e->name = std::move(st.names.back());
        st.names.pop_back();
        e->has_filter = st.flags.back();
        st.flags.pop_back();
        expr_ptr result = st.pop();
        expr_ptr filter = e->has_filter ? st.pop() : nullptr;
        e->args.push_back(st.pop());
        e->args.push_back(std::move(filter));
        e->args.push_back(std::move(result));
        st.push(std::move(e));
    }
};

template <> struct action<g::line_comment> {
    template <typename In> static void apply(const In& in, parse_state& st) {
        st.mod.comments.emplace(static_cast<std::uint32_t>(in.position().byte), in.string());
    }
};

// ---- declarations ----
template <> struct action<g::override_mark> {
    static void apply0(parse_state& st) { st.next_is_override = true; }
};
template <> struct action<g::decl_name> {
    template <typename In> static void apply(const In& in, parse_state& st) {
        st.decl = declaration{};
        st.decl.name = unquote(in.string());
        st.decl.name_where = span_of(in);
        st.decl.is_override = st.next_is_override;
        st.next_is_override = false;
        st.check_has_tolerance = false;
    }
};
template <> struct action<g::fn_param> {
    template <typename In> static void apply(const In& in, parse_state& st) {
        st.decl.params.push_back(unquote(in.string()));
    }
};
template <decl_kind K> struct finish_decl {
    template <typename In> static void apply(const In& in, parse_state& st) {
        st.decl.kind = K;
        st.decl.where = span_of(in);
        if constexpr (K == decl_kind::check) {
            if (st.check_has_tolerance) {
                st.decl.tolerance = st.pop();
            }
        }
        if constexpr (K != decl_kind::grade) {
            st.decl.body = st.pop();
        }
        st.mod.decls.push_back(std::move(st.decl));
        st.decl = declaration{};
    }
};
template <> struct action<g::param_decl> : finish_decl<decl_kind::param> {};
template <> struct action<g::rule_decl> : finish_decl<decl_kind::rule> {};
template <> struct action<g::fn_decl> : finish_decl<decl_kind::function> {};
template <> struct action<g::grade_decl> : finish_decl<decl_kind::grade> {};
template <> struct action<g::check_decl> : finish_decl<decl_kind::check> {};
template <> struct action<g::check_tolerance> {
    static void apply0(parse_state& st) { st.check_has_tolerance = true; }
};
template <> struct action<g::check_tolerance_inferred> {
    static void apply0(parse_state& st) { st.decl.infer_tolerance = true; }
};
template <> struct action<g::check_loop_name> {
    template <typename In> static void apply(const In& in, parse_state& st) {
        st.decl.loops.push_back({unquote(in.string()), nullptr, span_of(in)});
    }
};
template <> struct action<g::check_loop_list> {
    static void apply0(parse_state& st) { st.decl.loops.back().list = st.pop(); }
};
template <> struct action<g::check_filter> {
    static void apply0(parse_state& st) { st.decl.filter = st.pop(); }
};
template <> struct action<g::check_label> {
    static void apply0(parse_state& st) { st.decl.label = st.pop(); }
};
template <> struct action<g::check_message> {
    template <typename In> static void apply(const In& in, parse_state& st) {
        st.decl.message = text_content(in.string());
    }
};

template <> struct action<g::band_name> {
    template <typename In> static void apply(const In& in, parse_state& st) {
        grade_band b;
        b.label = unquote(in.string());
        b.where = span_of(in);
        st.decl.bands.push_back(std::move(b));
    }
};
template <> struct action<g::band_op> {
    template <typename In> static void apply(const In& in, parse_state& st) {
        st.decl.bands.back().strict = in.string() == ">";
    }
};
template <> struct action<g::band_bound> {
    static void apply0(parse_state& st) { st.decl.bands.back().bound = st.pop(); }
};

template <> struct action<g::pack_name> {
    template <typename In> static void apply(const In& in, parse_state& st) {
        st.mod.pack_name = in.string();
    }
};
template <> struct action<g::pack_decl> {
    template <typename In> static void apply(const In& in, parse_state& st) {
        st.mod.pack_where = span_of(in);
    }
};
template <> struct action<g::basis_decl> {
    template <typename In> static void apply(const In& in, parse_state& st) {
        st.mod.basis_where = span_of(in);
    }
};
template <> struct action<g::version_text> {
    template <typename In> static void apply(const In& in, parse_state& st) {
        st.mod.version = in.string();
    }
};
template <> struct action<g::basis_text> {
    template <typename In> static void apply(const In& in, parse_state& st) {
        st.mod.basis = text_content(in.string());
    }
};
template <> struct action<g::import_decl> {
    template <typename In> static void apply(const In& in, parse_state& st) {
        std::string s = in.string();
        std::size_t at = s.find_last_of(" \t\n");
        st.mod.imports.emplace_back(s.substr(at + 1), span_of(in));
    }
};
template <> struct action<g::extends_decl> {
    template <typename In> static void apply(const In& in, parse_state& st) {
        std::string s = in.string();
        std::size_t at = s.find_last_of(" \t\n");
        st.mod.extends.emplace_back(s.substr(at + 1), span_of(in));
    }
};

// The parser descends once per nested expression (through parentheses,
// lists, calls, 若/令/匹配/对每个, 非 and unary minus); counting those descents
// stops a hostile (((((… before it can exhaust the native stack.
template <typename Rule> struct control : pegtl::must_if<g::errors>::control<Rule> {};
template <typename Rule> struct nesting_control : pegtl::must_if<g::errors>::control<Rule> {
    template <typename In> static void start(const In& in, parse_state& st) {
        if (++st.nesting > max_open_nesting) {
            st.too_many_open(in.position().byte);
        }
    }
    template <typename In> static void success(const In&, parse_state& st) { --st.nesting; }
    template <typename In> static void failure(const In& in, parse_state& st) {
        --st.nesting;
        pegtl::must_if<g::errors>::control<Rule>::failure(in, st);
    }
};
template <> struct control<g::expr> : nesting_control<g::expr> {};
template <> struct control<g::not_rhs> : nesting_control<g::not_rhs> {};
template <> struct control<g::negated> : nesting_control<g::negated> {};

} // namespace

module parse_module(std::string file, std::string source, const unit_registry& units) {
    module mod;
    mod.file = std::move(file);
    mod.source = std::move(source);
    if (mod.source.size() > max_source_bytes) {
        std::size_t at = max_source_bytes;
        while (at > 0 && (static_cast<unsigned char>(mod.source[at]) & 0xC0) == 0x80) {
            --at; // the character that crosses the limit
        }
        throw diagnostic_error(
            diagnose(severity::error,
                     {"规则文件超过 " + std::to_string(max_source_bytes >> 20) + " MiB 的上限",
                      "the rule file is larger than the limit of " +
                          std::to_string(max_source_bytes >> 20) + " MiB"},
                     mod.file, mod.source, at));
    }
    if (!utf8::valid(mod.source)) {
        std::size_t pos = 0;
        while (pos < mod.source.size()) {
            std::size_t before = pos;
            if (utf8::next(mod.source, pos) == utf8::invalid && pos - before != 3) {
                throw diagnostic_error(diagnose(
                    severity::error, {"文件不是有效的 UTF-8 编码", "the file is not valid UTF-8"},
                    mod.file, mod.source, before));
            }
        }
    }
    parse_state st{mod, units, {}, {}, {}, {}, {}, {}, {}, false, false, 0};
    pegtl::memory_input in(mod.source.data(), mod.source.size(), mod.file);
    try {
        pegtl::parse<g::file, action, control>(in, st);
    } catch (const pegtl::parse_error& e) {
        throw diagnostic_error(
            syntax_error(mod, grammar_message(e.message()), e.positions().front().byte));
    }
    return mod;
}

} // namespace jixiao::jx
