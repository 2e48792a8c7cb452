// The examples of docs/language.md and docs/stdlib.md are tests: each ```jx block is run and
// the ```text block after it must be exactly what it prints (the table of
// `jixiao run --format table`, or the diagnostics in Chinese).
// JIXIAO_UPDATE_GOLDEN=1 rewrites the text blocks after a deliberate change.
#include "document/json_value.hpp"
#include "golden/golden_files.hpp"
#include "lang/driver.hpp"
#include "lang/render.hpp"
#include "units/unit_registry.hpp"

#include <cstdlib>
#include <optional>
#include <sstream>

namespace jixiao {
namespace {

struct block {
    std::string lang;
    std::size_t first_line; // of the content
    std::size_t begin;      // byte offset of the content
    std::size_t end;
};

std::vector<block> fenced_blocks(const std::string& md) {
    std::vector<block> out;
    std::size_t pos = 0;
    std::size_t line = 1;
    while (true) {
        std::size_t open = md.find("\n```", pos);
        if (open == std::string::npos) {
            break;
        }
        line += static_cast<std::size_t>(
            std::count(md.begin() + static_cast<std::ptrdiff_t>(pos),
                       md.begin() + static_cast<std::ptrdiff_t>(open) + 1, '\n'));
        std::size_t lang_end = md.find('\n', open + 4);
        block b;
        b.lang = md.substr(open + 4, lang_end - open - 4);
        b.begin = lang_end + 1;
        b.first_line = line + 1;
        std::size_t close = md.find("\n```", lang_end);
        b.end = close == std::string::npos ? md.size() : close + 1;
        out.push_back(b);
        line += static_cast<std::size_t>(
            std::count(md.begin() + static_cast<std::ptrdiff_t>(open) + 1,
                       md.begin() + static_cast<std::ptrdiff_t>(b.end), '\n'));
        pos = b.end + 3;
    }
    return out;
}

// A ```json block right before an example is its input document.
std::string run_example(const std::string& source, const std::string& input_text) {
    try {
        std::optional<json_value> input;
        if (!input_text.empty()) {
            input = parse_json(input_text, "docs.json");
        }
        jx::program p = jx::load_program({{"docs.jx", source}}, unit_registry::standard());
        jx::evaluator ev(p, input ? &*input : nullptr);
        jx::run_result r = jx::run_all(p, ev);
        std::string out = jx::to_table(p, r, lang::zh);
        for (const auto& w : p.warnings) {
            out += render(w, lang::zh);
        }
        return out;
    } catch (const diagnostic_error& e) {
        return render(e.diag(), lang::zh);
    } catch (const jx::analysis_error& e) {
        std::string out;
        for (const auto& d : e.errors()) {
            out += render(d, lang::zh);
        }
        return out;
    }
}

class DocExamples : public testing::TestWithParam<std::string> {};

TEST_P(DocExamples, EveryExampleRunsAsDocumented) {
    std::string path = golden::source_dir() + "/docs/" + GetParam();
    std::string md = golden::read(path);
    std::vector<block> blocks = fenced_blocks(md);
    std::string updated = md;
    std::ptrdiff_t shift = 0;
    int examples = 0;
    for (std::size_t i = 0; i + 1 < blocks.size(); ++i) {
        if (blocks[i].lang != "jx" || blocks[i + 1].lang != "text") {
            continue;
        }
        ++examples;
        std::string source = md.substr(blocks[i].begin, blocks[i].end - blocks[i].begin);
        std::string want = md.substr(blocks[i + 1].begin, blocks[i + 1].end - blocks[i + 1].begin);
        std::string input;
        if (i > 0 && blocks[i - 1].lang == "json") {
            input = md.substr(blocks[i - 1].begin, blocks[i - 1].end - blocks[i - 1].begin);
        }
        std::string got = run_example(source, input);
        const char* update = std::getenv("JIXIAO_UPDATE_GOLDEN");
        if (update != nullptr && std::string(update) == "1") {
            updated.replace(
                static_cast<std::size_t>(static_cast<std::ptrdiff_t>(blocks[i + 1].begin) + shift),
                want.size(), got);
            shift +=
                static_cast<std::ptrdiff_t>(got.size()) - static_cast<std::ptrdiff_t>(want.size());
            continue;
        }
        EXPECT_EQ(got, want) << "docs/" << GetParam() << " example at line "
                             << blocks[i].first_line;
    }
    EXPECT_GE(examples, 5);
    const char* update = std::getenv("JIXIAO_UPDATE_GOLDEN");
    if (update != nullptr && std::string(update) == "1") {
        golden::write(path, updated);
    }
}

INSTANTIATE_TEST_SUITE_P(Docs, DocExamples, testing::Values("language.md", "stdlib.md"),
                         [](const testing::TestParamInfo<std::string>& info) {
                             return info.param == "language.md" ? std::string("language")
                                                                : std::string("stdlib");
                         });

} // namespace
} // namespace jixiao
