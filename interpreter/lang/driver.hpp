// The pipeline in a few lines (STYLE.md §1):
//
//   parse_module (parse.cpp)  ->  analyze (resolve_names, check_recursion,
//   check_types, mark_derivations, check_grades, check_unused)  ->  evaluator
//   (evaluate.cpp)  ->  render (render.cpp)
#pragma once

#include "lang/evaluate.hpp"
#include "lang/modules.hpp"
#include "lang/program.hpp"

#include <stdexcept>
#include <string>
#include <vector>

namespace jixiao::jx {

// Analysis found errors; each is a positioned diagnostic.
class analysis_error : public std::runtime_error {
  public:
    explicit analysis_error(std::vector<diagnostic> errors)
        : std::runtime_error("analysis failed"), errors_(std::move(errors)) {}
    const std::vector<diagnostic>& errors() const noexcept { return errors_; }

  private:
    std::vector<diagnostic> errors_;
};

struct source_file {
    std::string name;
    std::string text;
};

// Parses `main` and every module it imports or extends (found through
// `modules`), then analyses them together. Throws diagnostic_error for a
// syntax error or a module that cannot be found, analysis_error otherwise.
program load_program(const source_file& main, const module_source& modules,
                     const unit_registry& units);

// The same, with `main` extending the module `base` (as if its first line were
// 扩展 base, unless it names base itself): a scratch file run in the context
// of a pack sees the pack's definitions without saying so.
program load_program(const source_file& main, const std::string& base, const module_source& modules,
                     const unit_registry& units);

// The same for programs given as text: each file in turn, with only the
// standard library to import from.
program load_program(const std::vector<source_file>& files, const unit_registry& units);

} // namespace jixiao::jx
