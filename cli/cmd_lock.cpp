// jixiao lock PACK [--check] [--lang zh|en]: pins a pack and its dependencies
// (pack/pack_lock.hpp). Without --check it writes PACK/pack.lock.json (whole
// or not at all); with --check it only says whether the files still match.
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/report_errors.hpp"
#include "pack/pack_lock.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>

#include <unistd.h>

namespace jixiao::cli {

namespace {

namespace fs = std::filesystem;

constexpr const char* usage = "用法 / usage: jixiao lock PACK [--check] [--lang zh|en]\n";

} // namespace

int run_lock(std::span<const std::string_view> args) {
    auto parsed = parse_args(args, "lock", usage, {{"--check", false}}, 1, 1);
    if (!parsed) {
        return exit_bad_input;
    }
    std::string dir = parsed->plain()[0];
    bool check = parsed->has("--check");
    lang language = parsed->language();
    bool zh = language == lang::zh;
    return with_diagnostics(language, [&] {
        fs::path lock_path = fs::path(dir) / lock_file_name;
        if (check) {
            if (!fs::exists(lock_path)) {
                std::cerr << lock_path.string()
                          << (zh ? ": 错误: 规则包没有锁文件\n"
                                 : ": error: the pack has no lock\n");
                return exit_bad_input;
            }
            verify_lock(dir);
            std::cout << lock_path.string() << (zh ? "：文件与锁一致\n" : ": the files match\n");
            return exit_ok;
        }
        pack_lock lock = compute_lock(dir);
        fs::path temp = lock_path;
        temp += ".tmp-" + std::to_string(::getpid());
        {
            std::ofstream out(temp, std::ios::binary);
            out << lock_json(lock);
            if (!out.flush()) {
                fs::remove(temp);
                std::cerr << temp.string()
                          << (zh ? ": 错误: 无法写入\n" : ": error: cannot be written\n");
                return exit_bad_input;
            }
        }
        fs::rename(temp, lock_path);
        std::size_t files = 0;
        for (const auto& p : lock.packs) {
            files += p.files.size();
            std::cout << (zh ? "锁定 " : "locked ") << p.name << " " << p.version << " "
                      << p.sha256.substr(0, 12) << " (" << p.files.size()
                      << (zh ? " 个文件)\n" : " files)\n");
        }
        std::cout << lock_path.string() << (zh ? "：" : ": ") << lock.packs.size()
                  << (zh ? " 个规则包，" : " packs, ") << files << (zh ? " 个文件\n" : " files\n");
        return exit_ok;
    });
}

} // namespace jixiao::cli
