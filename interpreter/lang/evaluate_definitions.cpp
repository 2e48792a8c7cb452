// A rule's and a parameter's value, worked out once per document, and what a
// part of the evaluation (evaluator::begin_part) used of them: a part that
// reads one worked out before it could not be reused as if computed afresh,
// unless the value is a constant whose cost is the same everywhere.
#include "lang/evaluate.hpp"

namespace jixiao::jx {

const rule_output& evaluator::rule(std::uint32_t index, const expr* at) {
    if (!rules_[index]) {
        const declaration* d = p_.rules[index];
        current_.push_back(d);
        rule_output out;
        out.decl = d;
        std::vector<std::string>* outer = notes_;
        notes_ = &out.notes;
        at_exit restore{[this, outer] {
            notes_ = outer;
            current_.pop_back();
        }};
        frame f{slot_list(d->frame_size), {}};
        out.result = eval_traced(*d->body, f, out.figures);
        rules_[index] = std::move(out);
        rule_parts_[index] = part_;
    } else if (rule_parts_[index] != part_) {
        part_used_earlier_ = true;
    }
    // A memoized rule still tells a check which figures it stands on.
    replay(nullptr, rules_[index]->figures, at != nullptr ? *at : *p_.rules[index]->body);
    return *rules_[index];
}

namespace {

// A parameter's body that reads nothing (literals and operators on them):
// working it out takes the same steps and bytes in any evaluator.
bool constant_body(const expr& body) {
    bool constant = true;
    for_each_expr(body, [&](const expr& e) {
        switch (e.kind) {
        case expr_kind::number:
        case expr_kind::text:
        case expr_kind::boolean:
        case expr_kind::target:
        case expr_kind::negate:
        case expr_kind::binary:
        case expr_kind::logical_not:
            break;
        default:
            constant = false;
        }
    });
    return constant;
}

} // namespace

const explained& evaluator::param(std::uint32_t index) {
    param_cost& c = param_costs_[index];
    if (params_[index]) {
        if (c.part != part_) { // worked out before this part (see begin_part)
            if (c.constant) {
                part_extra_.steps += c.cost.steps;
                part_extra_.bytes += c.cost.bytes;
                c.part = part_;
            } else {
                part_used_earlier_ = true;
            }
        }
        return *params_[index];
    }
    effort before{steps_, memory_};
    const declaration* d = p_.params[index];
    current_.push_back(d);
    at_exit pop{[this] { current_.pop_back(); }};
    frame f{slot_list(d->frame_size), {}};
    std::size_t mark = premises_.size();
    at_exit drop{[this, mark] { premises_.resize(mark); }};
    explained r = operand(*d->body, f);
    if (premises_.size() > mark) {
        r.shown = with_premises(mark, std::move(r.shown), r.v);
    }
    params_[index] = std::move(r);
    c = {part_, constant_body(*d->body), {steps_ - before.steps, memory_ - before.bytes}};
    return *params_[index];
}

} // namespace jixiao::jx
