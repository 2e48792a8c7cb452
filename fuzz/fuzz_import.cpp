// libFuzzer: the importer of published texts (text laid out with spaces
// rebuilt first, as the command line does). Whatever the bytes, import
// either refuses them with a diagnostic or writes a document that the
// disclosure reader and shape check accept (the importer never writes what
// check would refuse), and the matched disclosure pack runs over it without
// crashing (a positioned error of the pack is an answer).
#include "diag/diagnostic.hpp"
#include "document/json_value.hpp"
#include "import/import.hpp"
#include "import/write_document.hpp"
#include "pack/pack.hpp"
#include "pdf/layout_text.hpp"
#include "reconcile/reconcile.hpp"
#include "units/unit_registry.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>

namespace {

const jixiao::loaded_pack& pack(const std::string& name) {
    static std::map<std::string, jixiao::loaded_pack> packs;
    auto it = packs.find(name);
    if (it == packs.end()) {
        it = packs
                 .emplace(name, jixiao::load_pack(std::string(JIXIAO_SOURCE_DIR) + "/rules/" + name,
                                                  jixiao::unit_registry::standard()))
                 .first;
    }
    return it->second;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string bytes(reinterpret_cast<const char*>(data), size);
    if (jixiao::pdf::is_laid_out(bytes)) {
        bytes = jixiao::pdf::laid_out_text(bytes); // as the command line reads it
    }
    jixiao::import::import_result result;
    try {
        jixiao::import::source_text src = jixiao::import::read_source(std::move(bytes), "fuzz.txt");
        result = jixiao::import::import_disclosure(src, jixiao::import::standard_catalogues());
    } catch (const jixiao::diagnostic_error&) {
        return 0; // refused with a message: fine
    }
    std::string json = jixiao::import::write_document(result.doc);
    jixiao::json_value doc;
    try {
        doc = jixiao::parse_json(json, "imported");
        jixiao::validate_disclosure(doc, "imported");
    } catch (const jixiao::diagnostic_error& e) {
        // The importer wrote a document that check refuses: a bug.
        std::fprintf(stderr, "%s\n%s\n", e.diag().text.en.c_str(), json.c_str());
        std::abort();
    }
    try {
        // The pack on an odd document may stop with a positioned error (a
        // row it needs is not there); it must not crash.
        jixiao::reconcile(pack(result.matched->pack).program, doc);
    } catch (const jixiao::diagnostic_error&) {
    }
    return 0;
}
