// jixiao: the command line. Dispatches to one file per subcommand.
#include "cli/commands.hpp"
#include "stdlib/version.hpp"

#include <exception>
#include <iostream>
#include <string>
#include <vector>

namespace {

const char* usage = R"(jixiao — 绩效目标与自评规则语言

用法 / usage:
  jixiao target [--reading 上限|下限|时效 | --category 二级指标 [--pack DIR]] [--actual]
                [--format json|table] [--lang zh|en] [--] TEXT...
      读取指标值（或实际完成值）并逐条输出其含义；不给 TEXT 时逐行读取标准输入。
      Reads targets (or actual values) and prints what each means; without TEXT, reads stdin lines.
  jixiao run [--pack DIR] FILE.jx [--input DOC.json] [--format json|table] [--lang zh|en]
      计算规则文件中的每条规则，并说明每个数的来历；给 --pack 时文件扩展该规则包（可省略 FILE，运行规则包本身）。
      Evaluates a rule file and explains every value it produces; with --pack, the file extends
      the pack (without FILE, the pack itself runs), to show a pack's intermediate rules.
  jixiao eval --pack DIR DOC.json [--format json|table|html] [--lang zh|en]
      用规则包对一个项目的自评文档评分，输出自评表。
      Scores one project's self-evaluation document with a rule pack.
  jixiao check --pack DIR DOC.json [--format json|table|html] [--lang zh|en]
      用规则包核对一份预算或决算公开文档：合计与明细、表与表、说明与表格是否一致。
      Reconciles a budget disclosure: totals with parts, tables with tables, prose with tables.
  jixiao import FILE.txt [--output DOC.json] [--format json|table] [--lang zh|en]
      读取公开的预算或决算文本，按标准表目录认出各表，输出 check 所用的公开文档。
      Reads a published disclosure's text into the document `check` takes.
  jixiao template [--from DOC.json|DIR] --output 自评表.xlsx
      写出供单位填写的自评表工作簿：空白，或预填文档中的指标与指标值（如 import --selfeval 写出的）。
      Writes the 自评表 workbook for a unit to fill in: blank, or with the targets of documents.
  jixiao test PACK [--lang zh|en]
      运行规则包自带的测试用例，输出「N passed, N failed」。
      Runs the pack's own test cases and prints "N passed, N failed".
  jixiao lock PACK [--check] [--lang zh|en]
      锁定规则包及其依赖：记录版本和每个文件的 SHA-256（PACK/pack.lock.json）；此后文件不符即拒绝运行。
      Pins a pack and its dependencies (versions, SHA-256 of every file); --check only verifies.
      锁同时记录 jixiao 版本与标准库各文件的 SHA-256：换了 jixiao 或标准库，锁定的规则包拒绝运行。
      The lock also pins the jixiao version and the standard library's files.
  jixiao --version
      打印版本。Prints the version.
  jixiao fmt FILE.jx [--check] [--lang zh|en]
      按规范格式输出规则文件（--lang 转换关键字）；--check 不规范时退出码为 1。
      Prints the file in canonical layout (--lang converts keywords); --check exits 1 if not canonical.
)";

} // namespace

int main(int argc, char** argv) {
    // The command line uses iostreams only; unsynchronized, std::cin reads in
    // blocks, which batch runs from stdin need.
    std::ios::sync_with_stdio(false);
    // Untied: a batch run reads std::cin on its reader thread while the writer
    // thread writes std::cout; a tied std::cin would flush std::cout from the
    // reader, a data race that once doubled a newline in 20,000 records.
    std::cin.tie(nullptr);
    std::vector<std::string_view> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        std::cout << usage;
        return args.empty() ? jixiao::cli::exit_bad_input : jixiao::cli::exit_ok;
    }
    if (args[0] == "--version" || args[0] == "-V" || args[0] == "version") {
        std::cout << "jixiao " << jixiao::jixiao_version() << "\n";
        return jixiao::cli::exit_ok;
    }
    try {
        std::string_view command = args[0];
        std::span<const std::string_view> rest(args.data() + 1, args.size() - 1);
        if (command == "target") {
            return jixiao::cli::run_target(rest);
        }
        if (command == "run") {
            return jixiao::cli::run_run(rest);
        }
        if (command == "fmt") {
            return jixiao::cli::run_fmt(rest);
        }
        if (command == "eval") {
            return jixiao::cli::run_eval(rest);
        }
        if (command == "template") {
            return jixiao::cli::run_template(rest);
        }
        if (command == "import") {
            return jixiao::cli::run_import(rest);
        }
        if (command == "check") {
            return jixiao::cli::run_check(rest);
        }
        if (command == "test") {
            return jixiao::cli::run_test(rest);
        }
        if (command == "lock") {
            return jixiao::cli::run_lock(rest);
        }
        std::cerr << "jixiao: 未知的子命令「" << command << "」/ unknown command '" << command
                  << "'\n"
                  << usage;
        return jixiao::cli::exit_bad_input;
    } catch (const std::exception& e) {
        std::cerr << "jixiao: 内部错误 / internal error: " << e.what() << "\n";
        return jixiao::cli::exit_internal;
    }
}
