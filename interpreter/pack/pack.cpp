#include "pack/pack.hpp"

#include "document/json_value.hpp"
#include "pack/pack_lock.hpp"
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

// Modules of one pack: its own files, the stdlib, and its dependencies by name.
class pack_module_source : public jx::module_source {
  public:
    pack_module_source(fs::path dir, const pack_manifest& m)
        : files_(dir), manifest_(m), dir_(dir) {}

    std::optional<std::pair<std::string, std::string>> read(const std::string& path,
                                                            message& why) const override {
        auto dep = manifest_.dependencies.find(path);
        if (dep == manifest_.dependencies.end()) {
            return files_.read(path, why);
        }
        fs::path other = dir_.parent_path() / fs::u8path(path);
        pack_manifest m = read_manifest(other);
        if (!version_satisfies(m.version, dep->second)) {
            why = {"依赖「" + path + "」的版本 " + m.version + " 不满足 " + dep->second,
                   "the dependency '" + path + "' has version " + m.version +
                       ", which does not satisfy " + dep->second};
            return std::nullopt;
        }
        fs::path entry = other / fs::u8path(m.entry);
        return std::make_pair(m.name + "/" + m.entry, read_text(entry));
    }

  private:
    jx::file_module_source files_;
    const pack_manifest& manifest_;
    fs::path dir_;
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
    pack_module_source modules(dir, p.manifest);
    fs::path entry = dir / fs::u8path(p.manifest.entry);
    // Named by pack, not by path: reports read the same wherever the pack lives.
    p.program = jx::load_program({p.manifest.name + "/" + p.manifest.entry, read_text(entry)},
                                 modules, units);
    return p;
}

} // namespace jixiao
