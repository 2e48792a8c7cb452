#include "cli/review_summary.hpp"

#include "cli/find_pack.hpp"
#include "review/summary.hpp"
#include "units/unit_registry.hpp"

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
      packs_(scoring_.program, review_.program) {}

project_digest review_summary_run::digest(selfeval_report report, const json_value& doc,
                                          std::string source) const {
    project_digest d = digest_project(std::move(report), doc, packs_);
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

bool review_summary_run::write(
    const std::function<std::string(const project_digest&)>& page) const {
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
