#include "reconcile/reconcile.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace jixiao {

namespace {

// 原文行: a line of the source text, 1 to 10⁹ (a document may say anything;
// "原文行": 1e30 once ended check with an internal error).
constexpr std::int64_t max_source_line = 1'000'000'000;

std::optional<std::int64_t> source_line(const json_value* v) {
    if (v == nullptr || v->number() == nullptr || !v->number()->is_integer()) {
        return std::nullopt;
    }
    std::string digits = v->number()->to_string();
    if (digits.empty() || digits.size() > 10 || digits[0] == '-') {
        return std::nullopt;
    }
    std::int64_t n = 0;
    for (char c : digits) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        n = n * 10 + (c - '0');
    }
    if (n < 1 || n > max_source_line) {
        return std::nullopt;
    }
    return n;
}

// ---- the document's shape ----

class shape_checker {
  public:
    explicit shape_checker(std::string_view file) : file_(file) {}

    void document(const json_value& d) {
        const json_object& top = object(d, "文档", "the document");
        (void)top;
        text_field(d, "单位名称", "文档");
        const json_value& kind = text_field(d, "类型", "文档");
        if (*kind.string() != "预算" && *kind.string() != "决算") {
            fail("文档.类型 应为「预算」或「决算」，实际为「" + *kind.string() + "」",
                 "文档.类型 must be 预算 or 决算, got '" + *kind.string() + "'");
        }
        text_field(d, "金额单位", "文档");
        const json_array& tables = array_field(d, "表", "文档");
        std::unordered_set<std::string> categories;
        for (std::size_t i = 0; i < tables.size(); ++i) {
            std::string at = "表[" + std::to_string(i) + "]";
            table(tables[i], at);
            const std::string& c = *tables[i].find("类别")->string();
            if (!categories.insert(c).second) {
                fail(at + ".类别「" + c + "」与前面的表重复", at + ".类别 '" + c + "' repeats");
            }
        }
        const json_array& claims = array_field(d, "说明", "文档");
        std::unordered_set<std::string> labels;
        for (std::size_t i = 0; i < claims.size(); ++i) {
            std::string at = "说明[" + std::to_string(i) + "]";
            object(claims[i], at, at);
            for (const char* f : {"节", "原文", "标签", "单位"}) {
                text_field(claims[i], f, at);
            }
            const json_value* n = claims[i].find("数值");
            if (n == nullptr || n->number() == nullptr) {
                fail(at + ".数值 应为数", at + ".数值 must be a number");
            }
            line_field(claims[i], at);
            const std::string& label = *claims[i].find("标签")->string();
            if (!labels.insert(label).second) {
                fail(at + ".标签「" + label + "」与前面的说明重复",
                     at + ".标签 '" + label + "' repeats");
            }
        }
    }

  private:
    void line_field(const json_value& v, const std::string& at) const {
        const json_value* line = v.find("原文行");
        if (line != nullptr && !line->is_null() && !source_line(line)) {
            fail(at + ".原文行 应为 1 至 10⁹ 的整数（原文的行号）",
                 at + ".原文行 must be a whole number from 1 to 10⁹ (a line of the source text)");
        }
    }

    [[noreturn]] void fail(std::string zh, std::string en) const {
        throw diagnostic_error(diagnose(
            severity::error,
            {"披露文档 " + file_ + "：" + zh, "disclosure document " + file_ + ": " + en}, file_));
    }
    const json_object& object(const json_value& v, const std::string& at, const std::string&) {
        if (v.object() == nullptr) {
            fail(at + " 应为对象", at + " must be an object");
        }
        return *v.object();
    }
    const json_value& text_field(const json_value& v, const char* key, const std::string& at) {
        const json_value* f = v.find(key);
        if (f == nullptr || f->string() == nullptr) {
            fail(at + " 缺少文本字段「" + key + "」", at + " lacks the text field '" + key + "'");
        }
        return *f;
    }
    const json_array& array_field(const json_value& v, const char* key, const std::string& at) {
        const json_value* f = v.find(key);
        if (f == nullptr || f->array() == nullptr) {
            fail(at + " 缺少数组字段「" + key + "」", at + " lacks the array field '" + key + "'");
        }
        return *f->array();
    }

