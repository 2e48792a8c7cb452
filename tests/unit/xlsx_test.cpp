// The workbook reader's numbers: a cell's stored text read as the shortest
// decimal of at most 15 significant digits it came from (binary noise beyond
// that is dropped), never through double; and cell addresses.
#include "diag/diagnostic.hpp"
#include "xlsx/workbook.hpp"

#include <cstdio>

#include <gtest/gtest.h>

namespace jixiao::xlsx {
namespace {

TEST(WorkbookNumbers, StoredTextToShortestDecimal) {
    struct row {
        int line;
        const char* stored;
        const char* read; // "" : not a number
    };
    const row rows[] = {
        {__LINE__, "0.45000000000000001", "0.45"},
        {__LINE__, "0.44999999999999996", "0.45"},
        {__LINE__, "541230.5", "541230.5"},
        {__LINE__, "12", "12"},
        {__LINE__, "-3.5", "-3.5"},
        {__LINE__, "1E-3", "0.001"},
        {__LINE__, "1.5E+3", "1500"},
        {__LINE__, "2.1000000000000001", "2.1"},
        {__LINE__, "99999999999999999", "100000000000000000"},
        {__LINE__, "0.1", "0.1"},
        {__LINE__, "0", "0"},
        {__LINE__, "0.000", "0"},
        {__LINE__, "123456789012345678", "123456789012346000"},
        {__LINE__, "abc", ""},
        {__LINE__, "", ""},
        {__LINE__, "1E9999", ""},
        {__LINE__, "1.2.3", ""},
    };
    for (const auto& r : rows) {
        EXPECT_EQ(stored_number(r.stored), r.read) << "line " << r.line << ": " << r.stored;
    }
}

TEST(WorkbookNumbers, Addresses) {
    EXPECT_EQ(address(12, 2), "B12");
    EXPECT_EQ(address(1, 26), "Z1");
    EXPECT_EQ(address(1, 27), "AA1");
    EXPECT_EQ(address(3, 703), "AAA3");
    EXPECT_EQ(address("Sheet1", 12, 6), "Sheet1!F12");
}

TEST(WorkbookReader, NotAWorkbookIsAClearError) {
    std::string path = ::testing::TempDir() + "not_a_workbook.xlsx";
    {
        FILE* f = std::fopen(path.c_str(), "wb");
        std::fputs("just text", f);
        std::fclose(f);
    }
    try {
        read_workbook(path);
        FAIL() << "no error";
    } catch (const diagnostic_error& e) {
        EXPECT_NE(e.diag().text.en.find("not an xlsx workbook"), std::string::npos)
            << e.diag().text.en;
        EXPECT_EQ(e.diag().file, path);
    }
}

} // namespace
} // namespace jixiao::xlsx
