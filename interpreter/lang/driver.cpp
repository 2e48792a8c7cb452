#include "lang/driver.hpp"

#include "lang/parse.hpp"
#include "lang/source_limits.hpp"

#include <algorithm>
#include <map>

namespace jixiao::jx {
namespace {

// Loads a module and, first, everything it imports or extends (depth first,
// so a module always comes after the modules it builds on).
class module_loader {
  public:
    module_loader(program& p, const module_source& source, const unit_registry& units)
        : p_(p), source_(source), units_(units) {}

    const module* load(const std::string& name, const std::string& text,
                       const std::string& base = {}) {
        auto m = std::make_unique<module>(parse_module(name, text, units_));
        auto names = [&](const auto& paths) {
            return std::any_of(paths.begin(), paths.end(),
                               [&](const auto& pw) { return pw.first == base; });
        };
        if (!base.empty() && !names(m->extends) && !names(m->imports)) {
            m->extends.insert(m->extends.begin(), {base, span{}});
        }
        loading_.push_back(name);
        for (bool extends : {true, false}) {
            const auto& paths = extends ? m->extends : m->imports;
            for (const auto& [path, where] : paths) {
                const module* dep = dependency(*m, path, where);
                if (extends) {
                    m->extended.push_back(dep);
                }
            }
        }
        loading_.pop_back();
        const module* raw = m.get();
        loaded_[name] = raw;
        p_.modules.push_back(std::move(m));
        return raw;
    }

  private:
    const module* dependency(const module& from, const std::string& path, span where) {
        message why;
        auto found = source_.read(path, why);
        if (!found) {
            throw diagnostic_error(diagnose_at(severity::error, why, from, where));
        }
        const std::string& name = found->first;
        if (std::find(loading_.begin(), loading_.end(), name) != loading_.end()) {
            throw diagnostic_error(
                diagnose_at(severity::error,
                            {"循环导入：「" + path + "」又导入了正在加载的模块",
                             "circular import: '" + path + "' leads back to a module being loaded"},
                            from, where));
        }
        if (auto it = loaded_.find(name); it != loaded_.end()) {
            return it->second;
        }
        if (loading_.size() >= max_import_depth || p_.modules.size() >= max_modules) {
            // Loading recurses once per import: bounded like every other nesting.
            throw diagnostic_error(
                diagnose_at(severity::error,
                            {"导入过多：一个程序至多 " + std::to_string(max_modules) + " 个模块、" +
                                 std::to_string(max_import_depth) + " 层导入",
                             "too many imports: a program has at most " +
                                 std::to_string(max_modules) + " modules, imported at most " +
                                 std::to_string(max_import_depth) + " levels deep"},
                            from, where));
        }
        return load(name, found->second);
    }

    program& p_;
    const module_source& source_;
    const unit_registry& units_;
    std::vector<std::string> loading_;
    std::map<std::string, const module*> loaded_;
};

// Errors of analysis reported at most (then a note of how many more).
constexpr std::size_t max_reported_errors = 100;

void analyze(program& p) {
    std::vector<diagnostic> errors;
    resolve_names(p, errors);
    if (errors.empty()) {
        check_recursion(p, errors);
    }
    if (errors.empty()) {
        check_types(p, errors);
    }
    if (errors.empty()) {
        mark_derivations(p);
    }
    check_grades(p, errors);
    if (errors.size() > max_reported_errors) {
        // Nobody reads the thousandth error, and printing each costs.
        std::size_t more = errors.size() - max_reported_errors;
        errors.resize(max_reported_errors);
        errors.push_back(diagnose(severity::note,
                                  {"另有 " + std::to_string(more) + " 个错误未列出",
                                   std::to_string(more) + " more errors not shown"},
                                  errors.back().file));
    }
    if (!errors.empty()) {
        throw analysis_error(std::move(errors));
    }
    check_unused(p);
}

} // namespace

program load_program(const source_file& main, const module_source& modules,
                     const unit_registry& units) {
    program p;
    p.units = &units;
    module_loader(p, modules, units).load(main.name, main.text);
    analyze(p);
    return p;
}

program load_program(const source_file& main, const std::string& base, const module_source& modules,
                     const unit_registry& units) {
    program p;
    p.units = &units;
    module_loader(p, modules, units).load(main.name, main.text, base);
    analyze(p);
    return p;
}

program load_program(const std::vector<source_file>& files, const unit_registry& units) {
    program p;
    p.units = &units;
    stdlib_module_source stdlib;
    for (const auto& f : files) {
        module_loader(p, stdlib, units).load(f.name, f.text);
    }
    analyze(p);
    return p;
}

} // namespace jixiao::jx
