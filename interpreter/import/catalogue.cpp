#include "import/catalogue.hpp"

#include "diag/diagnostic.hpp"
#include "import/embedded_catalogues.hpp"

#include <nlohmann/json.hpp>

namespace jixiao::import {
namespace {

[[noreturn]] void bad(const std::string& source, const std::string& what_zh,
                      const std::string& what_en) {
    throw diagnostic_error(diagnose(
        severity::error,
        {"表目录 " + source + "：" + what_zh, "table catalogue " + source + ": " + what_en},
        source));
}

std::vector<std::string> strings(const nlohmann::json& j, const char* key,
                                 const std::string& source, bool required = false) {
    std::vector<std::string> out;
    auto it = j.find(key);
    if (it == j.end()) {
        if (required) {
            bad(source, std::string("缺少「") + key + "」",
                std::string("'") + key + "' is missing");
        }
        return out;
    }
    if (!it->is_array()) {
        bad(source, std::string("「") + key + "」应为文本的数组",
            std::string("'") + key + "' must be an array of texts");
    }
    for (const auto& s : *it) {
        if (!s.is_string() || s.get<std::string>().empty()) {
            bad(source, std::string("「") + key + "」应为非空文本的数组",
                std::string("'") + key + "' must be an array of non-empty texts");
        }
        out.push_back(s.get<std::string>());
    }
    return out;
}

std::string text(const nlohmann::json& j, const char* key, const std::string& source) {
    auto it = j.find(key);
    if (it == j.end() || !it->is_string() || it->get<std::string>().empty()) {
        bad(source, std::string("「") + key + "」应为非空文本",
            std::string("'") + key + "' must be a non-empty text");
    }
    return it->get<std::string>();
}

} // namespace

catalogue parse_catalogue(std::string_view json, std::string source) {
    nlohmann::json j = nlohmann::json::parse(json, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        bad(source, "不是 JSON 对象", "not a JSON object");
    }
    catalogue c;
    c.source = source;
    c.type = text(j, "类型", source);
    c.pack = text(j, "规则包", source);
    c.number_prefixes = strings(j, "编号", source);
    auto tables = j.find("表");
    if (tables == j.end() || !tables->is_array() || tables->empty()) {
        bad(source, "「表」应为非空数组", "'表' must be a non-empty array");
    }
    for (const auto& t : *tables) {
        if (!t.is_object()) {
            bad(source, "「表」的每一项应为对象", "each item of '表' must be an object");
        }
        table_kind k;
        k.category = text(t, "类别", source);
        k.number = text(t, "编号", source);
        k.titles = strings(t, "标题", source, true);
        if (auto two = t.find("两侧"); two != t.end()) {
            if (!two->is_boolean()) {
                bad(source, "「两侧」应为 true 或 false", "'两侧' must be true or false");
            }
            k.two_sided = two->get<bool>();
        }
        if (auto parts = t.find("分节"); parts != t.end()) {
            if (!parts->is_array()) {
                bad(source, "「分节」应为数组", "'分节' must be an array");
            }
            for (const auto& part : *parts) {
                if (!part.is_object()) {
                    bad(source, "「分节」的每一项应为对象",
                        "each item of '分节' must be an object");
                }
                table_kind section;
                section.category = text(part, "类别", source);
                section.number = text(part, "编号", source);
                section.titles = {text(part, "标题", source)};
                if (auto n = part.find("数量"); n != part.end()) {
                    section.counts = n->is_boolean() && n->get<bool>();
                }
                k.sections.push_back(std::move(section));
            }
        }
        c.tables.push_back(std::move(k));
    }
    auto words = j.find("表头");
    if (words == j.end() || !words->is_object()) {
        bad(source, "缺少「表头」对象", "the '表头' object is missing");
    }
    header_words& w = c.words;
    w.code_columns = strings(*words, "科目编码列", source, true);
    w.name_columns = strings(*words, "名称列", source, true);
    w.text_columns = strings(*words, "文本列", source);
    w.column_number_rows = strings(*words, "栏次行", source);
    w.sides = strings(*words, "侧", source);
    w.total_columns = strings(*words, "合计列", source);
    w.subtotal_rows = strings(*words, "合计行", source);
    w.total_rows = strings(*words, "总计行", source);
    w.no_data = strings(*words, "无数据", source);
    w.not_applicable = strings(*words, "不适用", source);
    w.unit_name_labels = strings(*words, "单位名称", source);
    w.amount_unit_labels = strings(*words, "金额单位", source);
    w.organization_endings = strings(*words, "单位行结尾", source);
    auto prose = j.find("说明");
    if (prose == j.end() || !prose->is_object()) {
        bad(source, "缺少「说明」对象", "the '说明' object is missing");
    }
    prose_words& p = c.prose;
    p.start = strings(*prose, "开始", source, true);
    p.end = strings(*prose, "结束", source, true);
    p.connectors = strings(*prose, "连接词", source);
    p.name_suffixes = strings(*prose, "名称后缀", source);
    p.unlinked_words = strings(*prose, "不对应", source);
    auto optional_text = [&](const nlohmann::json& o, const char* key) {
        auto it = o.find(key);
        if (it == o.end()) {
            return std::string();
        }
        if (!it->is_string()) {
            bad(source, std::string("「") + key + "」应为文本",
                std::string("'") + key + "' must be a text");
        }
        return it->get<std::string>();
    };
    if (auto sections = prose->find("节"); sections != prose->end()) {
        if (!sections->is_array()) {
            bad(source, "「说明.节」应为数组", "'说明.节' must be an array");
        }
        for (const auto& s : *sections) {
            if (!s.is_object()) {
                bad(source, "「说明.节」的每一项应为对象",
                    "each item of '说明.节' must be an object");
            }
            p.sections.push_back({strings(s, "关键词", source, true), text(s, "表", source),
                                  optional_text(s, "侧")});
        }
    }
    if (auto phrases = prose->find("短语"); phrases != prose->end()) {
        if (!phrases->is_array()) {
            bad(source, "「说明.短语」应为数组", "'说明.短语' must be an array");
        }
        for (const auto& s : *phrases) {
            if (!s.is_object()) {
                bad(source, "「说明.短语」的每一项应为对象",
                    "each item of '说明.短语' must be an object");
            }
            phrase_rule r;
            r.phrases = strings(s, "短语", source, true);
            r.table = text(s, "表", source);
            r.row = optional_text(s, "行");
            r.column = optional_text(s, "列");
            r.side = optional_text(s, "侧");
            r.unit = optional_text(s, "单位");
            r.method = optional_text(s, "计算");
            r.sections = strings(s, "节", source);
            if (!r.method.empty() && r.method != "行数") {
                bad(source, "「计算」只能是「行数」", "'计算' can only be '行数'");
            }
            p.phrases.push_back(std::move(r));
        }
    }
    if (auto forms = j.find("绩效目标表"); forms != j.end()) {
        if (!forms->is_object()) {
            bad(source, "「绩效目标表」应为对象", "'绩效目标表' must be an object");
        }
        form_words& f = c.forms;
        f.titles = strings(*forms, "标题", source, true);
        f.name = strings(*forms, "项目名称", source, true);
        f.department = strings(*forms, "主管部门", source);
        f.unit = strings(*forms, "实施单位", source);
        f.period_total = strings(*forms, "实施期资金总额", source);
        f.year_total = strings(*forms, "年度资金总额", source);
        f.funds = strings(*forms, "资金", source);
        f.grid = strings(*forms, "绩效指标", source, true);
        f.end = strings(*forms, "结束", source);
        f.level1 = strings(*forms, "一级指标", source, true);
        f.level2 = strings(*forms, "二级指标", source, true);
    }
    return c;
}

const std::vector<catalogue>& standard_catalogues() {
    static const std::vector<catalogue> all = [] {
        std::vector<catalogue> out;
        for (const auto& f : embedded_catalogues()) {
            out.push_back(parse_catalogue(f.text, "rules/" + std::string(f.name)));
        }
        return out;
    }();
    return all;
}

} // namespace jixiao::import
