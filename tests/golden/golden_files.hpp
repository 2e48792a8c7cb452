// Helpers shared by golden-file tests: find the inputs of an area, compare
// the produced text with NAME.expected, rewrite it on request.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace jixiao::golden {

std::string source_dir();
bool exists(const std::string& path);
std::string read(const std::string& path);
void write(const std::string& path, const std::string& text);

// Paths of tests/golden/<area>/*<ext>, sorted.
std::vector<std::string> inputs(const std::string& area, const std::string& ext);

// Runs `produce` on the input file's text and compares with the file's
// .expected sibling; with JIXIAO_UPDATE_GOLDEN=1 writes it instead.
void check(const std::string& input_path,
           const std::function<std::string(const std::string&)>& produce);

// A GoogleTest-safe name from a path's stem.
std::string test_name(const testing::TestParamInfo<std::string>& info);

} // namespace jixiao::golden
