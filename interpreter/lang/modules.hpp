// Finding the modules a rule file imports (导入) and extends (扩展).
//
// A path is either 标准库/名 (std/名): a module of the embedded standard
// library, or a relative path inside the pack root: a/b names a/b.jx. Paths
// are untrusted: an absolute path, a '..' segment, a backslash, or a file
// that resolves (through symlinks) outside the root is refused.
#pragma once

#include "diag/diagnostic.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace jixiao::jx {

class module_source {
  public:
    virtual ~module_source() = default;
    // The text of the module at `path` (as written after 导入/扩展), with the
    // name to use in diagnostics; nullopt with `why` set when it cannot be had.
    virtual std::optional<std::pair<std::string, std::string>> read(const std::string& path,
                                                                    message& why) const = 0;
};

// Modules from the embedded standard library and from files under `root`.
class file_module_source : public module_source {
  public:
    // Modules are named `shown_as` + path + ".jx" in diagnostics, so reports do
    // not depend on where the pack happens to be checked out.
    explicit file_module_source(std::filesystem::path root, std::string shown_as = {})
        : root_(std::move(root)), shown_as_(std::move(shown_as)) {
        if (shown_as_.empty()) {
            shown_as_ = root_.string() + "/";
        }
    }
    std::optional<std::pair<std::string, std::string>> read(const std::string& path,
                                                            message& why) const override;

  private:
    std::filesystem::path root_;
    std::string shown_as_;
};

// Only the standard library: for programs given as text.
class stdlib_module_source : public module_source {
  public:
    std::optional<std::pair<std::string, std::string>> read(const std::string& path,
                                                            message& why) const override;
};

// The stdlib module named by 标准库/名 or std/名, if `path` is one.
std::optional<std::string> stdlib_module_name(const std::string& path);

} // namespace jixiao::jx
