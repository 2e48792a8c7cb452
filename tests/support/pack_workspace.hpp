// A test's own folder with a copy of the national pack in it, for tests that
// write packs over it (扩展 national-selfeval) and load them; removed after the
// test. Named after the test, so tests running at once never share one.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace jixiao::testing_support {

class PackWorkspace : public testing::Test {
  protected:
    void SetUp() override {
        const auto* test = testing::UnitTest::GetInstance()->current_test_info();
        root_ = std::filesystem::temp_directory_path() /
                ("jixiao-" + std::string(test->test_suite_name()) + "-" + test->name());
        std::filesystem::remove_all(root_);
        std::filesystem::create_directories(root_);
        std::filesystem::copy(std::filesystem::path(JIXIAO_SOURCE_DIR) / "rules/national-selfeval",
                              root_ / "national-selfeval",
                              std::filesystem::copy_options::recursive);
    }
    void TearDown() override { std::filesystem::remove_all(root_); }

    // Writes `text` to `rel` (a path under the workspace, folders made).
    void write(const std::string& rel, const std::string& text) {
        std::filesystem::create_directories((root_ / std::filesystem::u8path(rel)).parent_path());
        std::ofstream(root_ / std::filesystem::u8path(rel)) << text;
    }

    std::filesystem::path root_;
};

} // namespace jixiao::testing_support
