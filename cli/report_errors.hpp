// The one way the command line reports a failed load or run: every
// diagnostic on stderr, rendered in the chosen language, and exit code 65.
#pragma once

#include "cli/commands.hpp"
#include "diag/diagnostic.hpp"
#include "lang/driver.hpp"

#include <iostream>

namespace jixiao::cli {

template <typename Work> int with_diagnostics(lang l, Work&& work) {
    try {
        return work();
    } catch (const diagnostic_error& e) {
        std::cerr << render(e.diag(), l);
    } catch (const jx::analysis_error& e) {
        for (const auto& d : e.errors()) {
            std::cerr << render(d, l);
        }
    }
    return exit_bad_input;
}

} // namespace jixiao::cli
