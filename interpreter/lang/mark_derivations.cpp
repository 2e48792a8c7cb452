// Analysis pass 4: which expressions can never give a number, whatever the
// input (a 指标值, a text, a list, true or false; a call of a function whose
// every branch is one of those), and which are worked out, with a derivation
// to show first (the evaluator's premises). Only a number's derivation is
// ever shown, so an argument such as 目标(指标) is evaluated without an
// explanation that would be dropped anyway (7 % of a batch's work), and so is
// a call such as 实际(指标), whose derivation would be its value's text.
// Runs after check_recursion: the functions form no cycle.
#include "lang/builtins.hpp"
#include "lang/program.hpp"

#include <vector>

namespace jixiao::jx {
namespace {

class derivations {
  public:
    explicit derivations(program& p)
        : p_(p), function_(p.functions.size(), unknown), rule_(p.rules.size(), unknown) {}

    void run() {
        for (auto& m : p_.modules) {
            for (auto& d : m->decls) {
                if (d.body) {
                    mark(*d.body);
                }
                for_each_decl_expr(d,
                                   [this](const expr& e) { mark_derives(const_cast<expr&>(e)); });
            }
        }
    }

  private:
    enum state : std::uint8_t { unknown, visiting, never, maybe };

    // False only when `e` cannot give a number, whatever the input.
    bool may_be_number(const expr& e) {
        switch (e.kind) {
        case expr_kind::text:
        case expr_kind::boolean:
        case expr_kind::target:
        case expr_kind::list:
        case expr_kind::logical_not:
        case expr_kind::for_each:
            return false;
        case expr_kind::binary:
            return e.op == binary_op::add || e.op == binary_op::sub || e.op == binary_op::mul ||
                   e.op == binary_op::div;
        case expr_kind::if_else:
            return may_be_number(*e.args[1]) || may_be_number(*e.args[2]);
        case expr_kind::let:
            return may_be_number(*e.args[1]);
        case expr_kind::match:
            for (const auto& arm : e.arms) {
                if (may_be_number(*arm.result)) {
                    return true;
                }
            }
            return false;
        case expr_kind::name:
            if (e.ref.kind == binding_kind::rule && e.ref.index < rule_.size()) {
                return may_give_number(rule_[e.ref.index], *p_.rules[e.ref.index]);
            }
            return true; // a parameter, a local, the input: anything
        case expr_kind::call:
            switch (e.ref.kind) {
            case binding_kind::function:
                if (e.ref.index < function_.size()) {
                    return may_give_number(function_[e.ref.index], *p_.functions[e.ref.index]);
                }
                return true;
            case binding_kind::grade:
                return false; // a grade's label
            case binding_kind::builtin:
                return builtin_may_give_number(builtins()[e.ref.index].id);
            default:
                return true;
            }
        case expr_kind::number:
        case expr_kind::field:
        case expr_kind::negate:
            return true;
        }
        return true;
    }

    bool may_give_number(std::uint8_t& s, const declaration& d) {
        if (s == unknown) {
            s = visiting; // a cycle (reported by check_recursion) counts as a number
            s = d.body == nullptr || may_be_number(*d.body) ? maybe : never;
        }
        return s != never;
    }

    static bool builtin_may_give_number(builtin_id id) {
        switch (id) {
        case builtin_id::target_of:   // a 指标值
        case builtin_id::direction:   // a text
        case builtin_id::tier:        // a text or 空
        case builtin_id::present:     // true or false
        case builtin_id::all:         // true or false
        case builtin_id::any:         // true or false
        case builtin_id::has:         // true or false
        case builtin_id::starts_with: // true or false
        case builtin_id::ends_with:   // true or false
        case builtin_id::keys:        // a list
        case builtin_id::join:        // a text
        case builtin_id::to_text:     // a text
        case builtin_id::nothing:     // 空
        case builtin_id::raise:       // never returns
            return false;
        default:
            return true;
        }
    }

