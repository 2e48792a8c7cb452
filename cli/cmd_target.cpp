// jixiao target: reads target or actual-value strings and prints what each
// means, one JSON object per text (JSON Lines) or a table.
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/find_pack.hpp"
#include "cli/report_errors.hpp"
#include "pack/pack.hpp"
#include "target/target_json.hpp"
#include "text/table.hpp"
#include "units/unit_registry.hpp"

#include <iostream>
#include <string>
#include <vector>

namespace jixiao::cli {
namespace {

struct target_options {
    target_context context;
    std::string category; // read as the pack's 读法 says
    std::string pack = "national-selfeval";
    bool table = false;
    lang language = lang::zh;
    std::vector<std::string> texts;
    bool from_stdin = false;
};

const char* target_usage =
    "用法 / usage: jixiao target [--reading 上限|下限|时效 | --category 二级指标 [--pack DIR]] "
    "[--actual] [--format json|table] [--lang zh|en] [--] TEXT...";

bool parse_options(std::span<const std::string_view> args, target_options& o) {
    auto parsed =
        parse_args(args, "target", target_usage,
                   {{"--actual", false},
                    {"--category"},
                    {"--pack"},
                    {"--reading", true, {"上限", "下限", "时效", "upper", "lower", "timely"}},
                    {"--format", true, {"json", "table"}}},
                   0, static_cast<std::size_t>(-1));
    if (!parsed) {
        return false;
    }
    o.context.actual = parsed->has("--actual");
    o.category = parsed->value("--category");
    o.pack = parsed->value("--pack", o.pack);
    if (parsed->has("--reading")) {
        o.context.reading = *reading_named(parsed->value("--reading"));
    }
    o.table = parsed->value("--format") == "table";
    o.language = parsed->language();
    o.texts = parsed->plain();
    o.from_stdin = o.texts.empty();
    return true;
}

std::string kind_label(const std::string& kind, lang l) {
    if (l == lang::en) {
        return kind;
    }
    static const std::pair<const char*, const char*> names[] = {
        {"comparison", "比较"},  {"duration", "时长"}, {"range", "区间"}, {"deadline", "期限"},
        {"qualitative", "定性"}, {"quantity", "数量"}, {"tier", "等级"},
    };
    for (const auto& [en, zh] : names) {
        if (kind == en) {
            return zh;
        }
    }
    return kind;
}

// One table row of a parsed target.
std::vector<std::string> table_row(const nlohmann::ordered_json& j, lang l) {
    auto get = [&](const char* k) {
        return j.contains(k) && j[k].is_string() ? j[k].get<std::string>() : std::string();
    };
    std::string value = get("value");
    std::string unit = get("unit");
    if (j.contains("low")) {
        value =
            j["low"]["value"].get<std::string>() + " – " + j["high"]["value"].get<std::string>();
        unit = j["low"]["unit"].is_string() ? j["low"]["unit"].get<std::string>() : "";
    }
    if (j.contains("date")) {
        value = (j.contains("from") ? get("from") + " – " : std::string()) + get("date");
    }
    if (j.contains("text")) {
        value = get("text");
    }
    if (j.contains("tier")) {
        value = get("phrase");
    }
    std::string notes;
    for (const auto& w : j["warnings"]) {
        notes += (notes.empty() ? "" : "；") + w.get<std::string>();
    }
    return {get("input"), kind_label(get("kind"), l), get("op"), value, unit, notes};
}

// The reading a pack gives a category: its 读法(二级指标). The policy (成本指标
// is an upper bound …) is the pack's; the command line only asks it.
bare_reading reading_of(const std::string& category, const std::string& pack_name) {
    std::filesystem::path dir = pack_name;
    if (pack_name.find('/') != std::string::npos && !std::filesystem::exists(dir / "pack.json")) {
        throw diagnostic_error(
            diagnose(severity::error, {"「" + pack_name + "」不是规则包文件夹（没有 pack.json）",
                                       "'" + pack_name + "' is not a pack folder (no pack.json)"}));
    }
    if (!std::filesystem::exists(dir / "pack.json")) {
        std::vector<std::string> searched;
        auto found = find_pack(pack_name, searched);
        if (!found) {
            std::string places;
            for (const auto& p : searched) {
                places += "\n  " + p;
            }
            throw diagnostic_error(diagnose(
                severity::error, {"找不到规则包「" + pack_name +
                                      "」（--category 按它的 读法 理解）；已查找：" + places,
                                  "cannot find the pack '" + pack_name +
                                      "' (--category is read by its 读法); searched:" + places}));
        }
        dir = *found;
    }
    loaded_pack pack = load_pack(dir, unit_registry::standard());
    const jx::program& p = pack.program;
    for (std::uint32_t i = 0; i < p.functions.size(); ++i) {
        const jx::declaration& f = *p.functions[i];
        if (f.name != "读法" || f.superseded || f.params.size() != 1) {
            continue;
        }
        jx::evaluator ev(p, nullptr);
        jx::value v = ev.call(i, {jx::value::text(category)}).v;
        const std::string* name = v.text_if();
        if (auto r = name ? reading_named(*name) : std::nullopt) {
            return *r;
        }
        throw diagnostic_error(
            diagnose(severity::error,
                     {"规则包的 读法(「" + category + "」) 不是 上限、下限 或 时效",
                      "the pack's 读法('" + category + "') is not 上限, 下限 or 时效"},
                     pack.manifest.name));
    }
    throw diagnostic_error(
        diagnose(severity::error,
                 {"规则包「" + pack.manifest.name + "」没有 函数 读法(二级指标)",
                  "the pack '" + pack.manifest.name + "' has no fn 读法(二级指标) (reading)"},
                 pack.manifest.name));
}

} // namespace

int run_target(std::span<const std::string_view> args) {
    target_options o;
    if (!parse_options(args, o)) {
        return exit_bad_input;
    }
    if (o.from_stdin) {
        for (std::string line; std::getline(std::cin, line);) {
            if (!line.empty() && line.back() == '\r') {
                line.pop_back();
            }
            o.texts.push_back(line);
        }
    }
    if (!o.category.empty()) {
        int code = with_diagnostics(o.language, [&] {
            o.context.reading = reading_of(o.category, o.pack);
            return exit_ok;
        });
        if (code != exit_ok) {
            return code;
        }
    }
    const unit_registry& units = unit_registry::standard();
    bool zh = o.language == lang::zh;
    text_table table({zh ? "指标值" : "input", zh ? "类型" : "kind", zh ? "比较" : "op",
                      zh ? "数值" : "value", zh ? "单位" : "unit", zh ? "说明" : "notes"});
    int status = exit_ok;
    std::size_t line_no = 0;
    for (const auto& text : o.texts) {
        ++line_no;
        std::string file = o.from_stdin ? "<stdin>" : "input";
        try {
            target t = parse_target(text, o.context, units, file);
            auto j = to_json(t, units, o.language);
            if (o.table) {
                table.add(table_row(j, o.language));
            } else {
                std::cout << j.dump() << "\n";
            }
        } catch (const diagnostic_error& e) {
            diagnostic d = e.diag();
            if (o.from_stdin) {
                d.line = line_no; // each stdin line is parsed alone
            }
            std::cerr << render(d, o.language);
            status = exit_bad_input;
            if (o.table) {
                table.add({text, zh ? "错误" : "error", "", "", "", d.text.in(o.language)});
            } else {
                nlohmann::ordered_json j;
                j["input"] = text;
                j["kind"] = "error";
                j["error"] = d.text.in(o.language);
                j["column"] = d.column;
                std::cout << j.dump() << "\n";
            }
        }
    }
    if (o.table) {
        std::cout << table.render();
    }
    return status;
}

} // namespace jixiao::cli
