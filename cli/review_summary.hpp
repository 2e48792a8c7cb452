// The reviewer's summary of a batch on the command line (eval --summary):
// the review pack, the digest of each scored record, and at the end the
// summary (HTML or JSON by its extension) with the 自评表 page of every
// project it names, in a folder beside it (SUMMARY-projects/).
#pragma once

#include "batch/batch.hpp"
#include "cli/batch_io.hpp"
#include "pack/pack.hpp"
#include "review/batch_summary.hpp"

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace jixiao::cli {

class review_summary_run {
  public:
    // Loads the review pack: --review-pack, else selfeval-review where packs
    // are found (find_pack.hpp). Throws diagnostic_error.
    review_summary_run(const pack_command& cmd, const loaded_pack& scoring);

    // Digests one scored record (any thread): attach the result to its batch record.
    project_digest digest(selfeval_report report, const json_value& doc, std::string source) const;
    // Gathers a record (the writer's thread, in input order) with its input
    // line, kept only if the summary names the project.
    void add(batch_record& r, std::string_view line);
    void add(project_digest d) { builder_.add(std::move(d)); }
    void add_error(std::uint64_t line, std::string sheet, std::string message) {
        builder_.add_error(line, std::move(sheet), std::move(message));
    }

    // Writes the summary and the pages of the projects it names; `page`
    // renders a named project's 自评表 from its digest (its source). Returns
    // false after saying why when a file cannot be written.
    bool write(const std::function<std::string(const project_digest&)>& page);

  private:
    std::string path_;
    lang language_;
    const loaded_pack& scoring_;
    loaded_pack review_;
    review_packs packs_;
    batch_summary_builder builder_;
    // The achievement per level, gathered by each worker thread in its own
    // map (it touches every indicator: kept off the writer's thread), merged
    // when the summary is written.
    level_map& levels_of_this_thread() const;
    std::uint64_t id_ = 0;
    mutable std::mutex levels_mutex_;
    mutable std::vector<std::unique_ptr<level_map>> levels_;
};

} // namespace jixiao::cli
