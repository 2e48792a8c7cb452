// What the evaluator asks of values: a field of the input as a value, a
// number or a condition out of a value (or a clear error quoting it), and
// comparison and equality across units.
#include "lang/evaluate.hpp"

#include "units/unit_registry.hpp"

namespace jixiao::jx {

value evaluator::from_json(const json_value& j, const expr& at) {
    switch (j.which()) {
    case json_value::kind::null:
        return value{};
    case json_value::kind::boolean:
        return value::boolean(*j.boolean());
    case json_value::kind::number:
        return value::number(*j.number());
    case json_value::kind::string:
        return value::text_of(*j.string()); // borrowed: nothing is built
    case json_value::kind::array: {
        charge(j.array()->size() * sizeof(value), at);
        // The document does not change: a list read again (输入.指标, walked
        // once for each 一级指标 by a pack's remarks) is the one made before,
        // counted again as if made.
        if (&j == last_array_) {
            return value{last_list_};
        }
        value_list items;
        items.reserve(j.array()->size());
        for (const auto& item : *j.array()) {
            items.push_back(from_json(item, at));
        }
        value v = value::list(std::move(items));
        last_array_ = &j;
        last_list_ = std::get<std::shared_ptr<const value_list>>(v.data);
        return v;
    }
    case json_value::kind::object:
        return value{&j};
    }
    return value{};
}

namespace {

// A value as an error message quotes it: text in quotes, the rest as shown.
std::string quoted(const explained& x) {
    if (const std::string* t = x.v.text_if()) {
        return "\"" + *t + "\"";
    }
    return x.shown;
}

} // namespace

quantity evaluator::number_of(const explained& x, const expr& at, const char* what_zh,
                              const char* what_en) const {
    if (const quantity* q = std::get_if<quantity>(&x.v.data)) {
        return *q;
    }
    fail(at,
         {std::string(what_zh) + "须为数值，实际为" + value_kind_zh(x.v.kind()) + " " + quoted(x),
          std::string(what_en) + " must be a number, got " + value_kind_en(x.v.kind()) + " " +
              quoted(x)});
}

bool evaluator::boolean_of(const explained& x, const expr& at) const {
    if (const bool* b = std::get_if<bool>(&x.v.data)) {
        return *b;
    }
    fail(at, {"条件须为真假值，实际为" + std::string(value_kind_zh(x.v.kind())) + " " + quoted(x),
              "a condition must be true or false, got " + std::string(value_kind_en(x.v.kind())) +
                  " " + quoted(x)});
}

int evaluator::compare(const quantity& a, const quantity& b, const expr& at) const {
    const unit_registry& u = *p_.units;
    // Zero is zero in every unit: 目标数(T) = 0 needs no unit on the 0.
    if ((a.unit.empty() && a.value.is_zero()) || (b.unit.empty() && b.value.is_zero())) {
        auto c = a.value <=> b.value;
        return c < 0 ? -1 : (c == 0 ? 0 : 1);
    }
    if (auto m = u.mismatch(a.unit, b.unit)) {
        fail(at, *m);
    }
    decimal bv = u.convert(b.value, b.unit, a.unit);
    auto c = a.value <=> bv;
    return c < 0 ? -1 : (c == 0 ? 0 : 1);
}

bool evaluator::equal(const value& a, const value& b, const expr& at) {
    if (a.kind() == value_kind::number && b.kind() == value_kind::number) {
        return compare(std::get<quantity>(a.data), std::get<quantity>(b.data), at) == 0;
    }
    if (a.kind() != b.kind()) {
        return false;
    }
    switch (a.kind()) {
    case value_kind::nothing:
        return true;
    case value_kind::boolean:
        return std::get<bool>(a.data) == std::get<bool>(b.data);
    case value_kind::text: {
        const std::string& x = *a.text_if();
        const std::string& y = *b.text_if();
        if (x.size() == y.size()) {
            text_work(x.size(), at);
        }
        return x == y;
    }
    case value_kind::target:
        return std::get<std::shared_ptr<const target>>(a.data)->input ==
               std::get<std::shared_ptr<const target>>(b.data)->input;
    case value_kind::record:
        return std::get<const json_value*>(a.data) == std::get<const json_value*>(b.data);
    case value_kind::list: {
        const auto& x = *std::get<std::shared_ptr<const value_list>>(a.data);
        const auto& y = *std::get<std::shared_ptr<const value_list>>(b.data);
        if (x.size() != y.size()) {
            return false;
        }
        // Lists share their items, so nested ones can be far larger than
        // what built them: each item compared is a step.
        work(x.size(), at);
        for (std::size_t i = 0; i < x.size(); ++i) {
            if (!equal(x[i], y[i], at)) {
                return false;
            }
        }
        return true;
    }
    case value_kind::number:
        break;
    }
    return false;
}

} // namespace jixiao::jx
