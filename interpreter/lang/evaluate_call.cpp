// The evaluator's function calls: a call of the pack's functions (with the
// memo of pure calls on the same records), of a grade, or of a built-in
// (evaluate_builtins.cpp), and the entry point a host uses to call one.
#include "lang/evaluate.hpp"

namespace jixiao::jx {

std::optional<evaluator::call_key> evaluator::memo_key(std::uint32_t fn, const slot_list& args,
                                                       std::size_t count) const {
    if (count == 0 || count > 3) {
        return std::nullopt;
    }
    call_key k{fn, {}};
    for (std::size_t i = 0; i < count; ++i) {
        const auto* r = std::get_if<const json_value*>(&args[i].data);
        if (r == nullptr) {
            return std::nullopt;
        }
        k.args[i] = *r;
    }
    return k;
}

// The usual call worth remembering, 目标(指标): every argument is a local name
// holding a record, so the memo can be asked before anything is evaluated or
// built. nullopt when the call is not of that form.
std::optional<evaluator::call_key> evaluator::record_call_key(const expr& e, const frame& f) const {
    if (e.args.empty() || e.args.size() > 3 || depth_ >= limits_.max_depth) {
        return std::nullopt;
    }
    call_key k{e.ref.index, {}};
    for (std::size_t i = 0; i < e.args.size(); ++i) {
        const expr& a = *e.args[i];
        if (a.kind != expr_kind::name || a.ref.kind != binding_kind::local) {
            return std::nullopt;
        }
        const auto* r = std::get_if<const json_value*>(&f.slots[a.ref.index].data);
        if (r == nullptr) {
            return std::nullopt;
        }
        k.args[i] = *r;
    }
    return k;
}

const evaluator::memo_entry* evaluator::recall(const call_key& key) const {
    recent_call& r = recent_slot(key);
    const memo_entry* m = r.entry;
    if (m == nullptr || !(r.key == key)) {
        auto hit = memo_.find(key);
        if (hit == memo_.end()) {
            return nullptr;
        }
        m = &hit->second;
        r = {key, m}; // entries never move or go before the evaluator does
    }
    if (explain_ && !m->with_explanation) {
        return nullptr;
    }
    if (m->part != part_) {
        part_used_earlier_ = true; // see begin_part
    }
    return m;
}

// Copies the notes and figures of a call (or a rule) to where it is used.
// They count against the document's memory: a chain of functions each using
// the one below twice would otherwise double them at every level.
void evaluator::replay(const std::vector<std::string>* notes, const figure_list& figures,
                       const expr& at) {
    std::uint64_t bytes = 0;
    if (notes_ != nullptr && notes != nullptr) {
        for (const std::string& n : *notes) {
            bytes += sizeof(std::string) + n.size();
        }
    }
    if (trace_ != nullptr) {
        bytes += figures.size() * sizeof(figure_list::value_type);
    }
    if (bytes == 0) {
        return;
    }
    charge(bytes, at);
    if (notes_ != nullptr && notes != nullptr) {
        notes_->insert(notes_->end(), notes->begin(), notes->end());
    }
    if (trace_ != nullptr) {
        trace_->insert(trace_->end(), figures.begin(), figures.end());
    }
}

// A remembered call: its notes and figures count again where it is used.
explained evaluator::remembered(const memo_entry& m, const expr& at) {
    replay(&m.notes, m.figures, at);
    if (!explain_) {
        return {m.result.v, {}};
    }
    return m.result;
}

explained evaluator::call(std::uint32_t index, std::initializer_list<value> args,
                          std::vector<std::string>* notes,
                          std::initializer_list<std::string_view> derived) {
    const declaration* d = p_.functions[index];
    frame f{slot_list(d->frame_size), {}};
    std::size_t i = 0;
    for (const value& a : args) {
        if (i == f.slots.size()) {
            break;
        }
        f.slots[i++] = a;
    }
    std::size_t mark = premises_.size();
    if (explain_) {
        std::uint32_t slot = 0;
        for (std::string_view text : derived) {
            if (!text.empty() && slot < f.slots.size()) {
                premises_.push_back({std::string(text), false});
                f.set_premise(slot, static_cast<std::uint32_t>(premises_.size()));
            }
            ++slot;
        }
    }
    std::vector<std::string>* outer = notes_;
    notes_ = notes;
    current_.push_back(d);
    at_exit restore{[this, outer, mark] {
        current_.pop_back();
        notes_ = outer;
        premises_.resize(mark);
    }};
    explained r = operand(*d->body, f);
    if (premises_.size() > mark) {
        r.shown = with_premises(mark, std::move(r.shown), r.v);
    }
    return r;
}

// A call of the pack's functions whose explanation has steps of its own
// ("… = 2.6425 → 四舍五入(2) = 2.64") shows its value inside a larger formula,
// and its derivation comes first, once (see premises_); one that is a single
// formula stays in place, in parentheses where it is an operand: "5.00 - 1 × 2"
// would read as another formula than (5.00 - 1) × 2.
void evaluator::as_premise(explained& r, const expr& at) {
    // Most calls show one formula or just a value: decided without building
    // the value's text.
    bool steps = r.shown.find(" = ") != std::string::npos ||
                 r.shown.find(" → ") != std::string::npos ||
                 r.shown.find("；") != std::string::npos;
    if (!steps) {
        return; // in place, with its body's precedence (r.prec)
    }
    std::string v = show_within(r.v, *p_.units);
    if (!r.shown.ends_with("= " + v) && !r.shown.ends_with("→ " + v)) {
        r.shown += " = " + v;
    }
    charge(sizeof(premise) + r.shown.size(), at);
    premises_.push_back({std::move(r.shown), true});
    r.shown = std::move(v);
    r.prec = 9;
}

explained evaluator::eval_call(const expr& e, frame& f) {
    explained r = eval_call_in_place(e, f);
    if (explain_ && e.ref.kind == binding_kind::function) {
        as_premise(r, e);
    }
    return r;
}

explained evaluator::eval_call_in_place(const expr& e, frame& f) {
    switch (e.ref.kind) {
    case binding_kind::builtin:
        return eval_builtin(e, f);
    case binding_kind::function: {
        // Functions are pure: a call on the same records of this document (目标(指标),
        // 实际(指标), asked for by several contract functions) is computed once.
        std::optional<call_key> key = record_call_key(e, f);
        if (key) {
            if (const memo_entry* hit = recall(*key)) {
                // Each argument counts the step its evaluation would have.
                for (const auto& a : e.args) {
                    step(*a);
                }
                return remembered(*hit, e);
            }
        }
        bool asked = key.has_value(); // and not remembered: arguments that are names call nothing
        const declaration* d = p_.functions[e.ref.index];
        frame callee{slot_list(d->frame_size), {}};
        std::size_t mark = premises_.size();
        at_exit drop{[this, mark] { premises_.resize(mark); }};
        for (std::size_t i = 0; i < e.args.size(); ++i) {
            const expr& a = *e.args[i];
            bool passed_on = a.kind == expr_kind::name && a.ref.kind == binding_kind::local &&
                             f.premise(a.ref.index) != 0;
            if (explain_ && passed_on) {
                // Shown where the callee shows it, made where it was worked out.
                step(a);
                callee.slots[i] = f.slots[a.ref.index];
                callee.set_premise(static_cast<std::uint32_t>(i), f.premise(a.ref.index));
            } else if (explain_ && a.derives && !a.never_number) {
                // The argument's derivation goes with it (see premises_),
                // with those of the calls inside it.
                std::size_t from = premises_.size();
                explained x = eval(a, f);
                if (premises_.size() > from) {
                    x.shown = with_premises(from, std::move(x.shown), x.v);
                    premises_.resize(from);
                }
                callee.slots[i] = x.v;
                callee.set_premise(static_cast<std::uint32_t>(i), premise_for(a, f, x));
            } else {
                callee.slots[i] = eval_value(a, f);
            }
        }
        if (!asked) {
            key = memo_key(e.ref.index, callee.slots, e.args.size());
        }
        if (key && !asked) {
            if (const memo_entry* hit = recall(*key)) {
                return remembered(*hit, e);
            }
        }
        calls_.push_back(&e);
        current_.push_back(d);
        at_exit pop{[this] {
            current_.pop_back();
            calls_.pop_back();
        }};
        if (!key) {
            explained r = operand(*d->body, callee);
            if (premises_.size() > mark) {
                r.shown = with_premises(mark, std::move(r.shown), r.v);
            }
            return r;
        }
        memo_entry entry;
        entry.with_explanation = explain_;
        entry.part = part_;
        std::vector<std::string>* outer_notes = notes_;
        notes_ = &entry.notes;
        {
            at_exit restore{[this, outer_notes] { notes_ = outer_notes; }};
            entry.result = eval_traced(*d->body, callee, entry.figures);
        }
        replay(&entry.notes, entry.figures, e);
        // What the memo keeps counts against the document's memory too.
        charge(sizeof(memo_entry) + entry.result.shown.size(), e);
        // An entry without explanation is replaced by this one (see recall).
        const memo_entry& kept = memo_.insert_or_assign(*key, std::move(entry)).first->second;
        // The next call of it (目标(指标) from the next contract function) finds it
        // here, without the table.
        recent_slot(*key) = {*key, &kept};
        return kept.result;
    }
    case binding_kind::grade: {
        const declaration* d = p_.grades[e.ref.index];
        explained x = operand(*e.args[0], f);
        quantity q = number_of(x, *e.args[0], "等级的分数", "the score to grade");
        for (const auto& band : d->bands) {
            if (!band.bound) {
                return {value::text_of(band.label), e.name + "(" + x.shown + ") = " + band.label};
            }
            decimal bound = band.bound->kind == expr_kind::negate ? -band.bound->args[0]->number
                                                                  : band.bound->number;
            auto c = q.value <=> bound;
            if (band.strict ? c > 0 : c >= 0) {
                return {value::text_of(band.label), e.name + "(" + x.shown + ") = " + band.label};
            }
        }
        break;
    }
    default:
        break;
    }
    fail(e, {"「" + e.name + "」不能调用", "'" + e.name + "' cannot be called"});
}

} // namespace jixiao::jx
