#include "pack/pack.hpp"

#include "document/json_value.hpp"
#include "pack/pack_lock.hpp"
#include "pack/pack_search.hpp"
#include "text/read_bounded.hpp"

#include <fstream>
#include <sstream>

namespace jixiao {
namespace {

namespace fs = std::filesystem;

std::string read_text(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) {
        throw diagnostic_error(diagnose(
            severity::error, {"无法读取 " + p.string(), "cannot read " + p.string()}, p.string()));
    }
    return read_bounded(in, max_file_read);
}

bool parse_version(const std::string& v, int out[3]) {
    std::istringstream in(v);
    char dot1 = 0;
    char dot2 = 0;
    return static_cast<bool>(in >> out[0] >> dot1 >> out[1] >> dot2 >> out[2]) && dot1 == '.' &&
           dot2 == '.' && in.peek() == EOF;
}

struct dependency {
    fs::path dir;
    pack_manifest manifest;
};

// The folder a pack sits in, absolute: `--pack .` is beside its parent.
fs::path beside(const fs::path& dir) {
    std::error_code ec;
    return fs::weakly_canonical(fs::absolute(dir, ec), ec).parent_path();
}

// A pack's dependencies and theirs (a city pack extends a province pack that
// extends the national one), each found on the pack search path beside the
// pack that names it first, each checked against every range that names it.
std::map<std::string, dependency> resolve_dependencies(const fs::path& dir,
                                                       const pack_manifest& root) {
    constexpr std::size_t max_dependencies = 64; // packs are untrusted
    std::map<std::string, dependency> found;
    std::error_code ec;
    fs::path here = fs::weakly_canonical(fs::absolute(dir, ec), ec);
    std::vector<std::pair<fs::path, const pack_manifest*>> todo{{here, &root}};
    while (!todo.empty()) {
        auto [from, m] = todo.back();
        todo.pop_back();
        for (const auto& [name, range] : m->dependencies) {
            auto have = found.find(name);
            if (have == found.end()) {
                if (found.size() == max_dependencies) {
                    throw diagnostic_error(
                        diagnose(severity::error,
                                 {"依赖的规则包超过 " + std::to_string(max_dependencies) + " 个",
                                  "more than " + std::to_string(max_dependencies) +
                                      " packs in the dependencies"},
                                 (from / "pack.json").string()));
                }
                std::vector<std::string> searched;
                auto at = find_pack_dir(name, {from.parent_path()}, searched);
                if (!at) {
                    std::string places;
                    for (const auto& s : searched) {
                        places += "\n  " + s;
                    }
                    throw diagnostic_error(diagnose(
                        severity::error,
                        {is_pack_name(name)
                             ? "找不到依赖的规则包「" + name +
                                   "」；请把它放在本规则包旁边，或在 JIXIAO_PACK_PATH "
                                   "中列出它所在的文件夹。已查找：" +
                                   places
                             : "依赖名「" + name +
                                   "」不是规则包名（不能含 /、\\、:，不能为 . 或 ..）",
                         is_pack_name(name)
                             ? "cannot find the pack '" + name +
                                   "' this pack depends on; put it beside this pack, or list "
                                   "the folder holding it in JIXIAO_PACK_PATH. Searched:" +
                                   places
                             : "the dependency '" + name +
                                   "' is not a pack name (no /, \\ or :, not . or ..)"},
                        (from / "pack.json").string()));
                }
                dependency d{*at, read_manifest(*at)};
                if (d.manifest.name != name) {
                    throw diagnostic_error(
                        diagnose(severity::error,
                                 {"文件夹 " + at->string() + " 中的规则包名为「" + d.manifest.name +
                                      "」，不是「" + name + "」",
                                  "the pack in " + at->string() + " is named '" + d.manifest.name +
                                      "', not '" + name + "'"},
                                 (*at / "pack.json").string()));
                }
                have = found.emplace(name, std::move(d)).first;
                todo.emplace_back(have->second.dir, &have->second.manifest);
            }
            const pack_manifest& dm = have->second.manifest;
            if (!version_satisfies(dm.version, range)) {
                throw diagnostic_error(
                    diagnose(severity::error,
                             {"依赖「" + name + "」的版本 " + dm.version + " 不满足 " + range,
                              "the dependency '" + name + "' has version " + dm.version +
                                  ", which does not satisfy " + range},
                             (from / "pack.json").string()));
            }
        }
    }
    return found;
}

// Modules of one pack: its own files, the stdlib, and its dependencies by name.
class pack_module_source : public jx::module_source {
  public:
    pack_module_source(fs::path dir, std::map<std::string, dependency> deps)
        : files_(dir), deps_(std::move(deps)), beside_(beside(dir)) {}

