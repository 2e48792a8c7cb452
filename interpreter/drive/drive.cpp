#include "drive/drive.hpp"

#include "pack/pack_vocabulary.hpp"

namespace jixiao {

job job_of(const jx::program& pack) {
    return pack.checks.empty() ? job::selfeval : job::reconcile;
}

report_format format_named(std::string_view name) {
    return name == "table"  ? report_format::table
           : name == "html" ? report_format::html
                            : report_format::json;
}

bool outcome::has_errors() const {
    if (const auto* s = std::get_if<selfeval_report>(&report)) {
        return !s->errors.empty();
    }
    if (const auto* r = std::get_if<reconcile_report>(&report)) {
        return r->errors > 0;
    }
    return false; // a rule that fails stops the run (run_all throws)
}

std::string outcome::tally(lang l) const {
    if (const auto* s = std::get_if<selfeval_report>(&report)) {
        return s->complete ? s->grade : (l == lang::zh ? "不完整" : "incomplete");
    }
    if (const auto* r = std::get_if<reconcile_report>(&report)) {
        return r->errors > 0     ? "error"
               : r->mismatch > 0 ? "mismatch"
               : r->rounding > 0 ? "rounding"
                                 : "exact";
    }
    return {};
}

driver::driver(const loaded_pack& pack, job j) : program_(pack.program), job_(j) {
    if (j == job::selfeval) {
        check_selfeval_contract(program_);
        canonical_.emplace(pack_vocabulary(pack)); // a bad workbook.json is refused here
        scored_ = indicator_cache_for(program_);
    }
}

driver::driver(const jx::program& program) : program_(program), job_(job::rules) {}

outcome driver::run(json_value& document, std::string_view where) const {
    switch (job_) {
    case job::selfeval:
        return {evaluate_selfeval(program_, document, *canonical_, scored_.get())};
    case job::reconcile:
        validate_disclosure(document, where);
        return {reconcile(program_, document)};
    case job::rules: {
        jx::evaluator ev(program_, &document);
        return {jx::run_all(program_, ev)};
    }
    }
    return {};
}

outcome driver::run_without_document() const {
    jx::evaluator ev(program_, nullptr);
    return {jx::run_all(program_, ev)};
}

std::string driver::render(const outcome& o, report_format f, lang l, std::uint64_t line) const {
    if (const auto* s = std::get_if<selfeval_report>(&o.report)) {
        switch (f) {
        case report_format::json_line:
            return to_json_line(*s, l, line);
        case report_format::table:
            return to_table(*s, l);
        case report_format::html:
            return to_html(*s, l);
        case report_format::json:
            break;
        }
        return to_json(*s, l).dump(2) + "\n";
    }
    if (const auto* r = std::get_if<reconcile_report>(&o.report)) {
        switch (f) {
        case report_format::json_line: {
            nlohmann::ordered_json j;
            j["line"] = line;
            for (auto& [k, v] : to_json(*r, l).items()) {
                j[k] = std::move(v);
            }
            return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
        }
        case report_format::table:
            return to_table(*r, l);
        case report_format::html:
            return to_html(*r, l);
        case report_format::json:
            break;
        }
        return to_json(*r, l).dump(2) + "\n";
    }
    const auto& run = std::get<jx::run_result>(o.report);
    if (f == report_format::table) {
        return jx::to_table(program_, run, l);
    }
    if (f == report_format::json_line) {
        return jx::to_json(program_, run, l).dump();
    }
    return jx::to_json(program_, run, l).dump(2) + "\n";
}

std::optional<indicator_cache::counts> driver::reuse() const {
    if (!scored_) {
        return std::nullopt;
    }
    return scored_->tally();
}

} // namespace jixiao
