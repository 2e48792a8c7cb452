#include "xlsx/workbook.hpp"

#include "diag/diagnostic.hpp"
#include "number/decimal_display.hpp"
#include "number/decimal_parse.hpp"
#include "text/utf8.hpp"

#include <pugixml.hpp>
#include <zip.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>

namespace jixiao::xlsx {
namespace {

[[noreturn]] void refuse(const std::string& file, message text) {
    throw diagnostic_error(diagnose(severity::error, std::move(text), file));
}

struct zip_closer {
    void operator()(zip_t* z) const { zip_discard(z); }
};

// One part of the package, bounded (a zip bomb stops at the limit).
std::optional<std::string> part(zip_t* z, const std::string& name, const std::string& file,
                                const workbook_limits& limits) {
    zip_stat_t st;
    if (zip_stat(z, name.c_str(), 0, &st) != 0) {
        return std::nullopt;
    }
    if ((st.valid & ZIP_STAT_SIZE) != 0 && st.size > limits.max_part_bytes) {
        refuse(file, {"工作簿的部件 " + name + " 解压后过大（" + std::to_string(st.size) +
                          " 字节，至多 " + std::to_string(limits.max_part_bytes) + "）",
                      "the workbook's part " + name + " is too large uncompressed (" +
                          std::to_string(st.size) + " bytes, at most " +
                          std::to_string(limits.max_part_bytes) + ")"});
    }
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> f(zip_fopen(z, name.c_str(), 0), zip_fclose);
    if (!f) {
        refuse(file, {"无法读取工作簿的部件 " + name, "cannot read the workbook's part " + name});
    }
    std::string out;
    char buffer[1 << 16];
    while (true) {
        zip_int64_t n = zip_fread(f.get(), buffer, sizeof buffer);
        if (n < 0) {
            refuse(file, {"工作簿的部件 " + name + " 已损坏",
                          "the workbook's part " + name + " is damaged"});
        }
        if (n == 0) {
            break;
        }
        out.append(buffer, static_cast<std::size_t>(n));
        if (out.size() > limits.max_part_bytes) {
            refuse(file, {"工作簿的部件 " + name + " 解压后过大（至多 " +
                              std::to_string(limits.max_part_bytes) + " 字节）",
                          "the workbook's part " + name + " is too large uncompressed (at most " +
                              std::to_string(limits.max_part_bytes) + " bytes)"});
        }
    }
    return out;
}

pugi::xml_document xml(const std::string& text, const std::string& name, const std::string& file) {
    pugi::xml_document doc;
    pugi::xml_parse_result r =
        doc.load_buffer(text.data(), text.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!r) {
        refuse(file, {"工作簿的部件 " + name + " 不是有效的 XML（第 " + std::to_string(r.offset) +
                          " 字节：" + r.description() + "）",
                      "the workbook's part " + name + " is not valid XML (byte " +
                          std::to_string(r.offset) + ": " + r.description() + ")"});
    }
    return doc;
}

// The local name of an element (x:row and row alike).
std::string_view local(const char* name) {
    std::string_view n = name;
    auto colon = n.find(':');
    return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

pugi::xml_node child(pugi::xml_node n, std::string_view name) {
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
        if (local(c.name()) == name) {
            return c;
        }
    }
    return {};
}

// All text under <is> or <si>: plain <t>, or rich runs <r><t>.
std::string inline_text(pugi::xml_node n) {
    std::string out;
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
        std::string_view name = local(c.name());
        if (name == "t") {
            out += c.text().get();
        } else if (name == "r") {
            out += inline_text(c);
        }
    }
    return out;
}

// "B12" → (12, 2).
bool parse_ref(std::string_view ref, std::size_t& row, std::size_t& col) {
    std::size_t i = 0;
    col = 0;
    while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z') {
        col = col * 26 + static_cast<std::size_t>(ref[i] - 'A' + 1);
        if (++i > 3) {
            return false;
        }
    }
    row = 0;
    std::size_t digits = 0;
    while (i < ref.size() && ref[i] >= '0' && ref[i] <= '9') {
        row = row * 10 + static_cast<std::size_t>(ref[i] - '0');
        if (++digits > 7) {
            return false;
        }
        ++i;
    }
    return i == ref.size() && col > 0 && row > 0;
}

