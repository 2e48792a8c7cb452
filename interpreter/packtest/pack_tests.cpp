#include "packtest/pack_tests.hpp"

#include "number/decimal_parse.hpp"
#include "pack/pack_vocabulary.hpp"
#include "selfeval/selfeval.hpp"

#include <algorithm>
#include <fstream>
#include <optional>
#include <sstream>

namespace jixiao {
namespace {

namespace fs = std::filesystem;

std::string read_text(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::optional<decimal> as_number(const json_value& v) {
    if (const decimal* d = v.number()) {
        return *d;
    }
    if (const std::string* s = v.string()) {
        try {
            return parse_decimal(*s);
        } catch (const number_syntax_error&) {
        }
    }
    return std::nullopt;
}

std::string brief(const json_value& v) {
    switch (v.which()) {
    case json_value::kind::null:
        return "null";
    case json_value::kind::boolean:
        return *v.boolean() ? "true" : "false";
    case json_value::kind::number:
        return v.number()->to_string();
    case json_value::kind::string:
        return "\"" + *v.string() + "\"";
    case json_value::kind::array:
        return "[" + std::to_string(v.array()->size()) + " items]";
    case json_value::kind::object:
        return "{…}";
    }
    return "?";
}

// Every part of `want` must be in `got`.
void compare(const json_value& want, const json_value& got, const std::string& path,
             std::vector<std::string>& diffs) {
    if (const json_object* o = want.object()) {
        if (got.object() == nullptr) {
            diffs.push_back(path + ": expected an object, got " + brief(got));
            return;
        }
        for (const auto& [k, v] : *o) {
            if (k.starts_with("$comment")) {
                continue; // the numbers worked by hand, for the reader
            }
            const json_value* g = got.find(k);
            std::string p = path.empty() ? k : path + "." + k;
            if (g == nullptr) {
                diffs.push_back(p + ": missing");
            } else {
                compare(v, *g, p, diffs);
            }
        }
        return;
    }
    if (const json_array* a = want.array()) {
        const json_array* g = got.array();
        if (g == nullptr || g->size() != a->size()) {
            diffs.push_back(path + ": expected " + std::to_string(a->size()) + " items, got " +
                            brief(got));
            return;
        }
        for (std::size_t i = 0; i < a->size(); ++i) {
            compare((*a)[i], (*g)[i], path + "[" + std::to_string(i) + "]", diffs);
        }
        return;
    }
    auto wn = as_number(want);
    auto gn = as_number(got);
    bool same = wn && gn ? *wn == *gn
                         : (want.which() == got.which() &&
                            (want.string()    ? *want.string() == *got.string()
                             : want.boolean() ? *want.boolean() == *got.boolean()
                                              : true));
    if (!same) {
        diffs.push_back(path + ": expected " + brief(want) + ", got " + brief(got));
    }
}

} // namespace

std::vector<pack_test_result> run_pack_tests(const loaded_pack& pack, lang l) {
    std::vector<fs::path> cases;
    fs::path dir = pack.dir / "tests";
    if (fs::is_directory(dir)) {
        for (const auto& e : fs::directory_iterator(dir)) {
            std::string name = e.path().filename().string();
            if (e.path().extension() == ".json" && name.find(".expected.") == std::string::npos) {
                cases.push_back(e.path());
            }
        }
    }
    std::sort(cases.begin(), cases.end());
    std::vector<pack_test_result> out;
    std::optional<selfeval_canonicalizer> canonical;
    for (const auto& c : cases) {
        pack_test_result r;
        r.name = c.stem().string();
        fs::path expected = c;
        expected.replace_extension(".expected.json");
        try {
            std::string doc_text = read_text(c);
            json_value doc = parse_json(doc_text, c.string());
            if (!canonical) {
                canonical.emplace(pack_vocabulary(pack)); // a bad workbook.json fails each case
            }
            selfeval_report report = evaluate_selfeval(pack.program, doc, *canonical);
            std::string actual_text = to_json(report, l).dump();
            json_value actual = parse_json(actual_text, "report");
            std::string want_text = read_text(expected);
            json_value want = parse_json(want_text, expected.string());
            compare(want, actual, "", r.differences);
            r.passed = r.differences.empty();
        } catch (const diagnostic_error& e) {
            r.error = render(e.diag(), l);
        }
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace jixiao
