#include "review/summary.hpp"

#include <algorithm>

namespace jixiao {
namespace {

using json = nlohmann::ordered_json;

json exact(const std::optional<decimal>& d) {
    return d ? json(d->to_string()) : json(nullptr);
}

// A mean or a rate for reading: rounded half away from zero (四舍五入) to
// `places`, the only rounding of the summary (the sums beside it are exact).
json rounded(const decimal& sum, std::uint64_t n, int places) {
    if (n == 0) {
        return nullptr;
    }
    return (sum / decimal::from_int(static_cast<std::int64_t>(n)))
        .round(places, rounding_mode::half_up)
        .to_string();
}

json ratio(const decimal& part, const decimal& whole, int places) {
    if (whole.is_zero()) {
        return nullptr;
    }
    return (part / whole).round(places, rounding_mode::half_up).to_string();
}

const std::vector<std::string>& grade_order() {
    static const std::vector<std::string> order{"优", "良", "中", "差"};
    return order;
}

json grades(const grade_counts& g) {
    json out;
    for (const auto& grade : grade_order()) {
        auto it = g.by_grade.find(grade);
        out[grade] = it == g.by_grade.end() ? 0 : it->second;
    }
    for (const auto& [grade, n] : g.by_grade) {
        if (std::find(grade_order().begin(), grade_order().end(), grade) == grade_order().end()) {
            out[grade] = n;
        }
    }
    out["none"] = g.none;
    return out;
}

json project_ref(const project_digest& d, const project_link& link) {
    json j;
    j["line"] = d.line == 0 ? json(nullptr) : json(d.line);
    j["sheet"] = d.sheet.empty() ? json(nullptr) : json(d.sheet);
    j["project"] = d.project;
    j["department"] = d.department.empty() ? json(nullptr) : json(d.department);
    j["budget_rate"] = exact(d.budget_rate);
    j["formula_total"] = exact(d.formula_total);
    j["filed_total"] = exact(d.filed_total);
    j["formula_grade"] = d.formula_grade.empty() ? json(nullptr) : json(d.formula_grade);
    j["filed_grade"] = d.filed_grade.empty() ? json(nullptr) : json(d.filed_grade);
    j["marks"] = d.marks;
    std::string page = link ? link(d) : std::string();
    j["page"] = page.empty() ? json(nullptr) : json(page);
    return j;
}

json gap_list(const batch_summary_builder& s, const std::vector<const gap_entry*>& entries,
              const project_link& link) {
    json out = json::array();
    for (const gap_entry* e : entries) {
        const project_digest& d = s.named(e->key);
        json j = project_ref(d, link);
        j["gap"] = e->gap.to_string();
        json parts = json::array();
        for (const auto& p : gap_parts(d, 5)) {
            json x;
            x["indicator"] = p.name;
            x["filed"] = exact(p.filed);
            x["formula"] = exact(p.formula);
            x["difference"] = p.difference.to_string();
            parts.push_back(std::move(x));
        }
        j["indicators"] = std::move(parts);
        out.push_back(std::move(j));
    }
    return out;
}

json indicator_categories(const batch_summary_builder& s,
                          const std::map<std::string, indicator_category>& from, const char* key,
                          const project_link& link) {
    std::vector<std::pair<std::string, const indicator_category*>> sorted;
    for (const auto& [name, c] : from) {
        sorted.emplace_back(name, &c);
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
        return a.second->count > b.second->count;
    });
    json out = json::array();
    for (const auto& [name, c] : sorted) {
        json j;
        j[key] = name;
        j["count"] = c->count;
        json examples = json::array();
        for (const auto& [project, i] : c->examples) {
            const project_digest& d = s.named(project);
            json x = project_ref(d, link);
            const indicator_digest& ind = d.indicators[i];
            x["indicator"] = ind.name;
            x["level1"] = ind.level1;
            x["level2"] = ind.level2;
            x["target"] = ind.target;
            x["weight"] = exact(ind.weight);
            x["formula_score"] = exact(ind.formula);
            x["filed_score"] = exact(ind.filed);
            if (!ind.unscored.empty()) {
                x["message"] = ind.unscored;
            }
            examples.push_back(std::move(x));
        }
        j["examples"] = std::move(examples);
        out.push_back(std::move(j));
    }
    return out;
}

} // namespace