    void table(const json_value& t, const std::string& at) {
        object(t, at, at);
        for (const char* f : {"编号", "名称", "类别"}) {
            text_field(t, f, at);
        }
        std::unordered_map<std::string, std::string> kinds; // 路径 -> 类型
        const json_array& columns = array_field(t, "列", at);
        for (std::size_t i = 0; i < columns.size(); ++i) {
            std::string c_at = at + ".列[" + std::to_string(i) + "]";
            object(columns[i], c_at, c_at);
            const std::string& path = *text_field(columns[i], "路径", c_at).string();
            text_field(columns[i], "名称", c_at);
            const std::string& kind = *text_field(columns[i], "类型", c_at).string();
            if (kind != "金额" && kind != "数量" && kind != "名称" && kind != "文本") {
                fail(c_at + ".类型 应为「金额」「数量」「名称」或「文本」，实际为「" + kind + "」",
                     c_at + ".类型 must be 金额, 数量, 名称 or 文本, got '" + kind + "'");
            }
            if (!kinds.emplace(path, kind).second) {
                fail(c_at + ".路径「" + path + "」重复", c_at + ".路径 '" + path + "' repeats");
            }
        }
        for (std::size_t i = 0; i < columns.size(); ++i) {
            if (const json_value* parent = columns[i].find("上级")) {
                if (parent->string() == nullptr || !kinds.contains(*parent->string())) {
                    std::string c_at = at + ".列[" + std::to_string(i) + "]";
                    fail(c_at + ".上级 应为本表某一列的路径", c_at + ".上级 must be the 路径 of a "
                                                                     "column of this table");
                }
            }
        }
        const json_array& rows = array_field(t, "行", at);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            std::string r_at = at + ".行[" + std::to_string(i) + "]";
            object(rows[i], r_at, r_at);
            if (const json_value* code = rows[i].find("科目编码")) {
                const std::string* s = code->string();
                bool digits = s != nullptr && (s->size() == 3 || s->size() == 5 || s->size() == 7);
                for (std::size_t k = 0; digits && k < s->size(); ++k) {
                    digits = (*s)[k] >= '0' && (*s)[k] <= '9';
                }
                if (!digits) {
                    fail(r_at + ".科目编码 应为 3、5 或 7 位数字的文本",
                         r_at + ".科目编码 must be text of 3, 5 or 7 digits");
                }
            }
            line_field(rows[i], r_at);
            const json_value* values = rows[i].find("值");
            if (values == nullptr || values->object() == nullptr) {
                fail(r_at + " 缺少对象字段「值」", r_at + " lacks the object field '值'");
            }
            for (const auto& [key, v] : *values->object()) {
                auto kind = kinds.find(key);
                if (kind == kinds.end()) {
                    fail(r_at + ".值 的「" + key + "」不是本表的列",
                         r_at + ".值 '" + key + "' is not a column of this table");
                }
                bool amount = kind->second == "金额" || kind->second == "数量";
                if (!v.is_null() && (amount ? v.number() == nullptr : v.string() == nullptr)) {
                    fail(r_at + ".值「" + key + "」应为" + (amount ? "数" : "文本") +
                             "或空白（null）",
                         r_at + ".值 '" + key + "' must be " + (amount ? "a number" : "text") +
                             " or blank (null)");
                }
            }
        }
    }

    std::string file_;
};

// ---- where each figure stands ----

std::string text_of(const json_value& v, const char* key) {
    const json_value* f = v.find(key);
    return f != nullptr && f->string() != nullptr ? *f->string() : std::string();
}

using place_map = std::unordered_map<const json_value*, figure_place>;

// The name a row has on the side of `column`: 科目编码 + 名称 for a coded
// row, else 名称, else the name column of the same side (收入/项目).
std::string row_name(const json_value& table, const json_value& row, const std::string& column) {
    std::string code = text_of(row, "科目编码");
    std::string name = text_of(row, "名称");
    if (!code.empty()) {
        return code + " " + name;
    }
    if (!name.empty()) {
        return name;
    }
    std::string side;
    for (const auto& c : *table.find("列")->array()) {
        if (text_of(c, "路径") == column) {
            side = text_of(c, "侧");
        }
    }
    for (const auto& c : *table.find("列")->array()) {
        if (text_of(c, "类型") == "名称" && text_of(c, "侧") == side) {
            std::string n = text_of(*row.find("值"), text_of(c, "路径").c_str());
            if (!n.empty()) {
                return n;
            }
        }
    }
    return {};
}

place_map locate(const json_value& doc) {
    place_map places;
    for (const auto& t : *doc.find("表")->array()) {
        std::string table = text_of(t, "编号") + " " + text_of(t, "名称");
        for (const auto& row : *t.find("行")->array()) {
            const json_value* line = row.find("原文行");
            for (const auto& [column, v] : *row.find("值")->object()) {
                if (v.number() == nullptr) {
                    continue;
                }
                figure_place p;
                p.figure = v.number()->to_string();
                p.table = table;
                p.row = row_name(t, row, column);
                p.column = column;
                p.line = source_line(line);
                places.emplace(&v, std::move(p));
            }
        }
    }
    for (const auto& c : *doc.find("说明")->array()) {
        const json_value* n = c.find("数值");
        figure_place p;
        p.figure = n->number()->to_string();
        p.section = text_of(c, "节");
        p.quote = text_of(c, "原文");
        p.label = text_of(c, "标签");
        p.line = source_line(c.find("原文行"));
        places.emplace(n, std::move(p));
    }
    return places;
}

