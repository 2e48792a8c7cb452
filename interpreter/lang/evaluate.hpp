// Stage 3 of the pipeline: evaluation of an analysed program against one
// input document, in exact arithmetic, explaining every value it produces.
// All state lives in an `evaluator`; the program is only read, so any number
// of evaluators may share one program across threads.
#pragma once

#include "diag/diagnostic.hpp"
#include "lang/program.hpp"
#include "lang/stack_guard.hpp"
#include "lang/value.hpp"
#include "text/bounded_cache.hpp"

#include <boost/container/small_vector.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <memory_resource>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace jixiao::jx {

struct builtin_call;

// 指标值 already read, by (text, how a bare number reads, read as an actual
// value). Looked up by views, so a hit copies no string.
struct target_key_view {
    std::string_view text;
    bare_reading reading = bare_reading::lower;
    bool actual = false;
    bool operator==(const target_key_view&) const = default;
};
struct target_key {
    std::string text;
    bare_reading reading = bare_reading::lower;
    bool actual = false;
    operator target_key_view() const noexcept { return {text, reading, actual}; }
};
struct target_key_hash {
    using is_transparent = void;
    std::size_t operator()(target_key_view k) const noexcept {
        std::size_t h = std::hash<std::string_view>{}(k.text);
        h = h * 31 + static_cast<std::size_t>(k.reading);
        return h * 2 + (k.actual ? 1 : 0);
    }
};
struct target_key_equal {
    using is_transparent = void;
    bool operator()(target_key_view a, target_key_view b) const noexcept { return a == b; }
};
using target_cache =
    bounded_cache<target_key, std::shared_ptr<const target>, target_key_hash, target_key_equal>;

struct evaluation_limits {
    std::uint64_t max_steps = 5'000'000;   // expression evaluations per document
    std::size_t max_list = 1'000'000;      // items in one list
    std::uint32_t max_depth = 2'000;       // expressions and calls evaluated inside one another
    std::size_t max_text = 1u << 20;       // bytes of one text the rules build (1 MiB)
    std::uint64_t max_memory = 256u << 20; // bytes of lists and texts built per document
};

// A value with how it was computed: the formula with values substituted and
// each rounding step, e.g. "7 × 151人 / 400人 = 2.6425 → 四舍五入(2) = 2.64".
struct explained {
    value v;
    std::string shown;
    // How tightly `shown` binds (lang/precedence.hpp): an operator's result
    // keeps its operator's, which a branch or a function's body passes on, so
    // a call showing its body's formula ("5.00 - 1") is parenthesized as an
    // operand ("(5.00 - 1) × 2") and one showing 求和([…]) is not.
    std::uint8_t prec = 9;
};

// The numbers of the input document an evaluation read, in reading order:
// where each figure of a check came from, and how precisely it was printed.
using figure_list = std::vector<const json_value*>;

struct rule_output {
    const declaration* decl = nullptr;
    explained result;
    std::vector<std::string> notes; // 注 of the branches taken
    figure_list figures;
};

enum class check_status { exact, rounding, mismatch, not_computable };

// One check, or one instance of a check family (核对 … 对每个 …).
struct check_output {
    const declaration* decl = nullptr;
    std::string id; // 名, or 名[标识] for an instance of a family
    check_status status = check_status::exact;
    std::optional<decimal> left, right, difference, tolerance;
    message tolerance_reason;       // given by the rule, derived from the printed figures, or none
    std::string explanation;        // 左 = 右 with the values substituted
    std::vector<std::string> notes; // 注 of the branches taken (why a side is empty)
    figure_list left_figures, right_figures;
    // A runtime error in this instance (a figure the document lacks, a
    // misspelled name): the instance is not computable, the others go on.
    std::optional<diagnostic> error;
};

class evaluator {
    // Runs f when leaving a scope, normally or by an exception: a failed check
    // instance leaves the evaluator ready for the next one.
    template <typename F> struct at_exit {
        explicit at_exit(F fn) : f(std::move(fn)) {}
        at_exit(const at_exit&) = delete;
        at_exit& operator=(const at_exit&) = delete;
        ~at_exit() { f(); }
        F f;
    };

  public:
    evaluator(const program& p, const json_value* input, evaluation_limits limits = {});

