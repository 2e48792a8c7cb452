// Reconciliation checks (核对, docs/domain.md §7): a plain check is one identity;
// a family (核对 … 对每个 …) is one identity per combination of its loops.
// Each side records the input figures it read, so the report can say where
// every number came from and derive the rounding tolerance from how
// precisely each was printed.
#include "lang/evaluate.hpp"

#include "units/unit_registry.hpp"

#include <algorithm>
#include <initializer_list>
#include <map>
#include <unordered_set>

namespace jixiao::jx {

namespace {

// Source text as one line: a condition written over several lines reads in a
// report as it would on one (text literals hold no line breaks).
std::string one_line(std::string_view source) {
    std::string out;
    for (std::size_t i = 0; i < source.size(); ++i) {
        if (source[i] == '\n' || source[i] == '\r') {
            while (!out.empty() && out.back() == ' ') {
                out.pop_back();
            }
            while (i + 1 < source.size() &&
                   (source[i + 1] == ' ' || source[i + 1] == '\n' || source[i + 1] == '\r')) {
                ++i;
            }
            out += ' ';
        } else {
            out += source[i];
        }
    }
    return out;
}

// The figures of the lists, each once, in reading order. Hashed: a check over a
// large table reads hundreds of thousands of figures (searching the list for
// each took 9.5 s for 200,000 rows). The set holds only distinct figures, at
// most one per step the evaluation took.
figure_list unique_figures(std::initializer_list<const figure_list*> lists) {
    std::unordered_set<const json_value*> seen;
    figure_list out;
    for (const figure_list* l : lists) {
        for (const json_value* f : *l) {
            if (seen.insert(f).second) {
                out.push_back(f);
            }
        }
    }
    return out;
}

// 0.5 × 10^-places: half a unit of the last printed digit.
decimal half_unit(int places) {
    return decimal::from_scaled(5, std::min(places, 17) + 1);
}

std::string unit_of_places(int places) {
    return places == 0 ? "1" : decimal::from_scaled(1, std::min(places, 18)).to_string();
}

struct derived_tolerance {
    decimal value;
    message reason;
};

// Figures printed to d decimals each carry ±half a unit of their last digit;
// comparing sums of printed figures tolerates the sum of those half units:
// (n+1) × 0.005 for a total against n parts printed to 0.01.
derived_tolerance infer_tolerance(const figure_list& figures) {
    std::map<int, int> by_places; // places → how many figures
    std::size_t zeros = 0;
    for (const json_value* f : figures) {
        // A printed 0 (政府采购工程预算0万元) says there is none: it is exact.
        if (f->number()->is_zero()) {
            ++zeros;
            continue;
        }
        ++by_places[f->number()->places()];
    }
    if (figures.size() == zeros) {
        return {decimal{},
                {"两边都不含文档中的数，容差为 0",
                 "neither side reads a figure of the document, so the tolerance is 0"}};
    }
    decimal total;
    std::string terms, precision_zh, precision_en;
    for (const auto& [places, count] : by_places) {
        decimal half = half_unit(places);
        total = total + decimal::from_int(count) * half;
        terms += (terms.empty() ? "" : " + ") + std::to_string(count) + " × " + half.to_string();
        precision_zh += (precision_zh.empty() ? "" : "，") + std::to_string(count) + " 个印至 " +
                        unit_of_places(places) + "（±" + half.to_string() + "）";
        precision_en += (precision_en.empty() ? "" : ", ") + std::to_string(count) +
                        " printed to " + unit_of_places(places) + " (±" + half.to_string() + ")";
    }
    total = total.trimmed();
    std::string sum = terms + " = " + total.to_string();
    std::string n = std::to_string(figures.size() - zeros);
    std::string zero_zh = zeros == 0
                              ? std::string()
                              : "；另有 " + std::to_string(zeros) + " 个印出的 0，表示没有，精确";
    std::string zero_en =
        zeros == 0 ? std::string()
                   : "; " + std::to_string(zeros) + " printed 0 (none, exact) not counted";
    if (by_places.size() == 1) {
        int places = by_places.begin()->first;
        std::string half = half_unit(places).to_string();
        return {total,
                {"两边共 " + n + " 个印刷数，各印至 " + unit_of_places(places) + "（±" + half +
                     "）：" + sum + zero_zh,
                 n + " printed figures on the two sides, each printed to " +
                     unit_of_places(places) + " (±" + half + "): " + sum + zero_en}};
    }
    return {total,
            {"两边共 " + n + " 个印刷数，" + precision_zh + "：" + sum + zero_zh,
             n + " printed figures on the two sides, " + precision_en + ": " + sum + zero_en}};
}

} // namespace

std::vector<check_output> evaluator::checks(std::uint32_t index) {
    const declaration& d = *p_.checks[index];
    current_.push_back(&d);
    at_exit pop{[this] { current_.pop_back(); }};
    std::vector<check_output> out;
    frame f{slot_list(d.frame_size), {}};
    check_instances(d, 0, f, out);
    return out;
}

void evaluator::check_instances(const declaration& d, std::size_t loop, frame& f,
                                std::vector<check_output>& out) {
    if (loop == d.loops.size()) {
        if (d.filter && !boolean_of(eval_untraced(*d.filter, f), *d.filter)) {
            return;
        }
        std::string id = d.name;
        if (d.label) {
            explained label = eval_untraced(*d.label, f);
            const std::string* text = label.v.text_if();
            id += "[" + (text != nullptr ? *text : label.shown) + "]";
        } else if (!d.loops.empty()) {
            id += "[" + std::to_string(out.size() + 1) + "]";
        }
        try {
            out.push_back(check_one(d, f, id));
        } catch (const diagnostic_error& err) {
            check_output failed;
            failed.decl = &d;
            failed.id = std::move(id);
            failed.status = check_status::not_computable;
            failed.error = err.diag();
            out.push_back(std::move(failed));
        }
        return;
    }
    const check_loop& l = d.loops[loop];
    explained source = eval_untraced(*l.list, f);
    const auto* list = std::get_if<std::shared_ptr<const value_list>>(&source.v.data);
    if (list == nullptr) {
        fail(*l.list, {"「属于」之后须为列表，实际为" + std::string(value_kind_zh(source.v.kind())),
                       "对每个 (for) needs a list after 属于 (of), got " +
                           std::string(value_kind_en(source.v.kind()))});
    }
    auto keep_alive = *list; // the list outlives the loop even if a slot is overwritten
    for (const value& item : *keep_alive) {
        f.slots[l.slot] = item;
        check_instances(d, loop + 1, f, out);
    }
}

check_output evaluator::check_one(const declaration& d, frame& f, std::string id) {
    check_output out;
    out.decl = &d;
    out.id = std::move(id);
    std::vector<std::string>* outer_notes = notes_;
    notes_ = &out.notes;
    at_exit restore{[this, outer_notes] { notes_ = outer_notes; }};
    const expr& body = *d.body;
    if (body.kind != expr_kind::binary || body.op != binary_op::eq) {
        explained x = eval_traced(body, f, out.left_figures);
        std::string source = one_line(
            std::string_view(d.owner->source).substr(body.where.offset, body.where.length));
        if (x.v.kind() == value_kind::nothing) {
            // The condition cannot be decided (a table the input lacks): not a
            // discrepancy of the document, and its notes say why.
            out.status = check_status::not_computable;
            out.explanation = source + " = 空";
            return out;
        }
        bool holds = boolean_of(x, body);
        out.status = holds ? check_status::exact : check_status::mismatch;
        // A condition reads best as written, with its outcome: 有表(输入, 类别) = 假.
        out.explanation = source + " = " + (holds ? "真" : "假");
        return out;
    }
    explained l = eval_traced(*body.args[0], f, out.left_figures);
    explained r = eval_traced(*body.args[1], f, out.right_figures);
    out.explanation = l.shown + " = " + r.shown;
    if (l.v.kind() == value_kind::nothing || r.v.kind() == value_kind::nothing) {
        out.status = check_status::not_computable;
        return out;
    }
    quantity lq = number_of(l, *body.args[0], "核对的左边", "the left side");
    quantity rq = number_of(r, *body.args[1], "核对的右边", "the right side");
    compare(lq, rq, body); // reports a unit mismatch
    decimal rv = p_.units->convert(rq.value, rq.unit, lq.unit);
    out.left = lq.value;
    out.right = rv;
    out.difference = lq.value - rv;
    decimal gap = out.difference->sign() < 0 ? -*out.difference : *out.difference;
    if (d.infer_tolerance) {
        derived_tolerance t =
            infer_tolerance(unique_figures({&out.left_figures, &out.right_figures}));
        out.tolerance = t.value;
        out.tolerance_reason = std::move(t.reason);
    } else if (d.tolerance) {
        explained t = eval_untraced(*d.tolerance, f);
        out.tolerance = number_of(t, *d.tolerance, "容差", "the tolerance").value;
        std::string shown = t.shown;
        std::string v = out.tolerance->to_fraction_string();
        if (shown != v && !shown.ends_with("= " + v)) {
            shown += " = " + v;
        }
        out.tolerance_reason = {"规则给定：容差 " + shown, "given by the rule: tolerance " + shown};
    } else {
        out.tolerance_reason = {"规则未给容差，须完全相等",
                                "the rule gives no tolerance: the sides must be equal"};
    }
    out.status = gap.is_zero()                              ? check_status::exact
                 : (out.tolerance && gap <= *out.tolerance) ? check_status::rounding
                                                            : check_status::mismatch;
    // Each side lists its figures once, in reading order.
    out.left_figures = unique_figures({&out.left_figures});
    out.right_figures = unique_figures({&out.right_figures});
    return out;
}

} // namespace jixiao::jx