std::vector<figure_place> places_of(const jx::figure_list& figures, const place_map& places) {
    std::vector<figure_place> out;
    for (const json_value* f : figures) {
        auto it = places.find(f);
        if (it != places.end()) {
            out.push_back(it->second);
        } else {
            out.push_back({f->number()->to_string(), {}, {}, {}, {}, {}, {}, {}});
        }
    }
    return out;
}

} // namespace

void validate_disclosure(const json_value& document, std::string_view file) {
    shape_checker(file).document(document);
}

namespace {

// The 标签 a reference names ({说明: 标签}), if it is one.
void referenced_labels(const json_value* v, std::vector<std::string>& out) {
    if (v == nullptr) {
        return;
    }
    if (const json_object* o = v->object()) {
        for (const auto& [key, member] : *o) {
            if (key == "说明" && member.string() != nullptr) {
                out.push_back(*member.string());
            } else {
                referenced_labels(&member, out);
            }
        }
    } else if (const json_array* a = v->array()) {
        for (const auto& item : *a) {
            referenced_labels(&item, out);
        }
    }
}

std::vector<figure_place> unlinked_claims(const json_value& document) {
    std::vector<figure_place> out;
    const json_value* claims = document.find("说明");
    if (claims == nullptr || claims->array() == nullptr) {
        return out;
    }
    std::vector<std::string> used;
    for (const auto& c : *claims->array()) {
        referenced_labels(c.find("对应"), used);
        referenced_labels(c.find("计算"), used);
    }
    std::sort(used.begin(), used.end());
    for (const auto& c : *claims->array()) {
        const json_value* target = c.find("对应");
        const json_value* method = c.find("计算");
        std::string label = text_of(c, "标签");
        if ((target != nullptr && !target->is_null()) ||
            (method != nullptr && !method->is_null()) ||
            std::binary_search(used.begin(), used.end(), label)) {
            continue;
        }
        figure_place p;
        if (const json_value* n = c.find("数值"); n != nullptr && n->number() != nullptr) {
            p.figure = n->number()->to_string() + text_of(c, "单位");
        }
        p.section = text_of(c, "节");
        p.quote = text_of(c, "原文");
        p.label = label;
        p.line = source_line(c.find("原文行"));
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace

reconcile_report reconcile(const jx::program& pack, const json_value& document) {
    reconcile_report report;
    report.title = text_of(document, "单位名称");
    if (const json_value* year = document.find("年度"); year != nullptr && year->number()) {
        report.title += " " + year->number()->to_string() + "年";
    }
    report.title += " " + text_of(document, "类型") + "公开";
    place_map places = locate(document);
    jx::evaluator ev(pack, &document);
    for (std::uint32_t i = 0; i < pack.checks.size(); ++i) {
        for (auto& c : ev.checks(i)) {
            reconcile_check r;
            r.id = std::move(c.id);
            r.rule = c.decl->name;
            r.description = c.decl->message;
            r.status = c.status;
            r.left = std::move(c.left);
            r.right = std::move(c.right);
            r.difference = std::move(c.difference);
            r.tolerance = std::move(c.tolerance);
            r.tolerance_reason = std::move(c.tolerance_reason);
            r.explanation = std::move(c.explanation);
            r.notes = std::move(c.notes);
            r.left_places = places_of(c.left_figures, places);
            r.right_places = places_of(c.right_figures, places);
            r.error = std::move(c.error);
            if (r.error) {
                ++report.errors;
            }
            switch (r.status) {
            case jx::check_status::exact:
                ++report.exact;
                break;
            case jx::check_status::rounding:
                ++report.rounding;
                break;
            case jx::check_status::mismatch:
                ++report.mismatch;
                break;
            case jx::check_status::not_computable:
                ++report.not_computable;
                break;
            }
            report.checks.push_back(std::move(r));
        }
    }
    report.unlinked = unlinked_claims(document);
    return report;
}

const char* status_key(jx::check_status s) noexcept {
    switch (s) {
    case jx::check_status::exact:
        return "exact";
    case jx::check_status::rounding:
        return "rounding";
    case jx::check_status::mismatch:
        return "mismatch";
    case jx::check_status::not_computable:
        return "not_computable";
    }
    return "?";
}

const char* status_zh(jx::check_status s) noexcept {
    switch (s) {
    case jx::check_status::exact:
        return "一致";
    case jx::check_status::rounding:
        return "尾差";
    case jx::check_status::mismatch:
        return "不一致";
    case jx::check_status::not_computable:
        return "无法计算";
    }
    return "?";
}

} // namespace jixiao