    // The value of rule `index` (memoized). Throws diagnostic_error for a
    // runtime error, positioned at the rule source and naming the input field.
    // `at`: the reference to the rule, where a limit its reuse reaches is reported.
    const rule_output& rule(std::uint32_t index, const expr* at = nullptr);
    // Calls function `index` with `args` (a host calling into a pack, such as
    // the self-evaluation engine calling 指标计算得分 for each indicator).
    // An argument given with its explanation (`derived`, parallel to args;
    // empty for none) keeps it: where the function shows that value, the
    // explanation comes first ("计算 = 19.00；19.00 × 0.9581 = …").
    explained call(std::uint32_t index, std::initializer_list<value> args,
                   std::vector<std::string>* notes = nullptr,
                   std::initializer_list<std::string_view> derived = {});
    // Runs f without building explanations, for a host that only wants the
    // value (a method name, a flag list, a grade). Explanations are most of
    // the cost of evaluation. If f fails it runs again explaining, so the
    // error message names the values as always.
    template <typename F> decltype(auto) unexplained(F&& f) {
        bool outer = explain_;
        explain_ = false;
        at_exit restore{[this, outer] { explain_ = outer; }};
        try {
            return f();
        } catch (const diagnostic_error&) {
            if (stopped_) {
                throw;
            }
            explain_ = true;
            return f();
        }
    }

    // Off: every node through eval, the reference the value path is held to
    // (evaluate_unexplained.cpp). Tests turn it off here; a whole run turns
    // it off with JIXIAO_REFERENCE_EVALUATOR=1 in the environment, so the
    // golden suites and a batch can run both ways and be compared.
    void use_value_path(bool on) { value_path_ = on; }
    // The steps this document has taken so far (the limit is max_steps).
    std::uint64_t steps_taken() const noexcept { return steps_; }
    // The bytes of lists, texts, notes and figures built so far (max_memory).
    std::uint64_t memory_used() const noexcept { return memory_; }
    // A limit of the document was reached (steps or memory): nothing more
    // can be evaluated for it.
    bool stopped() const noexcept { return stopped_; }
    // Counts work done elsewhere as this document's: a host that reuses a
    // result computed for another document charges what computing it took,
    // so the limits hold as if it had been computed here. False, and nothing
    // counted, when that would go over a limit.
    bool take_work(std::uint64_t steps, std::uint64_t bytes) noexcept {
        if (stopped_ || steps_ > limits_.max_steps || memory_ > limits_.max_memory ||
            steps > limits_.max_steps - steps_ || bytes > limits_.max_memory - memory_) {
            return false;
        }
        steps_ += steps;
        memory_ += bytes;
        return true;
    }
    // Whether this process evaluates everything as the reference does
    // (JIXIAO_REFERENCE_EVALUATOR=1): no value path, nothing a host reuses.
    static bool reference_evaluator();

    // A part of the evaluation that a host may reuse for another document
    // (the self-evaluation engine's indicator cache). begin_part() starts
    // one; part_work() then gives the steps and bytes a fresh evaluator would
    // take to evaluate the same, or nullopt when the part used something
    // evaluated before it (a remembered call, a rule, a parameter worked out
    // from other names), which a fresh evaluator would work out again: only
    // then must the host evaluate it afresh to know that cost and result.
    struct effort {
        std::uint64_t steps = 0, bytes = 0;
    };
    void begin_part() {
        ++part_;
        part_used_earlier_ = false;
        part_start_ = {steps_, memory_};
        part_extra_ = {};
    }
    std::optional<effort> part_work() const {
        if (part_used_earlier_) {
            return std::nullopt;
        }
        return effort{steps_ - part_start_.steps + part_extra_.steps,
                      memory_ - part_start_.bytes + part_extra_.bytes};
    }

    // While set, what reading each 指标值 / 实际值 text noticed (an inferred
    // operator, a doubled word, an operator copied into an actual …) is
    // added here, once each, so a report shows it beside the indicator.
    void collect_readings(std::vector<message>* out) { readings_ = out; }

    // Every instance of check `index`, in loop order (one for a plain check).
    std::vector<check_output> checks(std::uint32_t index);

