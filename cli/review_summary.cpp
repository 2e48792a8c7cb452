#include "cli/review_summary.hpp"

#include "cli/find_pack.hpp"
#include "review/summary.hpp"
#include "units/unit_registry.hpp"

#include <atomic>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <unistd.h>

namespace jixiao::cli {
namespace {

namespace fs = std::filesystem;

loaded_pack load_review(const pack_command& cmd) {
    fs::path dir = cmd.review_pack;
    if (dir.empty()) {
        std::vector<std::string> searched;
        auto found = find_pack("selfeval-review", searched);
        if (!found) {
            std::string places;
            for (const auto& s : searched) {
                places += "\n  " + s;
            }
            throw diagnostic_error(diagnose(
                severity::error,
                {"找不到复核规则包 selfeval-review（用 --review-pack 指定）；找过：" + places,
                 "the review pack selfeval-review was not found (name one with --review-pack); "
                 "looked in:" +
                     places}));
        }
        dir = *found;
    }
    return load_pack(dir, unit_registry::standard());
}

// Written beside and renamed: a reader never sees half a file.
bool write_whole(const fs::path& path, const std::string& text) {
    fs::path temp = path;
    temp += ".tmp-" + std::to_string(::getpid());
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out << text;
        if (!out.flush()) {
            std::error_code ec;
            fs::remove(temp, ec);
            return false;
        }
    }
    std::error_code ec;
    fs::rename(temp, path, ec);
    if (ec) {
        fs::remove(temp, ec);
        return false;
    }
    return true;
}

std::string page_name(const project_digest& d) {
    return d.sheet.empty() ? "line-" + std::to_string(d.line) + ".html"
                           : "sheet-" + std::to_string(d.line) + ".html";
}

} // namespace

review_summary_run::review_summary_run(const pack_command& cmd, const loaded_pack& scoring)
    : path_(cmd.summary), language_(cmd.language), scoring_(scoring), review_(load_review(cmd)),
      packs_(scoring_.program, review_.program) {
    static std::atomic<std::uint64_t> runs{0};
    id_ = ++runs;
    builder_.take_levels_from_workers();
}

level_map& review_summary_run::levels_of_this_thread() const {
    thread_local std::uint64_t owner = 0; // the run this thread's map belongs to
    thread_local level_map* mine = nullptr;
    if (owner != id_) {
        std::lock_guard<std::mutex> lock(levels_mutex_);
        levels_.push_back(std::make_unique<level_map>());
        mine = levels_.back().get();
        owner = id_;
    }
    return *mine;
}

project_digest review_summary_run::digest(selfeval_report report, const json_value& doc,
                                          std::string source) const {
    project_digest d = digest_project(std::move(report), doc, packs_);
    // Each thread keeps up to 100,000 levels; the summary shows the first
    // 1,000 in key order of all of them (deterministic below that bound).
    add_levels(levels_of_this_thread(), d, 100000);
    d.source = std::move(source);
    return d;
}

void review_summary_run::add(batch_record& r, std::string_view line) {
    if (auto* d = std::any_cast<project_digest>(&r.attachment)) {
        builder_.add(std::move(*d), line);
    } else if (auto* e = std::any_cast<std::pair<std::uint64_t, std::string>>(&r.attachment)) {
        builder_.add_error(e->first, {}, std::move(e->second));
    }
}

bool review_summary_run::write(const std::function<std::string(const project_digest&)>& page) {
    {
        std::lock_guard<std::mutex> lock(levels_mutex_);
        std::vector<const level_map*> parts;
        for (const auto& m : levels_) {
            parts.push_back(m.get());
        }
        builder_.merge_levels(parts);
    }
    fs::path summary(path_);
    bool html = summary.extension() == ".html";
    if (summary.has_parent_path()) {
        std::error_code ec;
        fs::create_directories(summary.parent_path(), ec);
    }
    fs::path folder = summary;
    folder.replace_extension();
    folder += "-projects";
    std::string folder_name = folder.filename().string();
    project_link link;
    if (html) {
        std::error_code ec;
        fs::create_directories(folder, ec);
        for (const project_digest* d : builder_.named_projects()) {
            if (!write_whole(folder / page_name(*d), page(*d))) {
                std::cerr << "jixiao eval: 无法写入 / cannot write " << (folder / page_name(*d))
                          << "\n";
                return false;
            }
        }
        link = [&](const project_digest& d) { return folder_name + "/" + page_name(d); };
    }
    std::string text = html ? summary_html(builder_, language_, link)
                            : summary_json(builder_, link).dump(2) + "\n";
    if (!write_whole(summary, text)) {
        std::cerr << "jixiao eval: 无法写入 / cannot write " << path_ << "\n";
        return false;
    }
    return true;
}

} // namespace jixiao::cli
