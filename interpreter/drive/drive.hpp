// The pipeline every command runs, in one place (docs/architecture.md):
//
//   load_pack (pack/: parse + analyse, once)  ->  driver::run (per document:
//   read it as the job reads it, evaluate)  ->  driver::render (JSON, a batch
//   line, a table, a page)
//
// A command reads its arguments, loads a pack, makes a driver for its job and
// hands it documents; what it prints is the driver's rendering. A new command
// over documents is a few lines: the reading, the evaluation and the reports
// are already here.
#pragma once

#include "document/json_value.hpp"
#include "form/canonical_document.hpp"
#include "lang/render.hpp"
#include "pack/pack.hpp"
#include "reconcile/reconcile.hpp"
#include "selfeval/selfeval.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace jixiao {

// What a pack does with a document: score a project's 自评 (the
// self-evaluation contract, docs/packs.md), reconcile a disclosure (its 核对),
// or show the value of every rule and check (jixiao run).
enum class job { selfeval, reconcile, rules };

// The job a pack is for: one with checks (核对) reconciles disclosures, any
// other scores self-evaluations (docs/packs.md).
job job_of(const jx::program& pack);

enum class report_format {
    json,      // the whole report, indented
    json_line, // one line of a batch: {"line": N, …the report…}
    table,     // for a terminal
    html,      // one printable page
};

// "json", "table" or "html" as the command line spells them (its argument
// parser refuses others); anything else reads as json.
report_format format_named(std::string_view name);

// One document's result, whichever the job.
struct outcome {
    std::variant<selfeval_report, reconcile_report, jx::run_result> report;

    // Something could not be computed (an indicator, a check): exit 65 for
    // one document, an error record in a batch.
    bool has_errors() const;
    // What a batch summary counts this document as: the grade of a complete
    // 自评 (不完整 / incomplete otherwise), the worst status of a check.
    std::string tally(lang l) const;
};

class driver {
  public:
    // Everything a job needs of a pack, prepared once for any number of
    // documents (and threads: run and render only read): the
    // self-evaluation contract checked and the canonical form of documents
    // built from the pack's vocabulary. Throws diagnostic_error.
    driver(const loaded_pack& pack, job j);
    // A program that is not a pack (jixiao run on a rule file): rules only.
    explicit driver(const jx::program& program);

    job which() const noexcept { return job_; }
    const jx::program& program() const noexcept { return program_; }
    // The canonical form documents are put in (a self-evaluation only).
    const selfeval_canonicalizer* canonical() const noexcept {
        return canonical_ ? &*canonical_ : nullptr;
    }

    // One document through the job: put into the pack's words and scored, or
    // validated and reconciled, or every rule evaluated. `where` names the
    // document in messages (its path, "line 12"). Throws diagnostic_error for
    // a document the job cannot take at all (not an object, a disclosure of
    // the wrong shape); what goes wrong inside is in the outcome.
    outcome run(json_value& document, std::string_view where) const;
    // A rule file may run without a document (its rules need none).
    outcome run_without_document() const;

    // The outcome as `f`; `line` is the batch line number (json_line only).
    std::string render(const outcome& o, report_format f, lang l, std::uint64_t line = 0) const;

    // How many indicators of the documents run so far were looked up in the
    // cache of indicators scored before, and how many were found there
    // (nullopt without a cache: another job, or the pack's contract reads the
    // document). A batch's summary reports it.
    std::optional<indicator_cache::counts> reuse() const;

  private:
    const jx::program& program_;
    job job_;
    std::optional<selfeval_canonicalizer> canonical_;
    // Indicators scored before, for the documents after (a batch's threads share it).
    std::unique_ptr<indicator_cache> scored_;
};

} // namespace jixiao
