#include "golden/golden_files.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace jixiao::golden {

namespace fs = std::filesystem;

std::string source_dir() {
    return JIXIAO_SOURCE_DIR;
}

bool exists(const std::string& path) {
    return fs::exists(path);
}

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void write(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

std::vector<std::string> inputs(const std::string& area, const std::string& ext) {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(source_dir() + "/tests/golden/" + area)) {
        if (e.path().extension() == ext) {
            out.push_back(e.path().string());
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

void check(const std::string& input_path,
           const std::function<std::string(const std::string&)>& produce) {
    std::string expected_path = fs::path(input_path).replace_extension(".expected").string();
    std::string actual = produce(read(input_path));
    const char* update = std::getenv("JIXIAO_UPDATE_GOLDEN");
    if (update != nullptr && std::string(update) == "1") {
        write(expected_path, actual);
        return;
    }
    ASSERT_TRUE(exists(expected_path)) << expected_path << " is missing";
    EXPECT_EQ(actual, read(expected_path)) << "golden file " << expected_path;
}

std::string test_name(const testing::TestParamInfo<std::string>& info) {
    std::string stem = fs::path(info.param).stem().string();
    std::replace_if(
        stem.begin(), stem.end(),
        [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
    return stem;
}

} // namespace jixiao::golden
