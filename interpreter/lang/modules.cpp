#include "lang/modules.hpp"

#include "lang/source_limits.hpp"
#include "text/read_bounded.hpp"

#include "stdlib/embedded.hpp"

#include <fstream>
#include <sstream>

namespace jixiao::jx {

std::optional<std::string> stdlib_module_name(const std::string& path) {
    for (std::string_view prefix : {"标准库/", "std/"}) {
        if (path.starts_with(prefix)) {
            return path.substr(prefix.size());
        }
    }
    return std::nullopt;
}

namespace {

std::optional<std::pair<std::string, std::string>> read_stdlib(const std::string& name,
                                                               message& why) {
    for (const auto& f : embedded_files()) {
        if (f.name == name + ".jx") {
            return std::make_pair("stdlib/" + name + ".jx", std::string(f.text));
        }
    }
    std::string have;
    for (const auto& f : embedded_files()) {
        std::string n(f.name.substr(0, f.name.size() - 3));
        have += (have.empty() ? "" : "、") + n;
    }
    why = {"标准库中没有模块「" + name + "」（现有：" + have + "）",
           "the standard library has no module '" + name + "' (it has: " + have + ")"};
    return std::nullopt;
}

} // namespace

std::optional<std::pair<std::string, std::string>>
stdlib_module_source::read(const std::string& path, message& why) const {
    if (auto name = stdlib_module_name(path)) {
        return read_stdlib(*name, why);
    }
    why = {"此处只能导入标准库模块（标准库/名）", "only standard library modules (std/name) can be "
                                                  "imported here"};
    return std::nullopt;
}

std::optional<std::pair<std::string, std::string>> file_module_source::read(const std::string& path,
                                                                            message& why) const {
    if (auto name = stdlib_module_name(path)) {
        return read_stdlib(*name, why);
    }
    namespace fs = std::filesystem;
    // Untrusted packs: the path must stay inside the root.
    bool bad = path.empty() || path.front() == '/' || path.find('\\') != std::string::npos ||
               path.find(':') != std::string::npos;
    for (std::size_t start = 0; !bad && start <= path.size();) {
        std::size_t end = path.find('/', start);
        std::string seg = path.substr(start, end == std::string::npos ? end : end - start);
        bad = seg.empty() || seg == "." || seg == "..";
        if (end == std::string::npos) {
            break;
        }
        start = end + 1;
    }
    if (bad) {
        why = {"模块路径「" + path +
                   "」不允许：须为规则包内的相对路径，不能含「..」、「/」开头或「\\」",
               "the module path '" + path +
                   "' is not allowed: it must be a relative path inside "
                   "the pack, without '..', a leading '/' or '\\'"};
        return std::nullopt;
    }
    fs::path file = root_ / fs::u8path(path + ".jx");
    std::error_code ec;
    fs::path real = fs::weakly_canonical(file, ec);
    fs::path real_root = fs::weakly_canonical(root_, ec);
    std::string r = real.string();
    std::string rr = real_root.string();
    if (ec || r.compare(0, rr.size(), rr) != 0 || (r.size() > rr.size() && r[rr.size()] != '/')) {
        why = {"模块「" + path + "」指向规则包之外（符号链接？）",
               "the module '" + path + "' resolves outside the pack (a symlink?)"};
        return std::nullopt;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        why = {"找不到模块「" + path + "」（" + file.string() + "）",
               "cannot find the module '" + path + "' (" + file.string() + ")"};
        return std::nullopt;
    }
    // One byte past the limit: parse_module reports the size with a position.
    return std::make_pair(shown_as_ + path + ".jx", read_bounded(in, max_source_bytes + 1));
}

} // namespace jixiao::jx
