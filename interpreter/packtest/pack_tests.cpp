#include "packtest/pack_tests.hpp"

#include "drive/drive.hpp"
#include "number/decimal_parse.hpp"

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

// The element of `got` (an array of objects) whose "id" is `id`.
const json_value* by_id(const json_array& got, const std::string& id) {
    for (const auto& e : got) {
        const json_value* i = e.find("id");
        if (i != nullptr && i->string() != nullptr && *i->string() == id) {
            return &e;
        }
    }
    return nullptr;
}

// Every part of `want` must be in `got`. An object where the report has an
// array names elements by id (a reconciliation check by its id); array
// positions are shown counted from 1, as a reader counts indicators.
class comparison {
  public:
    comparison(lang l, std::vector<std::string>& diffs) : l_(l), diffs_(diffs) {}

    void compare(const json_value& want, const json_value& got, const std::string& path) {
        if (const json_object* o = want.object()) {
            const json_array* by_ids = got.array();
            if (got.object() == nullptr && by_ids == nullptr) {
                differ(path, l_ == lang::zh ? "一个对象" : "an object", brief(got));
                return;
            }
            for (const auto& [k, v] : *o) {
                if (k.starts_with("$comment")) {
                    continue; // the numbers worked by hand, for the reader
                }
                const json_value* g = by_ids ? by_id(*by_ids, k) : got.find(k);
                std::string p = by_ids ? path + "[" + k + "]" : path.empty() ? k : path + "." + k;
                if (g == nullptr) {
                    diffs_.push_back(p + (l_ == lang::zh ? "：缺少" : ": missing"));
                } else {
                    compare(v, *g, p);
                }
            }
            return;
        }
        if (const json_array* a = want.array()) {
            const json_array* g = got.array();
            if (g == nullptr || g->size() != a->size()) {
                differ(path,
                       l_ == lang::zh ? std::to_string(a->size()) + " 项"
                                      : std::to_string(a->size()) + " items",
                       g ? (l_ == lang::zh ? std::to_string(g->size()) + " 项"
                                           : std::to_string(g->size()) + " items")
                         : brief(got));
                return;
            }
            for (std::size_t i = 0; i < a->size(); ++i) {
                std::string n = std::to_string(i + 1);
                compare((*a)[i], (*g)[i],
                        path + (l_ == lang::zh ? "[第" + n + "项]" : "[#" + n + "]"));
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
            differ(path, brief(want), brief(got));
        }
    }

  private:
    void differ(const std::string& path, const std::string& want, const std::string& got) {
        diffs_.push_back(l_ == lang::zh ? path + "：应为 " + want + "，实为 " + got
                                        : path + ": expected " + want + ", got " + got);
    }

    lang l_;
    std::vector<std::string>& diffs_;
};

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
    // A pack with checks (核对) reconciles disclosure documents; one without
    // scores self-evaluations (docs/packs.md). Made at the first case, so a
    // pack that cannot do its job (no contract, a bad workbook.json) fails
    // each case with the reason.
    std::optional<driver> drive;
    for (const auto& c : cases) {
        pack_test_result r;
        r.name = c.stem().string();
        fs::path expected = c;
        expected.replace_extension(".expected.json");
        try {
            if (!drive) {
                drive.emplace(pack, job_of(pack.program));
            }
            std::string doc_text = read_text(c);
            json_value doc = parse_json(doc_text, c.string());
            std::string actual_text =
                drive->render(drive->run(doc, c.string()), report_format::json, l);
            json_value actual = parse_json(actual_text, "report");
            std::string want_text = read_text(expected);
            json_value want = parse_json(want_text, expected.string());
            comparison(l, r.differences).compare(want, actual, "");
            r.passed = r.differences.empty();
        } catch (const diagnostic_error& e) {
            r.error = render(e.diag(), l);
        }
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace jixiao
