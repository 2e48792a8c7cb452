// The evaluator's value path: a node's value while nothing is explained, which
// is most of a self-evaluation (arguments, 令, conditions, loop items, the
// method, the flags, the weight remarks). It gives what eval(e, f).v gives —
// the same value, the same steps, figures, notes and memory — without making
// and moving an `explained` at every node. Nodes not handled here go through
// eval_node. The tree walker alone stays the reference: ValuePath in
// tests/golden/lang_test.cpp runs every golden program both ways and compares
// output and steps; golden.reference_evaluator and tests/batch/batch_test.sh
// run whole suites and batches with JIXIAO_REFERENCE_EVALUATOR=1.
#include "lang/builtin_call.hpp"
#include "lang/evaluate.hpp"

#include <cstdlib>

namespace jixiao::jx {

bool evaluator::reference_evaluator() {
    static const bool reference = std::getenv("JIXIAO_REFERENCE_EVALUATOR") != nullptr;
    return reference;
}

value evaluator::value_of(const expr& e, frame& f) {
    // As in eval: a step, and the depth and the stack held to their limits.
    step(e);
    ++depth_;
    at_exit leave{[this] { --depth_; }};
    if (depth_ > limits_.max_depth ||
        reinterpret_cast<std::uintptr_t>(__builtin_frame_address(0)) < stack_floor_) [[unlikely]] {
        too_deep(e);
    }
    if (!value_path_) {
        return eval_node_out_of_line(e, f).v;
    }
    switch (e.kind) {
    case expr_kind::number:
        return value::number(e.number, e.unit);
    case expr_kind::text:
        return value::text_of(e.text);
    case expr_kind::boolean:
        return value::boolean(e.number.sign() != 0);
    case expr_kind::name:
        if (e.ref.kind == binding_kind::local) {
            return f.slots[e.ref.index];
        }
        if (e.ref.kind == binding_kind::param) { // 超额阈值: worked out once (param)
            return param(e.ref.index).v;
        }
        if (e.ref.kind == binding_kind::input && input_ != nullptr) {
            return value{input_};
        }
        break;
    case expr_kind::field:
        return with_value(*e.args[0], f,
                          [&](const value& base) { return field_of(e, base, std::string()); });
    case expr_kind::list: {
        value_list items;
        items.reserve(e.args.size());
        for (const auto& a : e.args) {
            items.push_back(value_of(*a, f));
        }
        return value::list(std::move(items));
    }
    case expr_kind::call:
        if (e.ref.kind == binding_kind::builtin) {
            return builtin_value(e, f);
        }
        // A pure call remembered for this document (目标(指标) asked again): its
        // value, its arguments' steps, and its notes and figures where it is used.
        if (e.ref.kind == binding_kind::function) {
            if (std::optional<call_key> key = record_call_key(e, f)) {
                if (const memo_entry* hit = recall(*key)) {
                    for (const auto& a : e.args) {
                        step(*a);
                    }
                    replay(&hit->notes, hit->figures, e);
                    return hit->result.v;
                }
            }
        }
        break;
    case expr_kind::let:
        f.slots[e.ref.index] = value_of(*e.args[0], f);
        return value_of(*e.args[1], f);
    case expr_kind::if_else: {
        bool taken = condition(*e.args[0], f);
        value r = value_of(*e.args[taken ? 1 : 2], f);
        if (taken && e.args.size() > 3 && notes_ != nullptr) {
            note(e, f);
        }
        return r;
    }
    case expr_kind::match:
        return value_of(matching_arm(e, f), f);
    case expr_kind::binary:
        switch (e.op) {
        case binary_op::and_:
        case binary_op::or_: {
            value a = value_of(*e.args[0], f);
            const bool* av = std::get_if<bool>(&a.data);
            if (av == nullptr) {
                boolean_of({std::move(a), {}}, *e.args[0]); // fails, naming the kind
            }
            if (*av == (e.op == binary_op::or_)) {
                return value::boolean(*av);
            }
            value b = value_of(*e.args[1], f);
            const bool* bv = std::get_if<bool>(&b.data);
            if (bv == nullptr) {
                boolean_of({std::move(b), {}}, *e.args[1]);
            }
            return value::boolean(*bv);
        }
        case binary_op::eq:
        case binary_op::ne:
            return with_value(*e.args[0], f, [&](const value& a) {
                bool same =
                    e.args[1]->kind == expr_kind::text // 二级指标 = "成本指标"
                        ? equals_text(a, *e.args[1], f, e)
                        : with_value(*e.args[1], f, [&](const value& b) { return equal(a, b, e); });
                return value::boolean(same == (e.op == binary_op::eq));
            });
        case binary_op::meets: {
            value a = value_of(*e.args[0], f);
            value b = value_of(*e.args[1], f);
            return value::boolean(meets(a, b, e));
        }
        case binary_op::lt:
        case binary_op::le:
        case binary_op::gt:
        case binary_op::ge:
            return with_value(*e.args[0], f, [&](const value& a) {
                return with_value(*e.args[1], f, [&](const value& b) {
                    const quantity* x = std::get_if<quantity>(&a.data);
                    if (x == nullptr) {
                        number_of({a, {}}, *e.args[0], "比较的左边",
                                  "the left side of a comparison");
                    }
                    const quantity* y = std::get_if<quantity>(&b.data);
                    if (y == nullptr) {
                        number_of({b, {}}, *e.args[1], "比较的右边",
                                  "the right side of a comparison");
                    }
                    return value::boolean(holds(e.op, compare(*x, *y, e)));
                });
            });
        default:
            break;
        }
        break;
    default:
        break;
    }
    return eval_node_out_of_line(e, f).v;
}

value evaluator::builtin_value(const expr& e, frame& f) {
    const builtin& b = builtins()[e.ref.index];
    switch (b.id) {
    case builtin_id::present:
        // 有值(记录.字段) is false for a field the record lacks (as in eval_builtin).
        if (e.args[0]->kind == expr_kind::field) {
            bool lacks = with_value(*e.args[0]->args[0], f, [&](const value& base) {
                const auto* rec = std::get_if<const json_value*>(&base.data);
                return rec != nullptr && (*rec)->find(e.args[0]->name) == nullptr;
            });
            if (lacks) {
                return value::boolean(false);
            }
        }
        return with_value(*e.args[0], f, [](const value& v) {
            return value::boolean(v.kind() != value_kind::nothing);
        });
    case builtin_id::direction:
    case builtin_id::tier:
    case builtin_id::target_number: {
        value a = value_of(*e.args[0], f);
        if (const auto* t = std::get_if<std::shared_ptr<const target>>(&a.data)) {
            if (b.id == builtin_id::direction) {
                return value::text_of(direction_name(**t));
            }
            if (b.id == builtin_id::tier) {
                const std::string* name = tier_word(**t);
                return name == nullptr ? value{} : value::text_of(*name);
            }
            if (const auto* c = std::get_if<comparison_form>(&(*t)->form)) {
                return value::number(c->value.q.value, c->value.q.unit);
            }
        }
        if (b.id == builtin_id::tier) {
            return value{}; // 档次 of a number or a text: 空
        }
        // Not a target: the family says what it takes.
        builtin_call call(*this, e, b);
        call.args.push_back({std::move(a), {}});
        return builtins_targets(call).v;
    }
    case builtin_id::number_of: {
        // 数值(x): a number as it is, a text read exactly (数值(指标.分值)).
        value a = value_of(*e.args[0], f);
        if (a.kind() == value_kind::number) {
            return a;
        }
        builtin_call call(*this, e, b);
        call.args.push_back({std::move(a), {}});
        return builtins_numbers(call).v;
    }
    default:
        return eval_builtin(e, f).v;
    }
}

} // namespace jixiao::jx
