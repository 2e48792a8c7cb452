// The pipeline in a few lines (STYLE.md §1):
//
//   parse_module (parse.cpp)  ->  analyze (resolve_names, check_recursion,
//   check_grades, check_unused)  ->  evaluator (evaluate.cpp)  ->  render (render.cpp)
#pragma once

#include "lang/evaluate.hpp"
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

// Parses and analyses `files` (a module list, the extended ones first).
// Throws diagnostic_error for a syntax error, analysis_error otherwise.
program load_program(const std::vector<source_file>& files, const unit_registry& units);

} // namespace jixiao::jx