  private:
    // A call's parameters and locals: inline for the usual handful, so a
    // function call allocates nothing for its frame.
    using slot_list = boost::container::small_vector<value, 6>;
    struct frame {
        slot_list slots;
        // Which slots hold a value worked out elsewhere, as premise numbers
        // (index + 1 into premises_; 0 or absent: none). Filled only when explaining.
        boost::container::small_vector<std::uint32_t, 6> premise_of;
        std::uint32_t premise(std::uint32_t slot) const {
            return slot < premise_of.size() ? premise_of[slot] : 0;
        }
        void set_premise(std::uint32_t slot, std::uint32_t id) {
            if (premise_of.size() <= slot) {
                premise_of.resize(slot + 1, 0);
            }
            premise_of[slot] = id;
        }
    };
    // A value's derivation, shown once before the explanation that uses the
    // value by name: a function's argument or a 令 binding that was worked out
    // (a helper must not turn "W × T / A = …" into a bare number). Premises are
    // made and dropped like a stack: by the call or 令 that binds them.
    struct premise {
        std::string text;
        bool used = false;
    };
    std::vector<premise> premises_;
    // A premise for the value of `arg` (0 if there is nothing to show): a
    // local that already has one passes it on; a worked-out number gets one.
    std::uint32_t premise_for(const expr& arg, const frame& f, const explained& x);
    // The explanation of what was evaluated since premises_ had `mark`
    // entries, with the premises it used first; drops those premises.
    std::string with_premises(std::size_t mark, std::string shown, const value& v);
    explained eval(const expr& e, frame& f);
    // The value of e where its explanation would be dropped (arguments of the
    // pack's functions, 令 bindings, conditions and loop items whose text is
    // never shown): nothing is explained, which is most of the cost. On an
    // error it evaluates again explaining, so the message quotes the values.
    value eval_value(const expr& e, frame& f);
    // eval(e, f).v while nothing is explained (explain_ false): the same
    // value, steps, figures, notes and memory, without an `explained` (a value,
    // a text and a precedence) made and moved at every node. Literals, locals,
    // fields, 令, 若, 匹配, lists, comparisons, 且/或 and some built-ins
    // (builtin_value) are evaluated here; the other nodes go through eval_node
    // (lang/evaluate_unexplained.cpp).
    value value_of(const expr& e, frame& f);
    // An argument or an operand as the node that reads it wants it: with its
    // explanation when explaining, else value_of's value.
    explained operand(const expr& e, frame& f) {
        return explain_ ? eval(e, f) : explained{value_of(e, f), {}};
    }
    // The field `e` of `base` (its text `shown` for a message): the value, with
    // its figure read; fails for a base that is not a record or lacks the field.
    value field_of(const expr& e, const value& base, const std::string& shown);
    [[noreturn]] void no_arm_matches(const expr& e, frame& f);
    // The result of the arm of 匹配 `e` that its subject matches (fails if none).
    const expr& matching_arm(const expr& e, frame& f);
    // Whether comparison `op` holds for compare()'s -1, 0 or 1.
    static bool holds(binary_op op, int c) {
        return op == binary_op::lt   ? c < 0
               : op == binary_op::le ? c <= 0
               : op == binary_op::gt ? c > 0
                                     : c >= 0;
    }
    // A built-in's value for value_of: 有值, 方向, 档次, 目标数 and 数值 of a
    // number (most of the calls of a self-evaluation) answered without a
    // builtin_call; the others, and every failure, through their family as
    // eval_builtin does.
    value builtin_value(const expr& e, frame& f);
    // eval_node for value_of, which lives in another file.
    explained eval_node_out_of_line(const expr& e, frame& f);
    // The 注 of a 若 whose branch was taken, added to notes_.
    void note(const expr& e, frame& f);
    bool condition(const expr& e, frame& f);
    explained eval_literal(const expr& e);
    explained eval_list(const expr& e, frame& f);
    explained eval_unary(const expr& e, frame& f);
    explained eval_if(const expr& e, frame& f);
    [[noreturn]] void too_deep(const expr& e);
    explained eval_name(const expr& e, frame& f);
    explained eval_field(const expr& e, frame& f);
    // eval's dispatch on the kind of node, inlined into it (eval runs for every node).
    [[gnu::always_inline]] inline explained eval_node(const expr& e, frame& f);
    explained eval_call(const expr& e, frame& f);
    // The call's value with its whole explanation, where eval_call shows a
    // function's value and puts its derivation first (as_premise).
    explained eval_call_in_place(const expr& e, frame& f);
    void as_premise(explained& r, const expr& at);
    explained eval_builtin(const expr& e, frame& f);
    // The families of built-ins (lang/builtins_<family>.cpp).
    friend struct builtin_call;
    explained builtins_numbers(builtin_call& call);
    explained builtins_lists(builtin_call& call);
    explained builtins_targets(builtin_call& call);
    explained builtins_records(builtin_call& call);
    explained builtins_texts(builtin_call& call);
    explained builtins_values(builtin_call& call);
    explained eval_binary(const expr& e, frame& f);
    explained eval_for(const expr& e, frame& f);
    explained eval_match(const expr& e, frame& f);
    const explained& param(std::uint32_t index);

