// Every figure of a disclosure document must be in the published text. For
// each document (the imported examples/disclosures/NNN.json and the hand-built
// tests/import/hand-built/NNN.json) and its source in examples/disclosures/
// published/: every amount cell appears on its row's source line
// (原文行), and every claim's quote is on its source line (or runs on into the
// next line, where the PDF broke it) and holds the claim's figure as printed.
#include "document/json_value.hpp"
#include "golden/golden_files.hpp"

#include <filesystem>
#include <sstream>

namespace jixiao {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        out.push_back(line);
    }
    return out;
}

std::string without_commas(std::string s) {
    std::erase(s, ',');
    return s;
}

// 259821.00 as the prose prints it: 259,821.00.
std::string with_thousands(const std::string& plain) {
    std::size_t dot = plain.find('.');
    std::string whole = plain.substr(0, dot);
    std::string out;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0) {
            out += ',';
        }
        out += whole[i];
    }
    return dot == std::string::npos ? out : out + plain.substr(dot);
}

std::size_t line_number(const json_value& v) {
    return static_cast<std::size_t>(std::stoul(v.number()->to_string()));
}

class DisclosureSource : public testing::TestWithParam<std::string> {};

TEST_P(DisclosureSource, EveryFigureIsInThePublishedText) {
    json_value doc = parse_json(golden::read(GetParam()));
    std::string source_path =
        golden::source_dir() + "/examples/disclosures/published/" + *doc.find("来源")->string();
    ASSERT_TRUE(golden::exists(source_path)) << source_path;
    std::vector<std::string> src = lines_of(golden::read(source_path));
    int cells = 0;
    for (const auto& t : *doc.find("表")->array()) {
        for (const auto& row : *t.find("行")->array()) {
            const std::string& line = src.at(line_number(*row.find("原文行")) - 1);
            std::vector<std::string> fields;
            std::istringstream in(line);
            for (std::string f; std::getline(in, f, '\t');) {
                fields.push_back(without_commas(f));
            }
            for (const auto& [column, v] : *row.find("值")->object()) {
                if (v.number() == nullptr) {
                    continue;
                }
                ++cells;
                std::string printed = v.number()->to_string();
                EXPECT_NE(std::find(fields.begin(), fields.end(), printed), fields.end())
                    << *t.find("编号")->string() << " " << column << " " << printed
                    << " is not on line " << line_number(*row.find("原文行"));
            }
        }
    }
    int claims = 0;
    for (const auto& c : *doc.find("说明")->array()) {
        ++claims;
        std::size_t n = line_number(*c.find("原文行"));
        std::string text = src.at(n - 1);
        for (std::size_t k = n; k < src.size() && k < n + 3; ++k) {
            text += src[k]; // a quote the PDF broke over two lines
        }
        const std::string& quote = *c.find("原文")->string();
        std::string printed = c.find("数值")->number()->to_string();
        EXPECT_NE(text.find(quote), std::string::npos)
            << *c.find("标签")->string() << ": the quote is not on line " << n;
        EXPECT_TRUE(quote.find(printed) != std::string::npos ||
                    quote.find(with_thousands(printed)) != std::string::npos)
            << *c.find("标签")->string() << ": " << printed << " is not in the quote";
    }
    EXPECT_GT(cells, 90);
    EXPECT_GT(claims, 50);
}

std::vector<std::string> documents() {
    std::vector<std::string> out;
    for (const char* dir : {"../../examples/disclosures", "../../tests/import/hand-built"}) {
        for (const auto& p : golden::inputs(dir, ".json")) {
            if (p.find(".expected.") == std::string::npos) {
                out.push_back(p);
            }
        }
    }
    return out;
}

INSTANTIATE_TEST_SUITE_P(Examples, DisclosureSource, testing::ValuesIn(documents()),
                         [](const testing::TestParamInfo<std::string>& info) {
                             return "disclosure_" + std::to_string(info.index);
                         });

} // namespace
} // namespace jixiao
