// 指标值 in evaluation: whether an actual value meets a target (满足), and
// reading 指标值 texts into targets, remembered per thread for a batch.
#include "lang/evaluate.hpp"

#include "units/unit_registry.hpp"

#include <algorithm>

namespace jixiao::jx {

bool evaluator::meets(const value& actual, const value& target_v, const expr& at) const {
    const auto* t = std::get_if<std::shared_ptr<const target>>(&target_v.data);
    if (t == nullptr) {
        fail(at, {"「满足」的右边须为指标值", "the right side of 满足 (meets) must be a target"});
    }
    const quantity* a = std::get_if<quantity>(&actual.data);
    const target& tg = **t;
    auto against = [&](const read_quantity& bound) {
        quantity b = bound.q;
        if (bound.unitless) {
            b.unit = a->unit; // "≥4000": the target takes the actual's unit
        }
        return compare(*a, b, at);
    };
    if (const auto* c = std::get_if<comparison_form>(&tg.form)) {
        if (a == nullptr) {
            fail(at, {"指标值 " + tg.input + " 需要数值的实际值",
                      "the target " + tg.input + " needs a numeric actual value"});
        }
        int r = against(c->value);
        switch (c->op) {
        case comparison_op::ge:
            return r >= 0;
        case comparison_op::le:
            return r <= 0;
        case comparison_op::gt:
            return r > 0;
        case comparison_op::lt:
            return r < 0;
        case comparison_op::eq:
            return r == 0;
        }
    }
    if (const auto* r = std::get_if<range_form>(&tg.form)) {
        if (a == nullptr) {
            fail(at, {"指标值 " + tg.input + " 需要数值的实际值",
                      "the target " + tg.input + " needs a numeric actual value"});
        }
        int lo = against(r->low);
        int hi = against(r->high);
        return (r->low_inclusive ? lo >= 0 : lo > 0) && (r->high_inclusive ? hi <= 0 : hi < 0);
    }
    if (const auto* d = std::get_if<deadline_form>(&tg.form)) {
        const auto* done = std::get_if<std::shared_ptr<const target>>(&actual.data);
        const deadline_form* when =
            done == nullptr ? nullptr : std::get_if<deadline_form>(&(*done)->form);
        if (when == nullptr || when->date.year == 0 || when->date.month == 0) {
            fail(at, {"期限指标 " + tg.input + " 需要完成日期（如 2026年10月31日）作为实际值",
                      "the deadline " + tg.input +
                          " needs a completion date such as 2026年10月31日 as the actual value"});
        }
        // A recurring deadline (每年5月底) is compared within the completion's year.
        date_spec due = d->date;
        if (due.year == 0) {
            due.year = when->date.year;
        }
        if (due.month == 0) {
            due.month = when->date.month;
        }
        return when->date <= due;
    }
    fail(at, {"无法判断是否满足指标值 " + tg.input + "（定性指标按档次评分）",
              "cannot decide whether the target " + tg.input +
                  " is met (qualitative targets are scored by tier)"});
}

// What reading the text noticed, named by the text: "指标值「279 人」：比较符「≥」由指标类别推断".
void evaluator::noticed(const target& t, bool actual) {
    for (const message& w : t.warnings) {
        message m{std::string(actual ? "实际完成值「" : "指标值「") + t.input + "」：" + w.zh,
                  std::string(actual ? "实际完成值 '" : "指标值 '") + t.input + "': " + w.en};
        if (std::find_if(readings_->begin(), readings_->end(),
                         [&](const message& x) { return x.zh == m.zh; }) == readings_->end()) {
            readings_->push_back(std::move(m));
        }
    }
}

// 指标值 texts repeat within a document (packs read an indicator's target in
// several functions) and across the documents of a batch ("≥90%", "及时"):
// each thread keeps what it has read, so a batch worker parses each text
// once. Per thread, so no two cores ever touch the same reference counts;
// bounded, so a stream of distinct texts cannot grow it without limit (in
// entries and in the length of each, text/bounded_cache.hpp). Only
// for the standard unit registry, which lives as long as the process.
std::shared_ptr<const target> evaluator::read_target(const std::string& text,
                                                     const target_context& ctx) {
    const unit_registry& units = *p_.units;
    bool shared = &units == &unit_registry::standard();
    thread_local target_cache per_thread(max_cached_targets);
    target_cache& cache = shared ? per_thread : targets_;
    if (const auto* hit = cache.find(target_key_view{text, ctx.reading, ctx.actual})) {
        return *hit;
    }
    auto t = std::make_shared<const target>(parse_target(text, ctx, units));
    cache.remember(target_key{text, ctx.reading, ctx.actual}, t, text.size());
    return t;
}

} // namespace jixiao::jx