    // A function call on records only, the calls worth remembering (below).
    struct call_key {
        std::uint32_t fn = 0;
        std::array<const json_value*, 3> args{};
        // Field by field: the defaulted comparison called memcmp for 32 bytes.
        bool operator==(const call_key& o) const noexcept {
            return fn == o.fn && args[0] == o.args[0] && args[1] == o.args[1] &&
                   args[2] == o.args[2];
        }
    };
    struct call_key_hash {
        std::size_t operator()(const call_key& k) const noexcept {
            std::size_t h = k.fn;
            for (const json_value* a : k.args) {
                h = h * 1000003u ^ std::hash<const json_value*>{}(a);
            }
            return h;
        }
    };
    // One entry per call, explained or not: an explained result also answers a
    // call that does not explain (its value is the same), so the host asking
    // for the explained score first lets the other contract functions reuse
    // 目标(指标) and 实际(指标). An unexplained entry is replaced when a call
    // explaining comes.
    struct memo_entry {
        explained result;
        bool with_explanation = false;
        std::uint32_t part = 0; // see begin_part
        std::vector<std::string> notes;
        figure_list figures;
    };
    std::optional<call_key> memo_key(std::uint32_t fn, const slot_list& args,
                                     std::size_t count) const;
    std::optional<call_key> record_call_key(const expr& e, const frame& f) const;
    explained remembered(const memo_entry& m, const expr& at);
    void replay(const std::vector<std::string>* notes, const figure_list& figures, const expr& at);
    // The entry for `key` if it answers a call made now (see memo_entry).
    const memo_entry* recall(const call_key& key) const;
    void check_instances(const declaration& d, std::size_t loop, frame& f,
                         std::vector<check_output>& out);
    check_output check_one(const declaration& d, frame& f, std::string id);
    explained eval_traced(const expr& e, frame& f, figure_list& figures);
    explained eval_untraced(const expr& e, frame& f);
    void read_figure(const json_value* number) {
        if (trace_ != nullptr) {
            trace_->push_back(number);
        }
    }

    value from_json(const json_value& j, const expr& at);
    const json_value* last_array_ = nullptr; // the array from_json made last_list_ of
    std::shared_ptr<const value_list> last_list_;
    quantity number_of(const explained& x, const expr& at, const char* what_zh,
                       const char* what_en) const;
    bool boolean_of(const explained& x, const expr& at) const;
    bool equal(const value& a, const value& b, const expr& at); // counts its work
    // The local that `e` names, read in place where value_of would copy it
    // (the record of 指标.分值): its step counted as value_of counts it;
    // nullptr for any other node, off the value path, or at the depth limit.
    const value* local_in_place(const expr& e, frame& f) {
        if (e.kind != expr_kind::name || e.ref.kind != binding_kind::local || !value_path_ ||
            depth_ >= limits_.max_depth) {
            return nullptr;
        }
        step(e);
        return &f.slots[e.ref.index];
    }
    // k(value of e): a local read in place (local_in_place), anything else
    // evaluated by value_of.
    template <typename K> decltype(auto) with_value(const expr& e, frame& f, K&& k) {
        if (const value* local = local_in_place(e, f)) {
            return k(*local);
        }
        value v = value_of(e, f);
        return k(v);
    }
    // equal(a, eval_value(text, f), at) for a text written in the rules (a 匹配
    // pattern, "成本指标" in a comparison), the text's step counted as
    // value_of counts it, without making a value of it. Only on the value path
    // and below the depth limit (where value_of would stop, it is asked).
    bool equals_text(const value& a, const expr& text, frame& f, const expr& at) {
        if (!value_path_ || depth_ >= limits_.max_depth) {
            return equal(a, eval_value(text, f), at);
        }
        step(text);
        const std::string* s = a.text_if();
        if (s == nullptr) {
            return false; // another kind is never equal to a text
        }
        if (s->size() == text.text.size()) {
            text_work(s->size(), at);
        }
        return *s == text.text;
    }
    int compare(const quantity& a, const quantity& b, const expr& at) const;
    bool meets(const value& actual, const value& target, const expr& at) const;
    [[noreturn]] void fail(const expr& at, message m) const;
    std::pair<std::string, std::string> place_in_input(const json_value* target) const;
    static bool is_stdlib(const module& m);

