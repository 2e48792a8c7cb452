// jixiao test PACK [--lang zh|en]: runs the pack's own test cases and prints
// "N passed, N failed", with the differing values of each failure.
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/report_errors.hpp"
#include "packtest/pack_tests.hpp"
#include "units/unit_registry.hpp"

#include <iostream>

namespace jixiao::cli {

int run_test(std::span<const std::string_view> args) {
    auto parsed =
        parse_args(args, "test", "用法 / usage: jixiao test PACK [--lang zh|en]", {}, 1, 1);
    if (!parsed) {
        return exit_bad_input;
    }
    std::string dir = parsed->plain()[0];
    lang language = parsed->language();
    return with_diagnostics(language, [&] {
        loaded_pack pack = load_pack(dir, unit_registry::standard());
        auto results = run_pack_tests(pack, language);
        int passed = 0;
        int failed = 0;
        for (const auto& r : results) {
            bool zh = language == lang::zh;
            if (r.passed) {
                ++passed;
                std::cout << (zh ? "通过  " : "ok    ") << r.name << "\n";
                continue;
            }
            ++failed;
            std::cout << (zh ? "失败  " : "FAIL  ") << r.name << "\n";
            for (const auto& d : r.differences) {
                std::cout << "      " << d << "\n";
            }
            if (!r.error.empty()) {
                std::cout << r.error;
            }
        }
        std::cout << pack.manifest.name << " " << pack.manifest.version;
        if (language == lang::zh) {
            std::cout << "：通过 " << passed << " 个，失败 " << failed << " 个\n";
        } else {
            std::cout << ": " << passed << " passed, " << failed << " failed\n";
        }
        return failed == 0 && passed > 0 ? exit_ok : exit_discrepancy;
    });
}

} // namespace jixiao::cli