// True when a number format shows its value as a percentage: a % outside
// quoted text and not escaped (0.00%, 0%; not "%" or \%).
bool percent_format(std::string_view code) {
    bool quoted = false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        if (code[i] == '"') {
            quoted = !quoted;
        } else if (code[i] == '\\' && !quoted) {
            ++i;
        } else if (code[i] == '%' && !quoted) {
            return true;
        }
    }
    return false;
}

// For each cell style (the s="N" of a cell), whether it shows a percentage:
// built-in formats 9 (0%) and 10 (0.00%), or a custom one with a %.
std::vector<bool> percent_styles(const pugi::xml_document& styles) {
    std::map<unsigned, bool> formats{{9u, true}, {10u, true}};
    for (pugi::xml_node f = child(child(styles.first_child(), "numFmts"), "numFmt"); f;
         f = f.next_sibling()) {
        formats[f.attribute("numFmtId").as_uint()] =
            percent_format(f.attribute("formatCode").value());
    }
    std::vector<bool> out;
    for (pugi::xml_node xf = child(child(styles.first_child(), "cellXfs"), "xf"); xf;
         xf = xf.next_sibling()) {
        auto it = formats.find(xf.attribute("numFmtId").as_uint());
        out.push_back(it != formats.end() && it->second);
    }
    return out;
}

// 0.955 shown as 95.5%: the stored decimal × 100, exactly (digits moved, never
// through double), with the trailing zeros a product leaves dropped.
std::string as_percentage_text(const std::string& stored) {
    try {
        return at_least_places(parse_decimal(stored) * decimal::from_int(100), 0) + "%";
    } catch (const number_syntax_error&) {
        return stored;
    }
}

} // namespace

std::string stored_number(std::string_view s) {
    bool negative = false;
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) {
        negative = s[i] == '-';
        ++i;
    }
    std::string digits;
    long point = 0; // digits before the decimal point
    bool seen_point = false;
    bool any = false;
    for (; i < s.size() && s[i] != 'E' && s[i] != 'e'; ++i) {
        if (s[i] == '.' && !seen_point) {
            seen_point = true;
        } else if (s[i] >= '0' && s[i] <= '9') {
            digits += s[i];
            any = true;
            if (!seen_point) {
                ++point;
            }
        } else {
            return {};
        }
        if (digits.size() > 400) {
            return {};
        }
    }
    if (!any) {
        return {};
    }
    if (i < s.size()) {
        ++i;
        bool exp_negative = false;
        if (i < s.size() && (s[i] == '-' || s[i] == '+')) {
            exp_negative = s[i] == '-';
            ++i;
        }
        long exp = 0;
        std::size_t exp_digits = 0;
        for (; i < s.size(); ++i) {
            if (s[i] < '0' || s[i] > '9' || ++exp_digits > 3) {
                return {};
            }
            exp = exp * 10 + (s[i] - '0');
        }
        if (exp_digits == 0) {
            return {};
        }
        point += exp_negative ? -exp : exp;
    }
    // Leading zeros do not count.
    std::size_t lead = digits.find_first_not_of('0');
    if (lead == std::string::npos) {
        return "0";
    }
    digits.erase(0, lead);
    point -= static_cast<long>(lead);
    // At most 15 significant digits: binary noise lies beyond them.
    if (digits.size() > 15) {
        bool up = digits[15] >= '5';
        digits.resize(15);
        for (std::size_t k = digits.size(); up && k-- > 0;) {
            if (digits[k] == '9') {
                digits[k] = '0';
            } else {
                ++digits[k];
                up = false;
            }
        }
        if (up) {
            digits.insert(digits.begin(), '1');
            ++point;
        }
    }
    std::size_t last = digits.find_last_not_of('0');
    digits.resize(last + 1);
    if (point > 400 || point < -400) {
        return {};
    }
    std::string out = negative ? "-" : "";
    long n = static_cast<long>(digits.size());
    if (point <= 0) {
        out += "0." + std::string(static_cast<std::size_t>(-point), '0') + digits;
    } else if (point >= n) {
        out += digits + std::string(static_cast<std::size_t>(point - n), '0');
    } else {
        out += digits.substr(0, static_cast<std::size_t>(point)) + "." +
               digits.substr(static_cast<std::size_t>(point));
    }
    return out;
}