    // Counts one evaluation step (inline: it runs for every node).
    void step(const expr& at) {
        if (++steps_ > limits_.max_steps) [[unlikely]] {
            out_of_steps(at);
        }
    }
    [[noreturn]] void out_of_steps(const expr& at);
    // An operation that goes over a list or a text counts a step per item, or
    // per text_bytes_per_step bytes, besides its own, so a step is bounded work
    // and the step limit bounds time (求和 of a 30,000-item list inside a
    // 30,000-item loop took 22 s before, a million of each would take hours).
    static constexpr std::size_t text_bytes_per_step = 64;
    void work(std::uint64_t units, const expr& at) {
        steps_ += units;
        if (steps_ > limits_.max_steps) [[unlikely]] {
            out_of_steps(at);
        }
    }
    void text_work(std::size_t bytes, const expr& at) { work(bytes / text_bytes_per_step, at); }
    // Counts bytes of lists and texts built against max_memory (cumulative,
    // so a pack cannot grow memory by building and dropping values either).
    void charge(std::uint64_t bytes, const expr& at);
    void charge_text(std::size_t length, const expr& at);

    const program& p_;
    const json_value* input_;
    evaluation_limits limits_;
    std::uint64_t steps_ = 0;
    std::uint32_t depth_ = 0;
    std::uintptr_t stack_floor_ = stack_floor(); // on the thread that evaluates
    std::uint64_t memory_ = 0;
    std::vector<const declaration*> current_; // the definition being evaluated, innermost last
    std::vector<const expr*> calls_;          // the function calls under way, innermost last
    std::vector<std::optional<rule_output>> rules_;
    std::vector<std::optional<explained>> params_;
    // See begin_part. A parameter worked out before the part counts in it as
    // a fresh evaluator would work it out, once: what it took, when its body
    // is a constant (3, "达成", 0.8 × 10), the same in any evaluator and mode;
    // a body that reads other names makes the part use what came before.
    struct param_cost {
        std::uint32_t part = 0; // the last part it was worked out or counted in
        bool constant = false;
        effort cost;
    };
    std::vector<param_cost> param_costs_;
    std::vector<std::uint32_t> rule_parts_; // the part each rule was worked out in
    std::uint32_t part_ = 0;
    mutable bool part_used_earlier_ = false; // set by recall, which is const
    effort part_start_, part_extra_;
    std::vector<std::string>* notes_ = nullptr;
    std::vector<message>* readings_ = nullptr; // see collect_readings
    void noticed(const target& t, bool actual);
    figure_list* trace_ = nullptr; // where input numbers read now are recorded, if anywhere
    bool explain_ = true;          // build the `shown` text of every value
    bool value_path_ = !reference_evaluator(); // see use_value_path
    // The steps or memory of the document ran out (for good: both are
    // cumulative), so an error is not evaluated again to explain it.
    bool stopped_ = false;
    // 指标值 read with a unit registry other than the standard one (see read_target).
    static constexpr std::size_t max_cached_targets = 4'096;
    target_cache targets_{max_cached_targets};
    std::shared_ptr<const target> read_target(const std::string& text, const target_context& ctx);
    // Results of function calls on records of this document (functions are
    // pure). Made and dropped together, so they live in an arena: the first
    // 16 KiB inside the evaluator, the rest in growing blocks.
    alignas(std::max_align_t) std::array<std::byte, 16384> memo_buffer_;
    std::pmr::monotonic_buffer_resource memo_arena_{memo_buffer_.data(), memo_buffer_.size()};
    std::pmr::unordered_map<call_key, memo_entry, call_key_hash> memo_{&memo_arena_};
    // The entries last found, by a cheap hash of the key: most calls repeat one
    // made a moment before on the same indicator (目标(指标) from the next
    // contract function), found here without the table's hashing and chains.
    struct recent_call {
        call_key key;
        const memo_entry* entry = nullptr;
    };
    mutable std::array<recent_call, 64> recent_{};
    recent_call& recent_slot(const call_key& key) const {
        return recent_[(key.fn * 7 + (reinterpret_cast<std::uintptr_t>(key.args[0]) >> 4)) %
                       recent_.size()];
    }
};

} // namespace jixiao::jx
