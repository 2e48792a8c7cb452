// The command-line side of batch runs (jixiao eval/check --jsonl): the input
// (a file or stdin), an output that appears whole or not at all, a progress
// line on a terminal, and the summary line.
#pragma once

#include "batch/batch.hpp"
#include "diag/diagnostic.hpp"

#include <fstream>
#include <memory>
#include <optional>
#include <span>
#include <string>

namespace jixiao::cli {

struct batch_cli_options {
    std::string input;  // a path, or "-" for stdin
    std::string output; // a path, or empty for stdout
    unsigned jobs = 0;  // 0: every core
    lang language = lang::zh;
};

// Runs `work` over the input and writes the output: to a temporary file
// beside --output, renamed into place only when the run completes. Prints the
// summary on stderr. Returns the exit code: 0, 1 when `discrepancy` says a
// record found one, 65 when a record was an error or the input could not be
// read.
// `on_record` (optional) sees every record in input order, in the writer's thread.
// `remark`, if given, adds to the summary line on stderr what only the command
// knows (eval: how many indicators were reused).
int run_batch_command(const char* command, const batch_cli_options& options, const batch_work& work,
                      const std::function<void(batch_record&, std::string_view)>& on_record = {},
                      const std::function<std::string(lang)>& remark = {});

// One output line for a record that could not be processed: its line number,
// the column in the line when known, and the message.
batch_record error_record(std::uint64_t line, const diagnostic& d, lang l);

// The record for a line with nothing on it (a blank line is not a document).
std::optional<batch_record> blank_line_record(std::string_view text, std::uint64_t line, lang l);

// The arguments of a command that applies a pack to documents (eval, check):
// --pack DIR, one DOC.json or --jsonl IN [--output OUT] [--jobs N],
// --format json|table|html, --lang zh|en.
struct pack_command {
    std::string pack_dir;
    std::string doc_path;
    std::string format = "json";
    lang language = lang::zh;
    std::string sheet;       // --sheet: one sheet of a workbook
    std::string summary;     // --summary OUT.html|OUT.json: the reviewer's view (eval)
    std::string review_pack; // --review-pack DIR (default: selfeval-review)
    std::string xlsx_output; // --format xlsx --output OUT.xlsx (eval)
    std::optional<batch_cli_options> batch; // set by --jsonl, --output or --jobs
};

// Parses args into `out`. Returns nullopt when the command can go on, else
// the exit code after printing why not (and `usage`). Without
// `pack_required`, a single document may come without --pack (the command
// then chooses the pack from the document).
std::optional<int> parse_pack_command(std::span<const std::string_view> args, const char* command,
                                      const char* usage, pack_command& out,
                                      bool pack_required = true);

// Parses --jobs N; nullopt after printing why not.
std::optional<unsigned> parse_jobs(std::string_view text, const char* command);

} // namespace jixiao::cli
