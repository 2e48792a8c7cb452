#include "cli/batch_io.hpp"

#include "cli/args.hpp"
#include "cli/commands.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include <charconv>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <thread>
#include <unistd.h>

namespace jixiao::cli {

namespace {

namespace fs = std::filesystem;

// Times are shown, never computed with: whole milliseconds, printed as 1.23.
std::uint64_t millis(std::chrono::steady_clock::duration d) {
    return static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::milliseconds>(d).count());
}

std::string seconds(std::uint64_t ms) {
    std::string centis = std::to_string(ms % 1000 / 10);
    return std::to_string(ms / 1000) + "." + (centis.size() < 2 ? "0" : "") + centis;
}

std::uint64_t per_second(std::uint64_t records, std::uint64_t ms) {
    return ms == 0 ? 0 : records * 1000 / ms;
}

// "已处理 12000 条（8000 条/秒），约剩 3 秒" on one line, redrawn in place.
void show_progress(const batch_progress& p, std::uintmax_t total_bytes,
                   std::chrono::steady_clock::time_point start, lang l) {
    std::uint64_t ms = millis(std::chrono::steady_clock::now() - start);
    std::string rate = std::to_string(per_second(p.records, ms));
    std::string line = l == lang::zh
                           ? "\r已处理 " + std::to_string(p.records) + " 条（" + rate + " 条/秒）"
                           : "\r" + std::to_string(p.records) + " records (" + rate + " records/s)";
    if (total_bytes > 0 && p.bytes > 0 && p.bytes <= total_bytes) {
        std::uint64_t left = ms * (total_bytes - p.bytes) / p.bytes;
        line += l == lang::zh ? "，约剩 " + seconds(left) + " 秒"
                              : ", about " + seconds(left) + " s left";
    }
    std::cerr << line << "\x1b[K" << std::flush;
}

} // namespace

batch_record error_record(std::uint64_t line, const diagnostic& d, lang l) {
    nlohmann::ordered_json j;
    j["line"] = line;
    j["column"] =
        d.column == 0 ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(d.column);
    j["error"] = d.text.in(l);
    return {j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace), true, {}, {}};
}

std::optional<batch_record> blank_line_record(std::string_view text, std::uint64_t line, lang l) {
    for (char c : text) {
        if (c != ' ' && c != '\t' && c != '\r') {
            return std::nullopt;
        }
    }
    nlohmann::ordered_json j;
    j["line"] = line;
    j["column"] = nullptr;
    j["error"] = l == lang::zh ? "空行：这一行没有文档" : "blank line: there is no document on it";
    return batch_record{j.dump(), true, {}, {}};
}

std::optional<int> parse_pack_command(std::span<const std::string_view> args, const char* command,
                                      const char* usage, pack_command& out, bool pack_required) {
    bool eval = std::string_view(command) == "eval";
    std::vector<std::string_view> formats{"json", "table", "html"};
    if (eval) {
        formats.push_back("xlsx");
    }
    std::optional<parsed_args> parsed = eval ? parse_args(args, command, usage,
                                                          {{"--pack"},
                                                           {"--format", true, formats},
                                                           {"--sheet"},
                                                           {"--summary"},
                                                           {"--review-pack"},
                                                           {"--jsonl"},
                                                           {"--output"},
                                                           {"--jobs"}},
                                                          0, 1)
                                             : parse_args(args, command, usage,
                                                          {{"--pack"},
                                                           {"--format", true, formats},
                                                           {"--sheet"},
                                                           {"--jsonl"},
                                                           {"--output"},
                                                           {"--jobs"}},
                                                          0, 1);
    if (!parsed) {
        return exit_bad_input;
    }
    // What the command set before (eval's default pack) stands unless given.
    out.pack_dir = parsed->value("--pack", out.pack_dir);
    out.format = parsed->value("--format", out.format);
    out.language = parsed->language();
    out.sheet = parsed->value("--sheet", out.sheet);
    out.review_pack = parsed->value("--review-pack", out.review_pack);
    if (parsed->has("--summary")) {
        std::string v = parsed->value("--summary");
        if (!v.ends_with(".html") && !v.ends_with(".json")) {
            std::cerr << "jixiao " << command
                      << ": --summary 须以 .html 或 .json 结尾 / must end in .html or .json\n";
            return exit_bad_input;
        }
        out.summary = v;
    }
    if (parsed->has("--jsonl") || parsed->has("--output") || parsed->has("--jobs")) {
        batch_cli_options& b = out.batch.emplace();
        b.input = parsed->value("--jsonl");
        b.output = parsed->value("--output");
        if (parsed->has("--jobs")) {
            auto jobs = parse_jobs(parsed->value("--jobs"), command);
            if (!jobs) {
                return exit_bad_input;
            }
            b.jobs = *jobs;
        }
    }
    if (!parsed->plain().empty()) {
        out.doc_path = parsed->plain()[0];
    }
    // --format xlsx writes one workbook: --output names it, and is no batch.
    if (out.format == "xlsx" && out.batch && out.batch->input.empty()) {
        out.xlsx_output = out.batch->output;
        out.batch.reset();
        if (out.xlsx_output.empty()) {
            std::cerr << "jixiao " << command
                      << ": --format xlsx 需要 --output OUT.xlsx / needs --output OUT.xlsx\n";
            return exit_bad_input;
        }
    }
    bool ok = out.batch ? !out.pack_dir.empty() && !out.batch->input.empty() && out.doc_path.empty()
                        : (!out.pack_dir.empty() || !pack_required) && !out.doc_path.empty();
    if (!ok) {
        std::cerr << usage;
        return exit_bad_input;
    }
    if (out.batch) {
        out.batch->language = out.language;
        // A batch writes JSON Lines; a table or a page per record is not what it makes.
        if (out.format != "json") {
            std::cerr << "jixiao " << command << ": --jsonl 的输出是 JSON Lines，不接受 --format "
                      << out.format
                      << "；全批的汇总用 --summary OUT.html / a batch writes JSON Lines and takes "
                         "no --format "
                      << out.format << "; for a view of the whole batch use --summary OUT.html\n";
            return exit_bad_input;
        }
    }
    if (!out.summary.empty() && !out.batch &&
        !(out.doc_path.ends_with(".xlsx") || out.doc_path.ends_with(".XLSX"))) {
        std::cerr << "jixiao " << command
                  << ": --summary 用于批量（--jsonl 或多张工作表的工作簿） / --summary is for a "
                     "batch (--jsonl or a workbook of several sheets)\n";
        return exit_bad_input;
    }
    return std::nullopt;
}