std::vector<gap_part> gap_parts(const project_digest& d, std::size_t n) {
    std::vector<gap_part> out;
    for (const auto& s : d.indicators) {
        if (s.filed && s.formula && *s.filed != *s.formula) {
            out.push_back({s.name, s.filed, s.formula, *s.filed - *s.formula});
        }
    }
    auto magnitude = [](const decimal& x) { return x.sign() < 0 ? -x : x; };
    std::stable_sort(out.begin(), out.end(), [&](const gap_part& a, const gap_part& b) {
        return magnitude(b.difference) < magnitude(a.difference);
    });
    if (out.size() > n) {
        out.resize(n);
    }
    if (d.budget_filed && d.budget_formula && *d.budget_filed != *d.budget_formula) {
        out.push_back(
            {"预算执行率", d.budget_filed, d.budget_formula, *d.budget_filed - *d.budget_formula});
    }
    return out;
}

json summary_json(const batch_summary_builder& s, const project_link& link) {
    json out;
    out["records"] = s.records();
    out["errors"] = s.errors();
    out["scored"] = s.scored();
    json g;
    g["report"] = grades(s.report_grades());
    g["filed"] = grades(s.filed_grades());
    g["formula"] = grades(s.formula_grades());
    out["grades"] = std::move(g);
    json hist = json::array();
    for (std::size_t b = 0; b < s.formula_histogram().size(); ++b) {
        json bin;
        bin["from"] = std::to_string(b * 10);
        bin["to"] = b + 1 < s.formula_histogram().size() ? json(std::to_string(b * 10 + 10))
                                                         : json(nullptr);
        bin["filed"] = s.filed_histogram()[b];
        bin["formula"] = s.formula_histogram()[b];
        hist.push_back(std::move(bin));
    }
    out["histogram"] = std::move(hist);
    json gaps;
    gaps["filed_above_formula"] = gap_list(s, s.filed_above(), link);
    gaps["filed_below_formula"] = gap_list(s, s.filed_below(), link);
    out["largest_gaps"] = std::move(gaps);
    std::vector<std::pair<std::string, const category*>> marks;
    for (const auto& [name, c] : s.marks()) {
        marks.emplace_back(name, &c);
    }
    std::stable_sort(marks.begin(), marks.end(), [](const auto& a, const auto& b) {
        return a.second->count > b.second->count;
    });
    json project_marks = json::array();
    for (const auto& [name, c] : marks) {
        json j;
        j["mark"] = name;
        j["count"] = c->count;
        json examples = json::array();
        for (std::uint64_t key : c->examples) {
            examples.push_back(project_ref(s.named(key), link));
        }
        j["examples"] = std::move(examples);
        project_marks.push_back(std::move(j));
    }
    out["project_marks"] = std::move(project_marks);
    out["indicator_marks"] = indicator_categories(s, s.indicator_marks(), "mark", link);
    out["unscored_indicators"] = indicator_categories(s, s.unscored(), "cause", link);
    json levels = json::array();
    for (const auto& [names, t] : s.levels()) {
        json j;
        j["level1"] = names.first;
        j["level2"] = names.second.empty() ? json(nullptr) : json(names.second);
        j["indicators"] = t.indicators;
        j["weight"] = t.weight.to_string();
        j["formula_score"] = t.formula.to_string();
        j["formula_achievement"] = ratio(t.formula, t.weight, 4);
        j["filed_weight"] = t.filed_weight.to_string();
        j["filed_score"] = t.filed.to_string();
        j["filed_achievement"] = ratio(t.filed, t.filed_weight, 4);
        levels.push_back(std::move(j));
    }
    out["achievement"] = std::move(levels);
    json departments = json::array();
    for (const auto& [name, t] : s.departments()) {
        json j;
        j["department"] = name;
        j["projects"] = t.projects;
        j["formula_total_mean"] = rounded(t.formula, t.with_formula, 2);
        j["filed_total_mean"] = rounded(t.filed, t.with_filed, 2);
        j["formula_grades"] = grades(t.formula_grades);
        j["filed_grades"] = grades(t.filed_grades);
        departments.push_back(std::move(j));
    }
    out["departments"] = std::move(departments);
    out["other_departments"] = s.other_departments();
    json errors = json::array();
    for (const auto& e : s.error_examples()) {
        json j;
        j["line"] = e.line == 0 ? json(nullptr) : json(e.line);
        j["sheet"] = e.sheet.empty() ? json(nullptr) : json(e.sheet);
        j["error"] = e.message;
        errors.push_back(std::move(j));
    }
    out["error_examples"] = std::move(errors);
    return out;
}

} // namespace jixiao
