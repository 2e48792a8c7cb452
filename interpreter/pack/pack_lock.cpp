#include "pack/pack_lock.hpp"

#include "diag/diagnostic.hpp"
#include "digest/sha256.hpp"
#include "document/json_value.hpp"
#include "pack/pack.hpp"
#include "pack/pack_search.hpp"
#include "stdlib/embedded.hpp"
#include "stdlib/version.hpp"
#include "text/read_bounded.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <set>

namespace jixiao {
namespace {

namespace fs = std::filesystem;

std::string file_digest(const fs::path& p) {
    sha256 h;
    if (fs::is_symlink(p)) {
        // A link is recorded as what it points to; its target is not followed.
        h.update("symlink\n" + fs::read_symlink(p).generic_string());
        return to_hex(h.finish());
    }
    std::ifstream in(p, std::ios::binary);
    if (!in) {
        throw diagnostic_error(diagnose(
            severity::error, {"无法读取 " + p.string(), "cannot read " + p.string()}, p.string()));
    }
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        h.update({buffer, static_cast<std::size_t>(in.gcount())});
    }
    return to_hex(h.finish());
}

// Every file of one pack, the lock itself excepted.
locked_pack lock_one(const fs::path& dir, const pack_manifest& m) {
    locked_pack out{m.name, m.version, {}, {}};
    for (auto it = fs::recursive_directory_iterator(dir); it != fs::recursive_directory_iterator();
         ++it) {
        if (it->is_directory() && !it->is_symlink()) {
            continue;
        }
        std::string rel = fs::relative(it->path(), dir).generic_string();
        if (rel == lock_file_name) {
            continue;
        }
        out.files[rel] = file_digest(it->path());
    }
    sha256 all;
    for (const auto& [path, digest] : out.files) {
        all.update(path + '\0' + digest + '\n');
    }
    out.sha256 = to_hex(all.finish());
    return out;
}

// Where the loader finds the dependency (pack/pack_search.hpp): beside the
// pack first, then on the pack search path; beside it when it is nowhere, so
// the error names the first place looked at.
fs::path dependency_dir(const fs::path& dir, const std::string& name) {
    std::error_code ec;
    fs::path beside = fs::weakly_canonical(fs::absolute(dir, ec), ec).parent_path();
    std::vector<std::string> searched;
    if (auto found = find_pack_dir(name, {beside}, searched)) {
        return *found;
    }
    return beside / fs::u8path(name);
}

[[noreturn]] void refuse(const fs::path& file, message m) {
    m.zh += "；如确为有意修改，请重新运行 jixiao lock";
    m.en += "; if the change is intended, run jixiao lock again";
    throw diagnostic_error(diagnose(severity::error, std::move(m), file.string()));
}

const std::string& text_field(const json_value& j, const char* key, const fs::path& lock) {
    const json_value* v = j.find(key);
    if (v == nullptr || v->string() == nullptr) {
        throw diagnostic_error(
            diagnose(severity::error,
                     {"锁文件缺少文本字段「" + std::string(key) + "」",
                      "the lock file lacks the text field '" + std::string(key) + "'"},
                     lock.string()));
    }
    return *v->string();
}

std::map<std::string, std::string> stdlib_digests() {
    std::map<std::string, std::string> out;
    for (const auto& f : embedded_files()) {
        sha256 h;
        h.update(f.text);
        out[std::string(f.name)] = to_hex(h.finish());
    }
    return out;
}

// A lock written by a jixiao whose standard library or version differ from
// this one's is refused: the same pack could score differently here.
void verify_engine(const json_value& lock, const fs::path& lock_path) {
    const json_value* stdlib = lock.find("stdlib");
    if (stdlib == nullptr) {
        return; // a lock of the packs only (lock format 1)
    }
    const std::string& locked_version = text_field(lock, "jixiao", lock_path);
    std::string now_version(jixiao_version());
    auto refuse_engine = [&](const std::string& zh, const std::string& en) {
        throw diagnostic_error(diagnose(
            severity::error,
            {zh + "：这个规则包的得分可能因此改变。请先运行 jixiao test 核对，再重新运行 jixiao "
                  "lock",
             en + ": this pack's scores may change with it. Run jixiao test to check, then "
                  "jixiao lock again"},
            lock_path.string()));
    };
    if (locked_version != now_version) {
        refuse_engine("规则包锁定于 jixiao " + locked_version + "，现在运行的是 " + now_version,
                      "the pack was locked with jixiao " + locked_version + ", this is " +
                          now_version);
    }
    auto now = stdlib_digests();
    if (stdlib->object() == nullptr) {
        refuse_engine("锁文件的「stdlib」不是对象", "the lock file's 'stdlib' is not an object");
    }
    for (const auto& [name, digest] : *stdlib->object()) {
        auto it = now.find(name);
        if (it == now.end() || digest.string() == nullptr || *digest.string() != it->second) {
            refuse_engine("标准库文件「" + name + "」与锁定时不同",
                          "the standard library file '" + name + "' differs from the one locked");
        }
    }
    for (const auto& [name, digest] : now) {
        if (stdlib->find(name) == nullptr) {
            refuse_engine("标准库文件「" + name + "」是锁定后加入的",
                          "the standard library file '" + name + "' was added after the lock");
        }
    }
}

} // namespace