std::optional<unsigned> parse_jobs(std::string_view text, const char* command) {
    unsigned n = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (ec != std::errc{} || end != text.data() + text.size() || n == 0 || n > 1024) {
        std::cerr << "jixiao " << command << ": --jobs 须为 1 到 1024 的整数 / must be a whole "
                  << "number from 1 to 1024, got '" << text << "'\n";
        return std::nullopt;
    }
    return n;
}

int run_batch_command(const char* command, const batch_cli_options& options, const batch_work& work,
                      const std::function<void(batch_record&, std::string_view)>& on_record,
                      const std::function<std::string(lang)>& remark) {
    std::ifstream file;
    std::istream* in = &std::cin;
    std::uintmax_t total_bytes = 0;
    if (options.input != "-") {
        file.open(options.input, std::ios::binary);
        if (!file) {
            std::cerr << "jixiao " << command << ": 无法读取 / cannot read " << options.input
                      << "\n";
            return exit_bad_input;
        }
        std::error_code ec;
        total_bytes = fs::file_size(options.input, ec);
        in = &file;
    }
    std::ofstream out_file;
    std::ostream* out = &std::cout;
    fs::path temp;
    if (!options.output.empty()) {
        // Written beside the target and renamed at the end: a reader never sees half a file.
        fs::path target(options.output);
        temp = target;
        temp += ".tmp-" + std::to_string(::getpid());
        out_file.open(temp, std::ios::binary | std::ios::trunc);
        if (!out_file) {
            std::cerr << "jixiao " << command << ": 无法写入 / cannot write " << temp.string()
                      << "\n";
            return exit_bad_input;
        }
        out = &out_file;
    }
    batch_options bo;
    bo.jobs = options.jobs != 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    bo.on_record = on_record;
    auto start = std::chrono::steady_clock::now();
    bool terminal = ::isatty(2) != 0;
    if (terminal) {
        bo.on_progress = [&](const batch_progress& p) {
            show_progress(p, total_bytes, start, options.language);
        };
    }
    batch_summary s = run_batch(*in, *out, work, bo);
    if (terminal) {
        std::cerr << "\r\x1b[K";
    }
    if (!options.output.empty()) {
        out_file.close();
        std::error_code ec;
        if (!out_file || (fs::rename(temp, options.output, ec), ec)) {
            std::cerr << "jixiao " << command << ": 无法写入 / cannot write " << options.output
                      << "\n";
            fs::remove(temp, ec);
            return exit_bad_input;
        }
    }
    std::uint64_t t = millis(s.elapsed);
    std::uint64_t rate = per_second(s.records, t);
    std::string tallies_zh, tallies_en;
    // Grades from best to worst, statuses from agreeing to failing; anything else after.
    static const std::vector<std::string> order{
        "优",         "良",    "中",       "差",       "不完整",
        "incomplete", "exact", "rounding", "mismatch", "not_computable",
        "error"};
    std::vector<std::pair<std::string, std::uint64_t>> ordered(s.tallies.begin(), s.tallies.end());
    auto rank = [&](const std::string& k) {
        return static_cast<std::size_t>(std::find(order.begin(), order.end(), k) - order.begin());
    };
    std::stable_sort(ordered.begin(), ordered.end(),
                     [&](const auto& a, const auto& b) { return rank(a.first) < rank(b.first); });
    for (const auto& [k, n] : ordered) {
        tallies_zh += "，" + k + " " + std::to_string(n);
        tallies_en += ", " + k + " " + std::to_string(n);
    }
    if (options.language == lang::zh) {
        std::cerr << "jixiao " << command << "：" << s.records << " 条记录，" << s.errors
                  << " 条错误" << tallies_zh << "；用时 " << seconds(t) << " 秒（" << rate
                  << " 条/秒，" << bo.jobs << " 个线程）" << (remark ? remark(lang::zh) : "")
                  << "\n";
    } else {
        std::cerr << "jixiao " << command << ": " << s.records << " records, " << s.errors
                  << " errors" << tallies_en << "; " << seconds(t) << " s (" << rate
                  << " records/s, " << bo.jobs << " threads)" << (remark ? remark(lang::en) : "")
                  << "\n";
    }
    if (s.errors > 0) {
        return exit_bad_input;
    }
    return s.tallies.count("mismatch") != 0 ? exit_discrepancy : exit_ok;
}

} // namespace jixiao::cli
