#include "review/batch_summary.hpp"

#include <algorithm>

namespace jixiao {
namespace {

void count_grade(grade_counts& g, const std::string& grade) {
    if (grade.empty()) {
        ++g.none;
    } else {
        ++g.by_grade[grade];
    }
}

// The bin of a total: [0,10) … [90,100), and 100 and above (a total may
// exceed 100 when a pack's weights do); below 0 counts in the first.
std::size_t bin_of(const decimal& total) {
    for (std::size_t b = 1; b <= 10; ++b) {
        if (total < decimal::from_int(static_cast<std::int64_t>(b * 10))) {
            return b - 1;
        }
    }
    return 10;
}

// The cause of an indicator no one could score: its message with what it
// quotes left out (「…」), so "unknown unit 「分钟」" and "「个·工作日」" are one
// cause, and without the pack position at its end.
std::string cause_of(const std::string& message) {
    std::string out;
    std::size_t i = 0;
    const std::string open = "「";
    const std::string close = "」";
    while (i < message.size()) {
        if (message.compare(i, open.size(), open) == 0) {
            std::size_t end = message.find(close, i + open.size());
            if (end != std::string::npos) {
                out += "「…」";
                i = end + close.size();
                continue;
            }
        }
        out += message[i++];
    }
    if (std::size_t at = out.rfind(" ("); at != std::string::npos && out.back() == ')') {
        out.erase(at);
    }
    return out;
}

} // namespace

void add_levels(level_map& into, const project_digest& d, std::size_t cap) {
    // Indicators come grouped by 一级 (and mostly by 二级): the level of the
    // one before is tried first, so most indicators cost no map search.
    struct last {
        std::string_view l1, l2;
        level_map::iterator at;
        bool valid = false;
    };
    last whole;
    last part;
    auto level = [&](last& cache, std::string_view l1, std::string_view l2) -> level_totals* {
        if (cache.valid && cache.l1 == l1 && cache.l2 == l2) {
            return &cache.at->second;
        }
        auto it = into.find(std::pair<std::string_view, std::string_view>(l1, l2));
        if (it == into.end()) {
            if (into.size() >= cap) {
                return nullptr;
            }
            it = into.try_emplace({std::string(l1), std::string(l2)}).first;
        }
        cache = {l1, l2, it, true};
        return &it->second;
    };
    for (const indicator_digest& s : d.indicators) {
        if (!s.weight || !(s.formula || s.filed)) {
            continue;
        }
        auto add = [&](level_totals* t) {
            if (t == nullptr) {
                return;
            }
            ++t->indicators;
            if (s.formula) {
                t->weight = t->weight + *s.weight;
                t->formula = t->formula + *s.formula;
            }
            if (s.filed) {
                t->filed_weight = t->filed_weight + *s.weight;
                t->filed = t->filed + *s.filed;
            }
        };
        add(level(whole, s.level1, std::string_view())); // the whole 一级
        // a blank 二级 is a level of its own, never the whole 一级
        add(level(part, s.level1, s.level2.empty() ? std::string_view("（未填）") : s.level2));
    }
}

void batch_summary_builder::merge_levels(const std::vector<const level_map*>& partials) {
    // Sums are exact, so the order of the parts does not matter; of more
    // levels than the limit, the first in key order are kept, whichever
    // thread saw them.
    level_map all;
    for (const level_map* part : partials) {
        for (const auto& [key, t] : *part) {
            level_totals& into = all[key];
            into.indicators += t.indicators;
            into.weight = into.weight + t.weight;
            into.formula = into.formula + t.formula;
            into.filed_weight = into.filed_weight + t.filed_weight;
            into.filed = into.filed + t.filed;
        }
    }
    levels_.clear();
    for (auto& [key, t] : all) {
        if (levels_.size() >= limits_.names) {
            break;
        }
        levels_.emplace(key, t);
    }
}

void batch_summary_builder::hold(std::uint64_t key, const project_digest& d) {
    auto [it, added] = named_.try_emplace(key, 0, project_digest{});
    if (added) {
        it->second.second = d;
        if (!source_.empty()) {
            it->second.second.source = std::string(source_);
        }
    }
    ++it->second.first;
}

void batch_summary_builder::release(std::uint64_t key) {
    auto it = named_.find(key);
    if (it != named_.end() && --it->second.first == 0) {
        named_.erase(it);
    }
}

// Keeps the `top` largest gaps (above: filed − formula most positive; below:
// most negative); an equal gap keeps the earlier project.
void batch_summary_builder::keep_gap(std::vector<gap_entry>& heap, gap_entry e, bool above,
                                     const project_digest& d) {
    // "a before b" in the list shown: larger (or more negative) gap, then earlier.
    auto before = [above](const gap_entry& a, const gap_entry& b) {
        if (a.gap != b.gap) {
            return above ? b.gap < a.gap : a.gap < b.gap;
        }
        return a.key < b.key;
    };
    if (heap.size() < limits_.top) {
        heap.push_back(e);
        std::push_heap(heap.begin(), heap.end(), before); // the heap's front: the last shown
        hold(e.key, d);
        return;
    }
    if (limits_.top == 0 || !before(e, heap.front())) {
        return;
    }
    std::pop_heap(heap.begin(), heap.end(), before);
    release(heap.back().key);
    heap.back() = e;
    std::push_heap(heap.begin(), heap.end(), before);
    hold(e.key, d);
}

void batch_summary_builder::add(project_digest d, std::string_view source) {
    source_ = source;
    std::uint64_t key = records_++;
    ++scored_;
    count_grade(report_grades_, d.grade);
    count_grade(formula_grades_, d.formula_grade);
    count_grade(filed_grades_, d.filed_grade);
    if (d.formula_total) {
        ++formula_hist_[bin_of(*d.formula_total)];
    }
    if (d.filed_total) {
        ++filed_hist_[bin_of(*d.filed_total)];
    }
    if (d.formula_total && d.filed_total) {
        decimal gap = *d.filed_total - *d.formula_total;
        if (decimal() < gap) {
            keep_gap(above_, {key, gap}, true, d);
        } else if (gap < decimal()) {
            keep_gap(below_, {key, gap}, false, d);
        }
    }
    // A mark counts once per project; the pack's order is kept.
    for (std::size_t i = 1; i < d.marks.size();) {
        if (std::find(d.marks.begin(), d.marks.begin() + static_cast<std::ptrdiff_t>(i),
                      d.marks[i]) != d.marks.begin() + static_cast<std::ptrdiff_t>(i)) {
            d.marks.erase(d.marks.begin() + static_cast<std::ptrdiff_t>(i));
        } else {
            ++i;
        }
    }
    for (const auto& m : d.marks) {
        auto it = marks_.find(m);
        if (it == marks_.end() && marks_.size() >= limits_.categories) {
            it = marks_.try_emplace("（其他）").first;
        } else if (it == marks_.end()) {
            it = marks_.try_emplace(m).first;
        }
        ++it->second.count;
        if (it->second.examples.size() < limits_.examples) {
            it->second.examples.push_back(key);
            hold(key, d);
        }
    }
    auto note_indicator = [&](std::map<std::string, indicator_category>& into,
                              const std::string& name, std::size_t i) {
        auto it = into.find(name);
        if (it == into.end()) {
            it = into.try_emplace(into.size() >= limits_.categories ? "（其他）" : name).first;
        }
        ++it->second.count;
        if (it->second.examples.size() < limits_.examples) {
            it->second.examples.emplace_back(key, i);
            hold(key, d);
        }
    };
    for (std::size_t i = 0; i < d.indicators.size(); ++i) {
        const indicator_digest& s = d.indicators[i];
        for (const auto& m : s.marks) {
            note_indicator(indicator_marks_, m, i);
        }
        if (!s.unscored.empty()) {
            note_indicator(unscored_, cause_of(s.unscored), i);
        }
    }
    if (!levels_from_workers_) {
        add_levels(levels_, d, limits_.names);
    }
    if (!d.department.empty()) {
        auto it = departments_.find(d.department);
        if (it == departments_.end() && departments_.size() >= limits_.names) {
            ++other_departments_;
        } else {
            department_totals& t = departments_[d.department];
            ++t.projects;
            if (d.formula_total) {
                ++t.with_formula;
                t.formula = t.formula + *d.formula_total;
            }
            if (d.filed_total) {
                ++t.with_filed;
                t.filed = t.filed + *d.filed_total;
            }
            count_grade(t.formula_grades, d.formula_grade);
            count_grade(t.filed_grades, d.filed_grade);
        }
    }
}

void batch_summary_builder::add_error(std::uint64_t line, std::string sheet, std::string message) {
    ++records_;
    ++errors_;
    if (error_examples_.size() < limits_.examples) {
        error_examples_.push_back({line, std::move(sheet), std::move(message)});
    }
}

std::vector<const gap_entry*> batch_summary_builder::filed_above() const {
    std::vector<const gap_entry*> out;
    for (const auto& e : above_) {
        out.push_back(&e);
    }
    std::sort(out.begin(), out.end(), [](const gap_entry* a, const gap_entry* b) {
        return a->gap != b->gap ? b->gap < a->gap : a->key < b->key;
    });
    return out;
}

std::vector<const gap_entry*> batch_summary_builder::filed_below() const {
    std::vector<const gap_entry*> out;
    for (const auto& e : below_) {
        out.push_back(&e);
    }
    std::sort(out.begin(), out.end(), [](const gap_entry* a, const gap_entry* b) {
        return a->gap != b->gap ? a->gap < b->gap : a->key < b->key;
    });
    return out;
}

std::vector<const project_digest*> batch_summary_builder::named_projects() const {
    std::vector<const project_digest*> out;
    for (const auto& [key, held] : named_) {
        out.push_back(&held.second);
    }
    return out;
}

} // namespace jixiao
