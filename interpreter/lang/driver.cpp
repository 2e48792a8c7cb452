#include "lang/driver.hpp"

#include "lang/parse.hpp"

namespace jixiao::jx {

program load_program(const std::vector<source_file>& files, const unit_registry& units) {
    program p;
    p.units = &units;
    for (const auto& f : files) {
        p.modules.push_back(std::make_unique<module>(parse_module(f.name, f.text, units)));
    }
    std::vector<diagnostic> errors;
    resolve_names(p, errors);
    if (errors.empty()) {
        check_recursion(p, errors);
    }
    check_grades(p, errors);
    if (!errors.empty()) {
        throw analysis_error(std::move(errors));
    }
    check_unused(p);
    return p;
}

} // namespace jixiao::jx
