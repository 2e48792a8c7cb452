// libFuzzer: the workbook reader. Whatever the bytes of a "workbook", reading
// it either refuses with a diagnostic naming the file, or gives sheets whose
// 自评表 reading either refuses (no grid, no 分值 column) or yields a document
// the JSON reader accepts. Seeds: workbooks written by tests/xlsx/make_workbook.py.
#include "diag/diagnostic.hpp"
#include "document/json_value.hpp"
#include "xlsx/selfeval_sheet.hpp"
#include "xlsx/workbook.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::string path = "/tmp/fuzz_xlsx_" + std::to_string(getpid()) + ".xlsx";
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    jixiao::xlsx::workbook book;
    try {
        book = jixiao::xlsx::read_workbook(path);
    } catch (const jixiao::diagnostic_error&) {
        return 0;
    }
    for (const auto& sheet : book.sheets) {
        std::string json;
        try {
            json = jixiao::xlsx::selfeval_document(book, sheet, jixiao::standard_vocabulary());
        } catch (const jixiao::diagnostic_error&) {
            continue;
        }
        try {
            jixiao::parse_json(json, "sheet");
        } catch (const jixiao::diagnostic_error& e) {
            // The reader wrote a document the JSON reader refuses: a bug.
            std::fprintf(stderr, "%s\n%s\n", e.diag().text.en.c_str(), json.c_str());
            std::abort();
        }
    }
    return 0;
}
