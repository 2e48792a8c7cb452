// Analysis pass 3: types and units where they are decidable before any input
// is seen. Literals, parameters and operators over them have known kinds and
// units; arithmetic on text, a condition that is a number, or adding 人 to
// 户 is reported here instead of when a document is evaluated. Anything that
// depends on input or on a function's arguments is left to run time.
#include "lang/builtins.hpp"
#include "lang/program.hpp"
#include "units/unit_algebra.hpp"
#include "units/unit_registry.hpp"

#include <optional>

namespace jixiao::jx {
namespace {

enum class static_kind { unknown, number, text, boolean, target, list };

struct static_type {
    static_kind kind = static_kind::unknown;
    std::optional<unit> u; // for numbers whose unit is known
};

const char* kind_zh(static_kind k) {
    switch (k) {
    case static_kind::number:
        return "数值";
    case static_kind::text:
        return "文本";
    case static_kind::boolean:
        return "真假值";
    case static_kind::target:
        return "指标值";
    case static_kind::list:
        return "列表";
    case static_kind::unknown:
        break;
    }
    return "?";
}

const char* kind_en(static_kind k) {
    switch (k) {
    case static_kind::number:
        return "a number";
    case static_kind::text:
        return "text";
    case static_kind::boolean:
        return "true or false";
    case static_kind::target:
        return "a target";
    case static_kind::list:
        return "a list";
    case static_kind::unknown:
        break;
    }
    return "?";
}

class type_checker {
  public:
    type_checker(const program& p, std::vector<diagnostic>& errors,
                 std::vector<diagnostic>& warnings)
        : p_(p), errors_(errors), warnings_(warnings) {}

    void run() {
        for (const auto& m : p_.modules) {
            for (const auto& d : m->decls) {
                decl_ = &d;
                for_each_decl_expr(d, [&](const expr& e) { infer(e); });
            }
        }
    }

  private:
    void error(const expr& at, message m) {
        errors_.push_back(diagnose_at(severity::error, std::move(m), *decl_->owner, at.where));
    }

    // 比率(0.075, 10%): the side without a unit takes the other's (so that ≥4000
    // reads as 4000条 beside 4517条), which makes 0.075 a 0.075% here and the
    // ratio 0.0075, where 0.075 / 10% is 0.75. Written so, it is almost always
    // a fraction meant as a percentage: say how to write either.
    void check_ratio(const expr& e) {
        const unit_registry& units = *p_.units;
        static_type a = infer(*e.args[0]);
        static_type b = infer(*e.args[1]);
        auto percent = [&](const static_type& t) {
            return t.kind == static_kind::number && t.u && !t.u->empty() && units.name(*t.u) == "%";
        };
        auto bare = [](const static_type& t) {
            return t.kind == static_kind::number && t.u && t.u->empty();
        };
        if ((bare(a) && percent(b)) || (percent(a) && bare(b))) {
            warnings_.push_back(diagnose_at(
                severity::warning,
                {"比率的一边不带单位，按另一边的「%」读（0.075 读作 "
                 "0.075%）；若它是小数形式的比率，"
                 "请写成百分数（7.5%）或写作 甲 / 乙",
                 "one side of 比率 has no unit and is read in the other's % (0.075 as 0.075%); "
                 "if it is a fraction, write it as a percentage (7.5%) or as a / b"},
                *decl_->owner, e.where));
        }
    }

    void expect(const expr& at, const static_type& t, static_kind want, const char* what_zh,
                const char* what_en) {
        if (t.kind != static_kind::unknown && t.kind != want) {
            error(at, {std::string(what_zh) + "须为" + kind_zh(want) + "，这里是" + kind_zh(t.kind),
                       std::string(what_en) + " must be " + kind_en(want) + ", found " +
                           kind_en(t.kind)});
        }
    }

    // Parameters are constants: their type is their body's, once.
    static_type param_type(std::uint32_t index) {
        if (index >= param_cache_.size()) {
            param_cache_.resize(p_.params.size());
        }
        if (!param_cache_[index]) {
            param_cache_[index] = static_type{}; // guards against cycles (reported elsewhere)
            const declaration* saved = decl_;
            decl_ = p_.params[index];
            param_cache_[index] = infer(*p_.params[index]->body);
            decl_ = saved;
        }
        return *param_cache_[index];
    }