    void mark(expr& e) {
        for (auto& a : e.args) {
            if (a) {
                mark(*a);
            }
        }
        for (auto& arm : e.arms) {
            if (arm.pattern) {
                mark(*arm.pattern);
            }
            mark(*arm.result);
        }
        e.never_number = !may_be_number(e);
    }

    // Which expressions are worked out (arithmetic, rounding, a ratio, a call
    // of the pack's functions): their derivation is shown first where they are
    // passed as an argument or bound by 令 (the evaluator's premises).
    bool mark_derives(expr& e) {
        bool below = false;
        for (auto& a : e.args) {
            if (a) {
                below = mark_derives(*a) || below;
            }
        }
        for (auto& arm : e.arms) {
            if (arm.pattern) {
                below = mark_derives(*arm.pattern) || below;
            }
            below = mark_derives(*arm.result) || below;
        }
        bool here = false;
        if (e.kind == expr_kind::binary) {
            here = e.op == binary_op::add || e.op == binary_op::sub || e.op == binary_op::mul ||
                   e.op == binary_op::div;
        } else if (e.kind == expr_kind::negate) {
            here = true;
        } else if (e.kind == expr_kind::call) {
            if (e.ref.kind == binding_kind::function) {
                here = e.ref.index >= p_.functions.size() || !plain_function(e.ref.index);
            } else if (e.ref.kind == binding_kind::builtin) {
                builtin_id id = builtins()[e.ref.index].id;
                here = id == builtin_id::round_half_up || id == builtin_id::round_half_even ||
                       id == builtin_id::truncate || id == builtin_id::round_up ||
                       id == builtin_id::ratio;
            }
        }
        e.derives = here || below;
        return e.derives;
    }

    // A function whose explanation, when its value is a number, is that
    // number's text and nothing before it: 实际(指标) = 实际值(指标.实际完成值),
    // 分值(指标) = 数值(指标.分值). Its derivation would equal its value, so it
    // is never shown, and an argument calling it is evaluated without one
    // (it was evaluated twice: for its value in 档次(实际(指标)), then again
    // for a text equal to that value).
    bool plain_function(std::uint32_t index) {
        std::uint8_t& s = plain_[index];
        if (s == unknown) {
            s = visiting; // a cycle (reported by check_recursion) is not plain
            const expr* body = p_.functions[index]->body.get();
            s = body != nullptr && plain(*body) ? maybe : never;
        }
        return s == maybe;
    }
    // Shown as its value when a number (see plain_function): a record's field
    // (a record never has a derivation), and the built-ins that show their
    // result's text, of such arguments.
    bool plain(const expr& e) {
        switch (e.kind) {
        case expr_kind::field:
            return (e.args[0]->kind == expr_kind::name &&
                    e.args[0]->ref.kind == binding_kind::local) ||
                   (e.args[0]->kind == expr_kind::field && plain(*e.args[0]));
        case expr_kind::call:
            if (e.ref.kind == binding_kind::function) {
                return e.ref.index < p_.functions.size() && plain_function(e.ref.index);
            }
            if (e.ref.kind == binding_kind::builtin) {
                switch (builtins()[e.ref.index].id) {
                case builtin_id::number_of:     // 数值(x): x's text, or the number read
                case builtin_id::actual_of:     // 实际值(x): the number read
                case builtin_id::target_of:     // 指标值(x): a 指标值, never a number
                case builtin_id::target_number: // 目标数(x): the number
                    for (const auto& a : e.args) {
                        if (!plain(*a)) {
                            return false;
                        }
                    }
                    return true;
                default:
                    return false;
                }
            }
            return false;
        default:
            return false;
        }
    }

    program& p_;
    std::vector<std::uint8_t> plain_ = std::vector<std::uint8_t>(p_.functions.size(), unknown);
    std::vector<std::uint8_t> function_;
    std::vector<std::uint8_t> rule_;
};

} // namespace

void mark_derivations(program& p) {
    derivations(p).run();
}

} // namespace jixiao::jx
