// The evaluator's core: names, fields, conditionals, loops, and the limits
// each document is held to. Operators are in evaluate_operators.cpp, calls in
// evaluate_call.cpp, rules and parameters in evaluate_definitions.cpp, the built-in functions in
// evaluate_builtins.cpp, 满足 and 指标值 texts in evaluate_targets.cpp, conversions and comparisons
// of values in evaluate_values.cpp.
#include "lang/evaluate.hpp"

#include "lang/precedence.hpp"
#include "text/shorten.hpp"
#include "units/unit_registry.hpp"

namespace jixiao::jx {

bool evaluator::is_stdlib(const module& m) {
    return m.file.starts_with("stdlib/");
}

evaluator::evaluator(const program& p, const json_value* input, evaluation_limits limits)
    : p_(p), input_(input), limits_(limits), rules_(p.rules.size()), params_(p.params.size()),
      param_costs_(p.params.size()), rule_parts_(p.rules.size()) {
    // A self-evaluation remembers about ten calls per indicator: size the table once.
    memo_.reserve(256);
}

void evaluator::fail(const expr& at, message m) const {
    const declaration* d = current_.empty() ? nullptr : current_.back();
    if (d == nullptr) {
        throw diagnostic_error(diagnose(severity::error, std::move(m)));
    }
    // An error inside a standard-library function is the caller's to fix:
    // point at the nearest call in the pack's own code, naming the function.
    const expr* where = &at;
    std::size_t level = current_.size() - 1;
    if (is_stdlib(*d->owner)) {
        std::size_t call = calls_.size();
        while (level > 0 && call > 0 && is_stdlib(*current_[level]->owner)) {
            --level;
            --call;
            where = calls_[call];
        }
        if (level < current_.size() - 1) {
            m.zh = "调用标准库" + describe(*d, lang::zh) + "时：" + m.zh;
            m.en = "calling the standard library's " + describe(*d, lang::en) + ": " + m.en;
        }
    }
    const declaration* owner = current_[level];
    m.zh = "在" + describe(*owner, lang::zh) + "中：" + m.zh;
    m.en = "in " + describe(*owner, lang::en) + ": " + m.en;
    throw diagnostic_error(diagnose_at(severity::error, std::move(m), *owner->owner, where->where));
}

void evaluator::out_of_steps(const expr& at) {
    stopped_ = true;
    fail(at, {"计算步数超过上限 " + std::to_string(limits_.max_steps) + "，已停止",
              "stopped after " + std::to_string(limits_.max_steps) +
                  " evaluation steps (the limit per document)"});
}

void evaluator::charge(std::uint64_t bytes, const expr& at) {
    memory_ += bytes;
    if (memory_ > limits_.max_memory) {
        stopped_ = true;
        fail(at,
             {"计算占用的内存超过上限 " + std::to_string(limits_.max_memory >> 20) + " MiB，已停止",
              "stopped: evaluation built more than " + std::to_string(limits_.max_memory >> 20) +
                  " MiB of lists, texts, notes and figures (the limit per document)"});
    }
}

void evaluator::charge_text(std::size_t length, const expr& at) {
    if (length > limits_.max_text) {
        fail(at,
             {"文本超过 " + std::to_string(limits_.max_text >> 10) + " KiB 的上限",
              "text longer than the limit of " + std::to_string(limits_.max_text >> 10) + " KiB"});
    }
    charge(length, at);
}

explained evaluator::eval_traced(const expr& e, frame& f, figure_list& figures) {
    figure_list* outer = trace_;
    trace_ = &figures;
    std::size_t mark = premises_.size();
    at_exit restore{[this, outer, mark] {
        trace_ = outer;
        premises_.resize(mark);
    }};
    // A rule, a check's side or a remembered call: whole explanations, with
    // the derivations of the calls inside them first.
    explained r = operand(e, f);
    if (premises_.size() > mark) {
        r.shown = with_premises(mark, std::move(r.shown), r.v);
    }
    return r;
}

value evaluator::eval_value(const expr& e, frame& f) {
    if (!explain_) {
        return value_of(e, f);
    }
    std::size_t notes_mark = notes_ != nullptr ? notes_->size() : 0;
    std::size_t trace_mark = trace_ != nullptr ? trace_->size() : 0;
    try {
        explain_ = false;
        at_exit restore{[this] { explain_ = true; }};
        return value_of(e, f);
    } catch (const diagnostic_error&) {
        // A limit of the document stands where it was hit; running again
        // would only report it somewhere else.
        if (stopped_) {
            throw;
        }
        // The second run records the notes and figures again.
        if (notes_ != nullptr) {
            notes_->resize(notes_mark);
        }
        if (trace_ != nullptr) {
            trace_->resize(trace_mark);
        }
    }
    return eval(e, f).v;
}

// A condition (若, 其中): its value only, and not traced, since conditions
// decide which figures count without being figures of the result. A value
// that is not true or false is quoted as explained in the error.
bool evaluator::condition(const expr& e, frame& f) {
    figure_list* outer = trace_;
    trace_ = nullptr;
    at_exit restore{[this, outer] { trace_ = outer; }};
    value v = eval_value(e, f);
    if (const bool* b = std::get_if<bool>(&v.data)) {
        return *b;
    }
    bool explaining = explain_;
    explain_ = true;
    at_exit back{[this, explaining] { explain_ = explaining; }};
    return boolean_of(eval(e, f), e);
}

// Conditions decide which figures count; they are not figures of the result.
explained evaluator::eval_untraced(const expr& e, frame& f) {
    figure_list* outer = trace_;
    trace_ = nullptr;
    at_exit restore{[this, outer] { trace_ = outer; }};
    return eval(e, f);
}

std::uint32_t evaluator::premise_for(const expr& arg, const frame& f, const explained& x) {
    if (arg.kind == expr_kind::name && arg.ref.kind == binding_kind::local) {
        return f.premise(arg.ref.index); // passed on: shown where it was made
    }
    if (!arg.derives || x.v.kind() != value_kind::number) {
        return 0;
    }
    std::string v = show_within(x.v, *p_.units);
    if (x.shown == v) {
        return 0;
    }
    std::string text = x.shown;
    if (!text.ends_with("= " + v) && !text.ends_with("→ " + v)) {
        text += " = " + v;
    }
    charge(sizeof(premise) + text.size(), arg);
    premises_.push_back({std::move(text), false});
    return static_cast<std::uint32_t>(premises_.size());
}

std::string evaluator::with_premises(std::size_t mark, std::string shown, const value& v) {
    std::string first;
    for (std::size_t i = mark; i < premises_.size(); ++i) {
        // A remembered call used twice is derived once.
        bool again = false;
        for (std::size_t j = mark; j < i && !again; ++j) {
            again = premises_[j].used && premises_[j].text == premises_[i].text;
        }
        if (premises_[i].used && !again) {
            first += first.empty() ? "" : "；";
            first += premises_[i].text;
        }
    }
    if (first.empty()) {
        return shown;
    }
    // The body only names the value: its derivation says it all.
    if (shown == show_within(v, *p_.units)) {
        return first;
    }
    return first + "；" + shown;
}

// The dispatcher runs for every node, so it stays small: each kind that needs
// locals of its own has its own function.
explained evaluator::eval(const expr& e, frame& f) {
    step(e);
    // Each level of the tree, and each call, is a native frame here: bounded
    // so a legal but deep pack (256 levels × 128 definitions) cannot exhaust
    // the stack of a batch worker.
    ++depth_;
    at_exit leave{[this] { --depth_; }};
    if (depth_ > limits_.max_depth ||
        reinterpret_cast<std::uintptr_t>(__builtin_frame_address(0)) < stack_floor_) [[unlikely]] {
        too_deep(e);
    }
    // Built in place (no copy), then kept within max_shown_bytes, so no
    // explanation grows with the nesting of what it explains.
    explained r = eval_node(e, f);
    if (r.shown.size() > max_shown_bytes) [[unlikely]] {
        shorten_shown(r.shown);
    }
    return r;
}

explained evaluator::eval_node(const expr& e, frame& f) {
    switch (e.kind) {
    case expr_kind::number:
    case expr_kind::text:
    case expr_kind::boolean:
    case expr_kind::target:
        return eval_literal(e);
    case expr_kind::list:
        return eval_list(e, f);
    case expr_kind::name:
        return eval_name(e, f);
    case expr_kind::field:
        return eval_field(e, f);
    case expr_kind::call:
        return eval_call(e, f);
    case expr_kind::negate:
        return eval_unary(e, f);
    case expr_kind::logical_not: {
        explained r = eval_unary(e, f);
        r.prec = 3;
        return r;
    }
    case expr_kind::binary: {
        explained r = eval_binary(e, f);
        r.prec = static_cast<std::uint8_t>(precedence(e));
        return r;
    }
    case expr_kind::if_else:
        return eval_if(e, f);
    case expr_kind::let: {
        std::uint32_t slot = e.ref.index;
        if (!explain_ || !e.args[0]->derives) {
            const expr& v = *e.args[0];
            f.slots[slot] = eval_value(v, f);
            if (explain_) { // 令 b = a: b shows a's derivation, if a has one
                bool local = v.kind == expr_kind::name && v.ref.kind == binding_kind::local;
                std::uint32_t id = local ? f.premise(v.ref.index) : 0;
                if (id != 0 || f.premise(slot) != 0) {
                    f.set_premise(slot, id);
                }
            }
            return operand(*e.args[1], f);
        }
        // 令 得分 = W × A / T 于 …: the body shows 得分 by value, and the
        // derivation comes first, once.
        std::size_t mark = premises_.size();
        at_exit drop{[this, mark, &f, slot] {
            premises_.resize(mark);
            f.set_premise(slot, 0);
        }};
        explained x = eval(*e.args[0], f);
        // Derivations inside the value belong to it: shown where it is.
        if (premises_.size() > mark) {
            x.shown = with_premises(mark, std::move(x.shown), x.v);
            premises_.resize(mark);
        }
        f.slots[slot] = x.v;
        f.set_premise(slot, premise_for(*e.args[0], f, x));
        explained r = eval(*e.args[1], f);
        r.shown = with_premises(mark, std::move(r.shown), r.v);
        return r;
    }
    case expr_kind::match:
        return eval_match(e, f);
    case expr_kind::for_each:
        return eval_for(e, f);
    }
    fail(e, {"未知的表达式", "unknown expression"});
}

explained evaluator::eval_node_out_of_line(const expr& e, frame& f) {
    return eval_node(e, f);
}

void evaluator::too_deep(const expr& e) {
    fail(e, {"计算嵌套过深（上限 " + std::to_string(limits_.max_depth) + " 层），已停止",
             "stopped: evaluation nested too deeply (the limit is " +
                 std::to_string(limits_.max_depth) + " levels)"});
}

explained evaluator::eval_literal(const expr& e) {
    switch (e.kind) {
    case expr_kind::number:
        // A literal the parser made reads as parsed; one made otherwise, as its source.
        return {value::number(e.number, e.unit),
                !explain_ ? std::string()
                : !e.shown.empty()
                    ? e.shown
                    : current_.back()->owner->source.substr(e.where.offset, e.where.length)};
    case expr_kind::text:
        return {value::text_of(e.text), !explain_ ? std::string()
                                        : !e.shown.empty()
                                            ? e.shown
                                            : "\"" + shortened(e.text, max_shown_bytes) + "\""};
    case expr_kind::boolean:
        return {value::boolean(e.number.sign() != 0), e.number.sign() != 0 ? "真" : "假"};
    default:
        return {value{e.target_value}, explain_ ? e.text : std::string()};
    }
}

explained evaluator::eval_list(const expr& e, frame& f) {
    value_list items;
    items.reserve(e.args.size());
    std::string shown = "[";
    for (const auto& a : e.args) {
        explained x = operand(*a, f);
        if (explain_) {
            if (!items.empty()) {
                shown += ", ";
            }
            shown += x.shown;
        }
        items.push_back(std::move(x.v));
    }
    if (explain_) {
        shown += ']';
    }
    return {value::list(std::move(items)), explain_ ? std::move(shown) : std::string()};
}

explained evaluator::eval_unary(const expr& e, frame& f) {
    explained x = operand(*e.args[0], f);
    if (e.kind == expr_kind::logical_not) {
        bool simple = precedence(*e.args[0]) == 9; // 非 (1 > 2) reads better with parentheses
        return {value::boolean(!boolean_of(x, *e.args[0])),
                simple ? "非 " + x.shown : "非 (" + x.shown + ")"};
    }
    quantity q = number_of(x, *e.args[0], "负号的操作数", "the operand of '-'");
    if (!explain_) {
        return {value::number(-q.value, q.unit), {}};
    }
    bool wrap = x.shown.starts_with("-") || x.prec < 9 || precedence(*e.args[0]) < 9;
    std::string shown = wrap ? "-(" + x.shown + ")" : "-" + x.shown;
    return {value::number(-q.value, q.unit), std::move(shown)};
}

explained evaluator::eval_if(const expr& e, frame& f) {
    // A branch that is just a value says why it was chosen:
    // "126人 满足 ≥100人 → 30" rather than a bare "30". Otherwise the
    // condition's text is never shown.
    auto plain = [](const expr& b) {
        return b.kind == expr_kind::name || b.kind == expr_kind::number;
    };
    bool says_why = explain_ && e.args[0]->kind == expr_kind::binary &&
                    (plain(*e.args[1]) || plain(*e.args[2]));
    bool taken = false;
    std::string why;
    // Derivations the condition's text brings count only if that text is shown.
    std::size_t cond_from = premises_.size();
    std::size_t cond_to = cond_from;
    if (says_why) {
        explained cond = eval_untraced(*e.args[0], f);
        taken = boolean_of(cond, *e.args[0]);
        why = std::move(cond.shown);
        cond_to = premises_.size();
    } else {
        taken = condition(*e.args[0], f);
    }
    const expr& branch = *e.args[taken ? 1 : 2];
    explained r = operand(branch, f);
    if (taken && e.args.size() > 3 && notes_ != nullptr) {
        note(e, f);
    }
    // A condition that reads as a bare 真/假 (且 cut short by a false switch)
    // says nothing about why.
    bool why_shown = says_why && plain(branch) && why != "真" && why != "假";
    for (std::size_t i = cond_from; !why_shown && i < cond_to; ++i) {
        premises_[i].used = false;
    }
    if (why_shown) {
        why += taken ? " → " : " 不成立 → ";
        why += r.shown;
        r.shown = std::move(why);
    }
    return r;
}

void evaluator::note(const expr& e, frame& f) {
    // 注 "…" or a text computed from the values at hand; another value is
    // noted as it is shown ("注 执行率" notes 93%).
    const expr& note = *e.args[3];
    // What a note reads is not part of the result's provenance (untraced).
    figure_list* outer = trace_;
    trace_ = nullptr;
    at_exit restore{[this, outer] { trace_ = outer; }};
    value n = note.kind == expr_kind::text ? value::text_of(note.text) : eval_value(note, f);
    std::string text = n.text_if() != nullptr ? *n.text_if() : show_within(n, *p_.units);
    charge(sizeof(std::string) + text.size(), e);
    notes_->push_back(std::move(text));
}

explained evaluator::eval_name(const expr& e, frame& f) {
    const unit_registry& units = *p_.units;
    switch (e.ref.kind) {
    case binding_kind::local: {
        const value& v = f.slots[e.ref.index];
        if (!explain_) {
            return {v, {}};
        }
        if (std::uint32_t id = f.premise(e.ref.index)) {
            premises_[id - 1].used = true;
        }
        return {v, show_within(v, units)};
    }
    case binding_kind::param: {
        const explained& x = param(e.ref.index);
        return {x.v, explain_ ? show_within(x.v, units) : std::string()};
    }
    case binding_kind::rule: {
        const rule_output& r = rule(e.ref.index, &e);
        return {r.result.v, explain_ ? show_within(r.result.v, units) : std::string()};
    }
    case binding_kind::input:
        if (input_ == nullptr) {
            fail(e, {"没有输入文档（请用 --input 指定）",
                     "there is no input document (give one with --input)"});
        }
        return {value{input_}, e.name};
    default:
        break;
    }
    fail(e, {"名称「" + e.name + "」无法求值", "the name '" + e.name + "' has no value"});
}

// Where `target` sits in the input document: 输入.指标 第 3 项 (items counted
// from 1), or nothing when it is not in it. Only on the way to an error.
std::pair<std::string, std::string> evaluator::place_in_input(const json_value* target) const {
    std::string zh;
    std::string en;
    auto find = [&](auto&& self, const json_value& at, std::string z, std::string n) -> bool {
        if (&at == target) {
            zh = std::move(z);
            en = std::move(n);
            return true;
        }
        if (const json_object* o = at.object()) {
            for (const auto& [k, v] : *o) {
                if (self(self, v, z + "." + k, n + "." + k)) {
                    return true;
                }
            }
        } else if (const json_array* a = at.array()) {
            for (std::size_t i = 0; i < a->size(); ++i) {
                std::string item = std::to_string(i + 1);
                if (self(self, (*a)[i], z + " 第 " + item + " 项", n + " item " + item)) {
                    return true;
                }
            }
        }
        return false;
    };
    if (input_ != nullptr) {
        find(find, *input_, "输入", "input");
    }
    return {zh, en};
}

value evaluator::field_of(const expr& e, const value& base, const std::string& shown) {
    const json_value* const* rec = std::get_if<const json_value*>(&base.data);
    if (rec == nullptr || (*rec)->object() == nullptr) {
        fail(e, {"只有记录才有字段，「" + shown + "」是" + value_kind_zh(base.kind()),
                 "only a record has fields; '" + shown + "' is a " + value_kind_en(base.kind())});
    }
    const json_value* field = (*rec)->find(e.name);
    if (field == nullptr) {
        std::string names;
        for (const auto& [k, v] : *(*rec)->object()) {
            names += (names.empty() ? "" : "、") + k;
        }
        // A record reached through a name (指标, a loop's item) shows as
        // {记录}: name it by the source that reached it and by its place.
        std::string zh_name = "「" + shown + "」";
        std::string en_name = "'" + shown + "'";
        if (shown.starts_with("{") && !current_.empty()) {
            const span& w = e.args[0]->where;
            std::string spelled = current_.back()->owner->source.substr(w.offset, w.length);
            auto [zh_place, en_place] = place_in_input(*rec);
            zh_name = "「" + spelled + "」" + (zh_place.empty() ? "" : "（" + zh_place + "）");
            en_name = "'" + spelled + "'" + (en_place.empty() ? "" : " (" + en_place + ")");
        }
        fail(e, {"输入记录" + zh_name + "没有字段「" + e.name + "」（现有：" + names + "）",
                 "the input record " + en_name + " has no field '" + e.name +
                     "' (it has: " + names + ")"});
    }
    if (field->number() != nullptr) {
        read_figure(field);
    }
    return from_json(*field, e);
}

explained evaluator::eval_field(const expr& e, frame& f) {
    explained base = operand(*e.args[0], f);
    value v = field_of(e, base.v, base.shown);
    if (!explain_) {
        return {std::move(v), {}};
    }
    const json_value* const* rec = std::get_if<const json_value*>(&base.v.data);
    if (v.kind() == value_kind::record || v.kind() == value_kind::list) {
        // A record reached through a name shows as {记录}: the path names it
        // as the input (输入.绩效目标表) or as the source spells it.
        if (base.shown.starts_with("{") && !current_.empty()) {
            const span& w = e.args[0]->where;
            base.shown = *rec == input_ ? std::string(e.args[0]->name == "input" ? "input" : "输入")
                                        : current_.back()->owner->source.substr(w.offset, w.length);
        }
        return {std::move(v), base.shown + "." + e.name};
    }
    return {v, show_within(v, *p_.units)};
}

explained evaluator::eval_for(const expr& e, frame& f) {
    value source = eval_value(*e.args[0], f);
    const auto* list = std::get_if<std::shared_ptr<const value_list>>(&source.data);
    if (list == nullptr) {
        fail(*e.args[0],
             {"「属于」之后须为列表，实际为" + std::string(value_kind_zh(source.kind())),
              "对每个 (for) needs a list after 属于 (of), got " +
                  std::string(value_kind_en(source.kind()))});
    }
    value_list out;
    for (const value& item : **list) {
        f.slots[e.ref.index] = item;
        if (e.args[1] && !condition(*e.args[1], f)) {
            continue;
        }
        out.push_back(eval_value(*e.args[2], f));
        const auto* text = out.back().text_if();
        charge(sizeof(value) + (text != nullptr ? text->size() : 0), e);
        if (out.size() > limits_.max_list) {
            fail(e, {"列表超过 " + std::to_string(limits_.max_list) + " 项",
                     "list longer than " + std::to_string(limits_.max_list) + " items"});
        }
    }
    value v = value::list(std::move(out));
    return {v, explain_ ? show(v, *p_.units) : std::string()};
}

explained evaluator::eval_match(const expr& e, frame& f) {
    return operand(matching_arm(e, f), f);
}

const expr& evaluator::matching_arm(const expr& e, frame& f) {
    value subject;
    {
        // The subject chooses the arm; it is not a figure of the result.
        figure_list* outer = trace_;
        trace_ = nullptr;
        at_exit restore{[this, outer] { trace_ = outer; }};
        subject = eval_value(*e.args[0], f);
    }
    for (const auto& arm : e.arms) {
        if (!arm.pattern) {
            return *arm.result;
        }
        // Patterns are mostly texts ("≥" => …), compared where they are written.
        bool matches = arm.pattern->kind == expr_kind::text
                           ? equals_text(subject, *arm.pattern, f, *arm.pattern)
                           : equal(subject, eval_value(*arm.pattern, f), *arm.pattern);
        if (matches) {
            return *arm.result;
        }
    }
    no_arm_matches(e, f);
}

void evaluator::no_arm_matches(const expr& e, frame& f) {
    // Only now is the subject's text wanted: evaluate it again, explaining.
    bool explaining = explain_;
    explain_ = true;
    at_exit back{[this, explaining] { explain_ = explaining; }};
    std::string shown = eval_untraced(*e.args[0], f).shown;
    fail(e, {"没有与 " + shown + " 相符的分支（可加「其他 => …」）",
             "no arm matches " + shown + " (add 其他 => … to cover the rest)"});
}

} // namespace jixiao::jx