    std::optional<std::pair<std::string, std::string>> read(const std::string& path,
                                                            message& why) const override {
        auto dep = deps_.find(path);
        if (dep == deps_.end()) {
            auto file = files_.read(path, why);
            std::vector<std::string> searched;
            if (!file && !stdlib_name(path) && is_pack_name(path) &&
                find_pack_dir(path, {beside_}, searched)) {
                why = {"「" + path + "」是规则包：请在 pack.json 的 dependencies 中声明它，如 \"" +
                           path + "\": \"^1.0.0\"",
                       "'" + path + "' is a pack: declare it in pack.json under dependencies, " +
                           "e.g. \"" + path + "\": \"^1.0.0\""};
            }
            return file;
        }
        const dependency& d = dep->second;
        fs::path entry = d.dir / fs::u8path(d.manifest.entry);
        return std::make_pair(d.manifest.name + "/" + d.manifest.entry, read_text(entry));
    }

  private:
    static bool stdlib_name(const std::string& path) {
        return jx::stdlib_module_name(path).has_value();
    }
    jx::file_module_source files_;
    std::map<std::string, dependency> deps_;
    fs::path beside_;
};

} // namespace

bool version_satisfies(const std::string& version, const std::string& range) {
    int v[3];
    if (!parse_version(version, v)) {
        return false;
    }
    if (range == "*" || range.empty()) {
        return true;
    }
    int r[3];
    auto cmp = [&](const int a[3], const int b[3]) {
        for (int i = 0; i < 3; ++i) {
            if (a[i] != b[i]) {
                return a[i] < b[i] ? -1 : 1;
            }
        }
        return 0;
    };
    if (range.starts_with(">=")) {
        return parse_version(range.substr(2), r) && cmp(v, r) >= 0;
    }
    if (range.starts_with("^")) {
        return parse_version(range.substr(1), r) && cmp(v, r) >= 0 && v[0] == r[0] &&
               (r[0] != 0 || v[1] == r[1]);
    }
    if (range.starts_with("~")) {
        return parse_version(range.substr(1), r) && cmp(v, r) >= 0 && v[0] == r[0] && v[1] == r[1];
    }
    return parse_version(range, r) && cmp(v, r) == 0;
}

pack_manifest read_manifest(const fs::path& dir) {
    fs::path file = dir / "pack.json";
    std::string text = read_text(file);
    json_value j = parse_json(text, file.string());
    pack_manifest m;
    auto str = [&](const char* key, bool required) {
        const json_value* v = j.find(key);
        if (v == nullptr || v->string() == nullptr) {
            if (required) {
                throw diagnostic_error(
                    diagnose(severity::error,
                             {"规则包清单缺少文本字段「" + std::string(key) + "」",
                              "the pack manifest lacks the text field '" + std::string(key) + "'"},
                             file.string()));
            }
            return std::string();
        }
        return *v->string();
    };
    m.name = str("name", true);
    m.version = str("version", true);
    m.description = str("description", false);
    if (std::string e = str("entry", false); !e.empty()) {
        m.entry = e;
    }
    int parts[3];
    if (!parse_version(m.version, parts)) {
        throw diagnostic_error(diagnose(
            severity::error,
            {"版本须为 x.y.z 形式：" + m.version, "the version must be x.y.z: " + m.version},
            file.string()));
    }
    if (const json_value* deps = j.find("dependencies"); deps != nullptr && deps->object()) {
        for (const auto& [name, range] : *deps->object()) {
            m.dependencies[name] = range.string() ? *range.string() : "*";
        }
    }
    return m;
}

loaded_pack load_pack(const fs::path& dir, const unit_registry& units) {
    verify_lock(dir); // before anything of the pack is read
    loaded_pack p{dir, read_manifest(dir), {}};
    pack_module_source modules(dir, resolve_dependencies(dir, p.manifest));
    fs::path entry = dir / fs::u8path(p.manifest.entry);
    // Named by pack, not by path: reports read the same wherever the pack lives.
    p.program = jx::load_program({p.manifest.name + "/" + p.manifest.entry, read_text(entry)},
                                 modules, units);
    return p;
}

jx::program load_in_pack(const fs::path& dir, const jx::source_file& file,
                         const unit_registry& units) {
    verify_lock(dir);
    pack_manifest m = read_manifest(dir);
    auto deps = resolve_dependencies(dir, m);
    std::string name = m.name;
    deps.emplace(name, dependency{dir, std::move(m)});
    // The file's own imports are relative to the file, as in a plain run.
    fs::path root = fs::path(file.name).parent_path();
    pack_module_source modules(root.empty() ? "." : root, std::move(deps));
    return jx::load_program(file, name, modules, units);
}

} // namespace jixiao
