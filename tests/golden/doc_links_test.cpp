// The README and docs/ point only at what the repository holds: every doc is
// listed in the README, every top-level folder has a row in its layout table,
// and every path the prose quotes (`docs/…`, `rules/…`, `scripts/…` …) exists.
#include "golden/golden_files.hpp"

#include <filesystem>
#include <regex>
#include <set>

namespace jixiao {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> markdown_files() {
    std::vector<fs::path> out{fs::path(golden::source_dir()) / "README.md"};
    for (const auto& e : fs::directory_iterator(fs::path(golden::source_dir()) / "docs")) {
        if (e.path().extension() == ".md") {
            out.push_back(e.path());
        }
    }
    return out;
}

TEST(DocLinks, EveryDocIsListedInTheReadme) {
    std::string readme = golden::read(golden::source_dir() + "/README.md");
    for (const auto& e : fs::directory_iterator(fs::path(golden::source_dir()) / "docs")) {
        if (e.path().extension() == ".md") {
            EXPECT_NE(readme.find(e.path().filename().string()), std::string::npos)
                << e.path().filename() << " is not listed in the README";
        }
    }
}

TEST(DocLinks, TheLayoutTableHasEveryFolder) {
    std::string readme = golden::read(golden::source_dir() + "/README.md");
    for (const auto& e : fs::directory_iterator(golden::source_dir())) {
        std::string name = e.path().filename().string();
        if (e.is_directory() && !name.starts_with(".") && !name.starts_with("build")) {
            EXPECT_NE(readme.find("| `" + name + "/` |"), std::string::npos)
                << "the README's layout table has no row for " << name << "/";
        }
    }
}

// Every module (a folder of interpreter/) is named in the README's row for
// interpreter/ and drawn in the module graph of docs/architecture.md.
TEST(DocLinks, EveryModuleIsNamedAndDrawn) {
    std::string readme = golden::read(golden::source_dir() + "/README.md");
    std::size_t row = readme.find("| `interpreter/` |");
    ASSERT_NE(row, std::string::npos);
    std::string interpreter_row = readme.substr(row, readme.find('\n', row) - row);
    std::string architecture = golden::read(golden::source_dir() + "/docs/architecture.md");
    std::size_t modules = architecture.find("**Modules.**");
    ASSERT_NE(modules, std::string::npos);
    std::size_t graph_start = architecture.find("```", modules);
    std::size_t graph_end = architecture.find("```", graph_start + 3);
    ASSERT_NE(graph_end, std::string::npos);
    std::string graph = architecture.substr(graph_start, graph_end - graph_start);
    std::size_t count = 0;
    for (const auto& e : fs::directory_iterator(fs::path(golden::source_dir()) / "interpreter")) {
        if (!e.is_directory()) {
            continue;
        }
        std::string name = e.path().filename().string();
        ++count;
        EXPECT_NE(interpreter_row.find("`" + name + "`"), std::string::npos)
            << "the README's row for interpreter/ does not name the module " << name;
        EXPECT_TRUE(std::regex_search(graph, std::regex("(^|[^a-z_])" + name + "([^a-z_]|$)")))
            << "the module graph of docs/architecture.md does not draw " << name;
    }
    EXPECT_GT(count, 15u);
}

TEST(DocLinks, QuotedPathsExist) {
    // `docs/x.md`, `rules/national-selfeval`, `scripts/run-tests.sh` …: a path
    // in backticks that starts with a top-level folder of the repository.
    std::regex quoted("`((?:docs|rules|stdlib|scripts|examples|bench|fuzz|tests|interpreter|cli|"
                      "grammar|cmake)/[^` *]*)`");
    for (const fs::path& md : markdown_files()) {
        std::string text = golden::read(md.string());
        for (std::sregex_iterator it(text.begin(), text.end(), quoted), end; it != end; ++it) {
            std::string path = (*it)[1].str();
            while (!path.empty() && (path.back() == '.' || path.back() == ',')) {
                path.pop_back();
            }
            if (path.find_first_of("{}<>") != std::string::npos) {
                continue; // a pattern (examples/packs/NAME), not a path
            }
            EXPECT_TRUE(fs::exists(fs::path(golden::source_dir()) / fs::u8path(path)))
                << md.filename() << " quotes " << path << ", which the repository does not hold";
        }
    }
}

// A fenced block marked `file=PATH` (```jx file=rules/…/main.jx) is a copy of
// that file, so an example shown whole is the file its tests run.
TEST(DocLinks, BlocksThatQuoteAFileMatchIt) {
    int quoted = 0;
    for (const fs::path& md : markdown_files()) {
        std::string text = golden::read(md.string());
        for (std::size_t at = text.find("```"); at != std::string::npos;
             at = text.find("```", at + 3)) {
            std::size_t eol = text.find('\n', at);
            std::string info = text.substr(at + 3, eol - at - 3);
            std::size_t key = info.find(" file=");
            std::size_t end = text.find("\n```", eol);
            if (key == std::string::npos || end == std::string::npos) {
                continue;
            }
            std::string path = info.substr(key + 6);
            std::string body = text.substr(eol + 1, end - eol);
            EXPECT_EQ(body, golden::read(golden::source_dir() + "/" + path))
                << md.filename() << " quotes " << path << " as it no longer is";
            ++quoted;
            at = end + 1;
        }
    }
    EXPECT_GE(quoted, 1);
}

} // namespace
} // namespace jixiao
