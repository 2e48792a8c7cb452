// Analysis pass 4: which expressions can never give a number, whatever the
// input (a 指标值, a text, a list, true or false; a call of a function whose
// every branch is one of those). Only a number's derivation is ever shown
// first (the evaluator's premises), so an argument such as 目标(指标) is
// evaluated without an explanation that would be dropped anyway: 7 % of a
// batch's work. Runs after check_recursion: the functions form no cycle.
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

    program& p_;
    std::vector<std::uint8_t> function_;
    std::vector<std::uint8_t> rule_;
};

} // namespace

void mark_derivations(program& p) {
    derivations(p).run();
}

} // namespace jixiao::jx
