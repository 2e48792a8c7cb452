// What calls of a program's functions can read (lang/reads.hpp): a walk over
// the bodies they reach, each once.
#include "lang/reads.hpp"

#include "lang/builtins.hpp"

#include <algorithm>

namespace jixiao::jx {
namespace {

class reader {
  public:
    explicit reader(const program& p)
        : p_(p), function_seen_(p.functions.size(), false), param_seen_(p.params.size(), false) {}

    void function(std::uint32_t index) {
        if (index < function_seen_.size() && !function_seen_[index]) {
            function_seen_[index] = true;
            body(p_.functions[index]);
        }
    }

    reads done() {
        std::sort(out_.fields.begin(), out_.fields.end());
        out_.fields.erase(std::unique(out_.fields.begin(), out_.fields.end()), out_.fields.end());
        return std::move(out_);
    }

  private:
    void body(const declaration* d) {
        if (d != nullptr && d->body) {
            for_each_expr(*d->body, [this](const expr& e) { visit(e); });
        }
    }

    void visit(const expr& e) {
        if (e.kind == expr_kind::field) {
            out_.fields.push_back(e.name);
            return;
        }
        if (e.kind != expr_kind::name && e.kind != expr_kind::call) {
            return;
        }
        switch (e.ref.kind) {
        case binding_kind::input:
        case binding_kind::rule:
            out_.document = true;
            break;
        case binding_kind::function:
            function(e.ref.index);
            break;
        case binding_kind::param:
            if (e.ref.index < param_seen_.size() && !param_seen_[e.ref.index]) {
                param_seen_[e.ref.index] = true;
                body(p_.params[e.ref.index]);
            }
            break;
        case binding_kind::builtin:
            switch (builtins()[e.ref.index].id) {
            case builtin_id::get:
            case builtin_id::has:
            case builtin_id::keys:
            case builtin_id::find:
                out_.any_field = true;
                break;
            default:
                break;
            }
            break;
        default:
            break;
        }
    }

    const program& p_;
    std::vector<bool> function_seen_, param_seen_;
    reads out_;
};

} // namespace

reads what_calls_read(const program& p, std::span<const std::uint32_t> functions) {
    reader r(p);
    for (std::uint32_t f : functions) {
        r.function(f);
    }
    return r.done();
}

} // namespace jixiao::jx