    static_type infer(const expr& e) {
        const unit_registry& units = *p_.units;
        switch (e.kind) {
        case expr_kind::number:
            return {static_kind::number, e.unit};
        case expr_kind::text:
            return {static_kind::text, {}};
        case expr_kind::boolean:
            return {static_kind::boolean, {}};
        case expr_kind::target:
            return {static_kind::target, {}};
        case expr_kind::list:
            for (const auto& a : e.args) {
                infer(*a);
            }
            return {static_kind::list, {}};
        case expr_kind::name:
            if (e.ref.kind == binding_kind::param && e.ref.index < p_.params.size()) {
                return param_type(e.ref.index);
            }
            return {};
        case expr_kind::negate: {
            static_type t = infer(*e.args[0]);
            expect(*e.args[0], t, static_kind::number, "负号的操作数", "the operand of '-'");
            return t.kind == static_kind::number ? t : static_type{static_kind::number, {}};
        }
        case expr_kind::logical_not: {
            static_type t = infer(*e.args[0]);
            expect(*e.args[0], t, static_kind::boolean, "「非」的操作数",
                   "the operand of 非 (not)");
            return {static_kind::boolean, {}};
        }
        case expr_kind::if_else: {
            expect(*e.args[0], infer(*e.args[0]), static_kind::boolean, "条件", "a condition");
            static_type a = infer(*e.args[1]);
            static_type b = infer(*e.args[2]);
            if (e.args.size() > 3) {
                infer(*e.args[3]); // the note: any value, shown as text
            }
            return a.kind == b.kind ? static_type{a.kind, {}} : static_type{};
        }
        case expr_kind::binary:
            return infer_binary(e, units);
        case expr_kind::for_each:
            infer(*e.args[0]);
            if (e.args[1]) {
                expect(*e.args[1], infer(*e.args[1]), static_kind::boolean, "「其中」的条件",
                       "the condition after 其中 (where)");
            }
            infer(*e.args[2]);
            return {static_kind::list, {}};
        case expr_kind::call:
            if (e.ref.kind == binding_kind::builtin &&
                builtins()[e.ref.index].id == builtin_id::ratio && e.args.size() == 2) {
                check_ratio(e);
                return {static_kind::number, {}};
            }
            [[fallthrough]];
        case expr_kind::field:
        case expr_kind::let:
        case expr_kind::match:
            for (const auto& a : e.args) {
                if (a) {
                    infer(*a);
                }
            }
            for (const auto& arm : e.arms) {
                if (arm.pattern) {
                    infer(*arm.pattern);
                }
                infer(*arm.result);
            }
            return {};
        }
        return {};
    }

    static_type infer_binary(const expr& e, const unit_registry& units) {
        static_type a = infer(*e.args[0]);
        static_type b = infer(*e.args[1]);
        switch (e.op) {
        case binary_op::and_:
        case binary_op::or_:
            expect(*e.args[0], a, static_kind::boolean, "「且」「或」的操作数",
                   "an operand of 且/或 (and/or)");
            expect(*e.args[1], b, static_kind::boolean, "「且」「或」的操作数",
                   "an operand of 且/或 (and/or)");
            return {static_kind::boolean, {}};
        case binary_op::meets:
            expect(*e.args[1], b, static_kind::target, "「满足」的右边",
                   "the right side of 满足 (meets)");
            return {static_kind::boolean, {}};
        case binary_op::eq:
        case binary_op::ne:
            return {static_kind::boolean, {}};
        case binary_op::lt:
        case binary_op::le:
        case binary_op::gt:
        case binary_op::ge:
            expect(*e.args[0], a, static_kind::number, "比较的左边",
                   "the left side of a comparison");
            expect(*e.args[1], b, static_kind::number, "比较的右边",
                   "the right side of a comparison");
            if (a.u && b.u) {
                if (auto m = units.mismatch(*a.u, *b.u)) {
                    error(e, *m);
                }
            }
            return {static_kind::boolean, {}};
        case binary_op::add:
        case binary_op::sub:
        case binary_op::mul:
        case binary_op::div:
            break;
        }
        // + joins a list to a list.
        if (e.op == binary_op::add && a.kind == static_kind::list && b.kind == static_kind::list) {
            return {static_kind::list, {}};
        }
        if (e.op == binary_op::add &&
            (a.kind == static_kind::list || b.kind == static_kind::list) &&
            a.kind != static_kind::number && b.kind != static_kind::number &&
            a.kind != static_kind::text && b.kind != static_kind::text) {
            return {a.kind == b.kind ? static_kind::list : static_kind::unknown, {}};
        }
        // + joins text to text; text with anything not known to be text waits for run time.
        if (e.op == binary_op::add &&
            (a.kind == static_kind::text || b.kind == static_kind::text) &&
            a.kind != static_kind::number && b.kind != static_kind::number) {
            return {a.kind == b.kind ? static_kind::text : static_kind::unknown, {}};
        }
        expect(*e.args[0], a, static_kind::number, "运算的左边", "the left operand");
        expect(*e.args[1], b, static_kind::number, "运算的右边", "the right operand");
        if (e.op == binary_op::add && a.kind == static_kind::unknown &&
            b.kind == static_kind::unknown) {
            return {}; // could be text joined to text
        }
        if (!a.u || !b.u) {
            return {static_kind::number, {}};
        }
        if (e.op == binary_op::add || e.op == binary_op::sub) {
            if (!units.comparable(*a.u, *b.u)) {
                auto name = [&](const unit& u) { return u.empty() ? "无单位" : units.name(u); };
                auto name_en = [&](const unit& u) { return u.empty() ? "no unit" : units.name(u); };
                error(e, {"单位「" + name(*a.u) + "」与「" + name(*b.u) + "」量纲不同，不能相加减",
                          "cannot add or subtract " + name_en(*a.u) + " and " + name_en(*b.u) +
                              ": they measure different things"});
            }
            return {static_kind::number, {}};
        }
        return {static_kind::number, {}};
    }

    const program& p_;
    std::vector<diagnostic>& errors_;
    std::vector<diagnostic>& warnings_;
    const declaration* decl_ = nullptr;
    std::vector<std::optional<static_type>> param_cache_;
};

} // namespace

void check_types(program& p, std::vector<diagnostic>& errors) {
    type_checker(p, errors, p.warnings).run();
}

} // namespace jixiao::jx