pack_lock compute_lock(const fs::path& dir) {
    pack_lock lock;
    lock.jixiao_version = std::string(jixiao_version());
    lock.stdlib = stdlib_digests();
    std::set<std::string> seen;
    std::vector<fs::path> todo{dir};
    while (!todo.empty()) {
        fs::path d = todo.front();
        todo.erase(todo.begin());
        pack_manifest m = read_manifest(d);
        if (!seen.insert(m.name).second) {
            continue;
        }
        lock.packs.push_back(lock_one(d, m));
        for (const auto& [name, range] : m.dependencies) {
            todo.push_back(dependency_dir(dir, name));
        }
    }
    return lock;
}

std::string lock_json(const pack_lock& lock) {
    nlohmann::ordered_json j;
    j["lock"] = 2;
    j["jixiao"] = lock.jixiao_version;
    j["stdlib"] = nlohmann::ordered_json::object();
    for (const auto& [name, digest] : lock.stdlib) {
        j["stdlib"][name] = digest;
    }
    nlohmann::ordered_json packs = nlohmann::ordered_json::array();
    for (const auto& p : lock.packs) {
        nlohmann::ordered_json one;
        one["name"] = p.name;
        one["version"] = p.version;
        one["sha256"] = p.sha256;
        one["files"] = nlohmann::ordered_json::object();
        for (const auto& [path, digest] : p.files) {
            one["files"][path] = digest;
        }
        packs.push_back(one);
    }
    j["packs"] = packs;
    return j.dump(2) + "\n";
}

void verify_lock(const fs::path& dir) {
    fs::path lock_path = dir / lock_file_name;
    if (!fs::exists(lock_path)) {
        return;
    }
    std::ifstream in(lock_path, std::ios::binary);
    std::string text = read_bounded(in, max_file_read);
    json_value lock = parse_json(text, lock_path.string());
    const json_value* packs = lock.find("packs");
    if (packs == nullptr || packs->array() == nullptr || packs->array()->empty()) {
        throw diagnostic_error(diagnose(
            severity::error, {"锁文件没有「packs」列表", "the lock file has no 'packs' list"},
            lock_path.string()));
    }
    verify_engine(lock, lock_path);
    bool first = true;
    for (const json_value& locked : *packs->array()) {
        const std::string& name = text_field(locked, "name", lock_path);
        fs::path d = first ? dir : dependency_dir(dir, name);
        first = false;
        if (!fs::exists(d / "pack.json")) {
            refuse(d, {"锁定的规则包「" + name + "」不在 " + d.string(),
                       "the locked pack '" + name + "' is not in " + d.string()});
        }
        pack_manifest m = read_manifest(d);
        locked_pack now = lock_one(d, m);
        const json_value* files = locked.find("files");
        if (files == nullptr || files->object() == nullptr) {
            throw diagnostic_error(diagnose(severity::error,
                                            {"锁文件中「" + name + "」没有「files」",
                                             "the lock file has no 'files' for '" + name + "'"},
                                            lock_path.string()));
        }
        for (const auto& [path, digest] : *files->object()) {
            auto it = now.files.find(path);
            fs::path file = d / fs::u8path(path);
            if (it == now.files.end()) {
                refuse(file, {"规则包「" + name + "」的文件「" + path + "」已不存在，与锁不符",
                              "the file '" + path + "' of pack '" + name +
                                  "' is gone; it does not match the lock"});
            }
            if (digest.string() == nullptr || *digest.string() != it->second) {
                refuse(file,
                       {"规则包「" + name + "」的文件「" + path + "」在锁定后被修改（SHA-256 " +
                            it->second.substr(0, 12) + "…，锁中为 " +
                            (digest.string() ? digest.string()->substr(0, 12) : "?") + "…）",
                        "the file '" + path + "' of pack '" + name +
                            "' changed since it was locked (SHA-256 " + it->second.substr(0, 12) +
                            "…, locked " +
                            (digest.string() ? digest.string()->substr(0, 12) : "?") + "…)"});
            }
        }
        for (const auto& [path, digest] : now.files) {
            if (files->find(path) == nullptr) {
                refuse(d / fs::u8path(path),
                       {"规则包「" + name + "」的文件「" + path + "」在锁定后加入，与锁不符",
                        "the file '" + path + "' was added to pack '" + name +
                            "' after it was locked"});
            }
        }
        if (m.version != text_field(locked, "version", lock_path)) {
            refuse(d / "pack.json", {"规则包「" + name + "」的版本与锁不符",
                                     "the version of pack '" + name + "' does not match the lock"});
        }
    }
}

} // namespace jixiao