std::string address(std::size_t row, std::size_t col) {
    std::string letters;
    for (std::size_t c = col; c > 0; c = (c - 1) / 26) {
        letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    }
    return letters + std::to_string(row);
}

std::string address(const std::string& sheet, std::size_t row, std::size_t col) {
    return sheet + "!" + address(row, col);
}

const cell* sheet::at(std::size_t row, std::size_t col) const {
    auto it = cells.find({row, col});
    if (it != cells.end() && !it->second.text.empty()) {
        return &it->second;
    }
    for (const auto& m : merges) {
        if (row >= m.first_row && row <= m.last_row && col >= m.first_col && col <= m.last_col &&
            (row != m.first_row || col != m.first_col)) {
            auto top = cells.find({m.first_row, m.first_col});
            return top == cells.end() || top->second.text.empty() ? nullptr : &top->second;
        }
    }
    return nullptr;
}

std::string sheet::text(std::size_t row, std::size_t col) const {
    const cell* c = at(row, col);
    return c == nullptr ? std::string() : c->text;
}

workbook read_workbook(const std::string& path, const workbook_limits& limits) {
    std::error_code ec;
    auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        refuse(path, {"无法读取文件：" + ec.message(), "cannot read the file: " + ec.message()});
    }
    if (size > limits.max_file_bytes) {
        refuse(path, {"工作簿过大：" + std::to_string(size) + " 字节（至多 " +
                          std::to_string(limits.max_file_bytes) + "）",
                      "the workbook is too large: " + std::to_string(size) + " bytes (at most " +
                          std::to_string(limits.max_file_bytes) + ")"});
    }
    int error = 0;
    std::unique_ptr<zip_t, zip_closer> z(zip_open(path.c_str(), ZIP_RDONLY, &error));
    if (!z) {
        refuse(path, {"不是 xlsx 工作簿（不是 zip 文件；.xls 请另存为 .xlsx）",
                      "not an xlsx workbook (not a zip file; save an .xls as .xlsx)"});
    }
    auto book_xml = part(z.get(), "xl/workbook.xml", path, limits);
    if (!book_xml) {
        refuse(path, {"不是 xlsx 工作簿（缺少 xl/workbook.xml）",
                      "not an xlsx workbook (no xl/workbook.xml)"});
    }
    pugi::xml_document book = xml(*book_xml, "xl/workbook.xml", path);
    std::map<std::string, std::string> targets; // r:id → xl/worksheets/sheet1.xml
    if (auto rels_xml = part(z.get(), "xl/_rels/workbook.xml.rels", path, limits)) {
        pugi::xml_document rels = xml(*rels_xml, "xl/_rels/workbook.xml.rels", path);
        for (pugi::xml_node r = child(rels.first_child(), "Relationship"); r;
             r = r.next_sibling()) {
            std::string target = r.attribute("Target").value();
            if (target.starts_with("/")) {
                target.erase(0, 1);
            } else {
                target = "xl/" + target;
            }
            targets[r.attribute("Id").value()] = target;
        }
    }
    std::vector<std::string> shared;
    if (auto sst_xml = part(z.get(), "xl/sharedStrings.xml", path, limits)) {
        pugi::xml_document sst = xml(*sst_xml, "xl/sharedStrings.xml", path);
        for (pugi::xml_node si = child(sst.first_child(), "si"); si; si = si.next_sibling()) {
            shared.push_back(inline_text(si));
        }
    }
    std::vector<bool> percent;
    if (auto styles_xml = part(z.get(), "xl/styles.xml", path, limits)) {
        percent = percent_styles(xml(*styles_xml, "xl/styles.xml", path));
    }
    workbook out;
    out.file = path;
    std::size_t total_cells = 0;
    pugi::xml_node sheets = child(book.first_child(), "sheets");
    std::size_t index = 0;
    for (pugi::xml_node s = sheets.first_child(); s; s = s.next_sibling()) {
        if (local(s.name()) != "sheet") {
            continue;
        }
        if (++index > limits.max_sheets) {
            refuse(path, {"工作表过多（至多 " + std::to_string(limits.max_sheets) + " 张）",
                          "too many sheets (at most " + std::to_string(limits.max_sheets) + ")"});
        }
        sheet sh;
        sh.name = s.attribute("name").value();
        std::string id;
        for (pugi::xml_attribute a = s.first_attribute(); a; a = a.next_attribute()) {
            if (local(a.name()) == "id") {
                id = a.value();
            }
        }
        std::string target = targets.contains(id)
                                 ? targets[id]
                                 : "xl/worksheets/sheet" + std::to_string(index) + ".xml";
        auto sheet_xml = part(z.get(), target, path, limits);
        if (!sheet_xml) {
            refuse(path, {"工作表「" + sh.name + "」缺少内容（" + target + "）",
                          "the sheet '" + sh.name + "' has no content (" + target + ")"});
        }
        pugi::xml_document doc = xml(*sheet_xml, target, path);
        pugi::xml_node root = doc.first_child();
        for (pugi::xml_node row = child(child(root, "sheetData"), "row"); row;
             row = row.next_sibling()) {
            for (pugi::xml_node c = row.first_child(); c; c = c.next_sibling()) {
                if (local(c.name()) != "c") {
                    continue;
                }
                std::size_t r = 0;
                std::size_t col = 0;
                if (!parse_ref(c.attribute("r").value(), r, col)) {
                    continue;
                }
                if (++total_cells > limits.max_cells) {
                    refuse(path,
                           {"单元格过多（至多 " + std::to_string(limits.max_cells) + " 个）",
                            "too many cells (at most " + std::to_string(limits.max_cells) + ")"});
                }
                cell v;
                std::string type = c.attribute("t").value();
                pugi::xml_node value = child(c, "v");
                v.formula = static_cast<bool>(child(c, "f"));
                if (type == "s") {
                    std::size_t k = static_cast<std::size_t>(
                        value.text().as_ullong(static_cast<unsigned long long>(-1)));
                    v.text = k < shared.size() ? shared[k] : std::string();
                } else if (type == "inlineStr") {
                    v.text = inline_text(child(c, "is"));
                } else if (type == "str" || type == "e") {
                    v.text = value.text().get();
                } else if (type == "b") {
                    v.text = std::string_view(value.text().get()) == "1" ? "TRUE" : "FALSE";
                } else if (value) {
                    v.text = stored_number(value.text().get());
                    v.number = !v.text.empty();
                    std::size_t style = c.attribute("s").as_uint();
                    if (v.number && style < percent.size() && percent[style]) {
                        // a cell shown as 96% is read as what it shows, as if typed
                        v.text = as_percentage_text(v.text);
                        v.number = false;
                        v.percent = true;
                    }
                }
                v.cached = !v.formula || (static_cast<bool>(value) && *value.text().get() != 0);
                if (!utf8::valid(v.text)) {
                    v.text.clear();
                }
                sh.rows = std::max(sh.rows, r);
                sh.cols = std::max(sh.cols, col);
                sh.cells[{r, col}] = std::move(v);
            }
        }
        for (pugi::xml_node m = child(child(root, "mergeCells"), "mergeCell"); m;
             m = m.next_sibling()) {
            std::string ref = m.attribute("ref").value();
            auto colon = ref.find(':');
            merge g;
            if (colon != std::string::npos &&
                parse_ref(ref.substr(0, colon), g.first_row, g.first_col) &&
                parse_ref(ref.substr(colon + 1), g.last_row, g.last_col) &&
                g.first_row <= g.last_row && g.first_col <= g.last_col) {
                sh.merges.push_back(g);
            }
        }
        out.sheets.push_back(std::move(sh));
    }
    if (out.sheets.empty()) {
        refuse(path, {"工作簿中没有工作表", "the workbook has no sheet"});
    }
    return out;
}

} // namespace jixiao::xlsx
