// SHA-256 against the FIPS 180-4 examples, and pack locks: every way a
// locked pack's files can drift is refused with the file named.
#include "digest/sha256.hpp"
#include "pack/pack.hpp"
#include "pack/pack_lock.hpp"
#include "stdlib/embedded.hpp"
#include "stdlib/version.hpp"

#include <nlohmann/json.hpp>

#include "units/unit_registry.hpp"
#include <functional>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace jixiao {
namespace {

namespace fs = std::filesystem;

TEST(Sha256, KnownDigests) {
    struct {
        std::string input;
        const char* digest;
    } cases[] = {
        {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
        {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
        {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
        {std::string(1'000'000, 'a'),
         "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
        // 55, 56 and 64 bytes: the padding's edge cases.
        {std::string(55, 'a'), "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"},
        {std::string(56, 'a'), "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"},
        {std::string(64, 'a'), "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(sha256_hex(c.input), c.digest) << c.input.size() << " bytes";
    }
}

TEST(Sha256, FedInPiecesEqualsAtOnce) {
    std::string text(1000, 'x');
    for (std::size_t i = 0; i < text.size(); ++i) {
        text[i] = static_cast<char>('a' + i * 7 % 26);
    }
    for (std::size_t cut : {0u, 1u, 55u, 63u, 64u, 65u, 999u}) {
        sha256 h;
        h.update(std::string_view(text).substr(0, cut));
        h.update(std::string_view(text).substr(cut));
        EXPECT_EQ(to_hex(h.finish()), sha256_hex(text)) << cut;
    }
}

class PackLock : public testing::Test {
  protected:
    void SetUp() override {
        root_ = fs::temp_directory_path() /
                ("jixiao-lock-" +
                 std::string(testing::UnitTest::GetInstance()->current_test_info()->name()));
        fs::remove_all(root_);
        write("base/pack.json",
              R"({"name": "base", "version": "1.2.0", "entry": "main.jx", "dependencies": {}})");
        write("base/main.jx", "参数 阈值 = 1.3\n");
        write("local/pack.json",
              R"({"name": "local", "version": "1.0.0", "entry": "main.jx",
                  "dependencies": {"base": "^1.0.0"}})");
        write("local/main.jx", "扩展 base\n导入 lib/more\n规则 甲 = 阈值\n");
        write("local/lib/more.jx", "规则 乙 = 2\n");
        std::ofstream(root_ / "local" / lock_file_name) << lock_json(compute_lock(root_ / "local"));
    }
    void TearDown() override { fs::remove_all(root_); }

    void write(const std::string& rel, const std::string& text) {
        fs::path p = root_ / rel;
        fs::create_directories(p.parent_path());
        std::ofstream(p) << text;
    }

    // The error of loading the locked pack (English), or "ok".
    std::string load() {
        try {
            load_pack(root_ / "local", unit_registry::standard());
            return "ok";
        } catch (const diagnostic_error& e) {
            return e.diag().file + ": " + e.diag().text.en;
        }
    }

    fs::path root_;
};

TEST_F(PackLock, RecordsThePackAndItsDependenciesWithEveryFile) {
    pack_lock lock = compute_lock(root_ / "local");
    ASSERT_EQ(lock.packs.size(), 2u);
    EXPECT_EQ(lock.packs[0].name, "local");
    EXPECT_EQ(lock.packs[1].name, "base");
    EXPECT_EQ(lock.packs[1].version, "1.2.0");
    ASSERT_EQ(lock.packs[0].files.size(), 3u); // the lock itself is not in it
    EXPECT_EQ(lock.packs[0].files.at("main.jx"),
              sha256_hex("扩展 base\n导入 lib/more\n规则 甲 = 阈值\n"));
    EXPECT_TRUE(lock.packs[0].files.count("lib/more.jx"));
    EXPECT_EQ(lock_json(lock), lock_json(compute_lock(root_ / "local"))); // deterministic
    EXPECT_EQ(load(), "ok");
}

TEST_F(PackLock, AChangedFileIsNamed) {
    write("local/lib/more.jx", "规则 乙 = 3\n");
    std::string r = load();
    EXPECT_EQ(r.substr(0, r.find(':')), (root_ / "local/lib/more.jx").string()) << r;
    EXPECT_NE(r.find("the file 'lib/more.jx' of pack 'local' changed since it was locked"),
              std::string::npos)
        << r;
}

TEST_F(PackLock, AChangedDependencyIsNamed) {
    write("base/main.jx", "参数 阈值 = 1.5\n");
    std::string r = load();
    EXPECT_NE(r.find("the file 'main.jx' of pack 'base' changed"), std::string::npos) << r;
    EXPECT_EQ(r.substr(0, r.find(':')), (root_ / "base/main.jx").string()) << r;
}

TEST_F(PackLock, AnAddedFileIsNamed) {
    write("local/lib/extra.jx", "规则 丙 = 1\n");
    EXPECT_NE(load().find("the file 'lib/extra.jx' was added to pack 'local'"), std::string::npos);
}

TEST_F(PackLock, ARemovedFileIsNamed) {
    fs::remove(root_ / "local/lib/more.jx");
    EXPECT_NE(load().find("the file 'lib/more.jx' of pack 'local' is gone"), std::string::npos);
}

TEST_F(PackLock, AMissingDependencyIsNamed) {
    fs::remove_all(root_ / "base");
    EXPECT_NE(load().find("the locked pack 'base' is not in"), std::string::npos);
}

TEST_F(PackLock, RelockingAcceptsTheChange) {
    write("local/lib/more.jx", "规则 乙 = 3\n");
    std::ofstream(root_ / "local" / lock_file_name) << lock_json(compute_lock(root_ / "local"));
    EXPECT_EQ(load(), "ok");
}

// The lock as JSON, with `edit` applied, written back.
void edit_lock(const fs::path& dir, const std::function<void(nlohmann::json&)>& edit) {
    nlohmann::json j = nlohmann::json::parse(lock_json(compute_lock(dir)));
    edit(j);
    std::ofstream(dir / lock_file_name) << j.dump(2);
}

TEST_F(PackLock, PinsTheJixiaoVersionAndTheStandardLibrary) {
    pack_lock lock = compute_lock(root_ / "local");
    EXPECT_EQ(lock.jixiao_version, std::string(jixiao_version()));
    ASSERT_TRUE(lock.stdlib.count("评分.jx"));
    EXPECT_EQ(lock.stdlib.at("评分.jx"), sha256_hex(std::string(embedded_file_text("评分.jx"))));
    nlohmann::json j = nlohmann::json::parse(lock_json(lock));
    EXPECT_EQ(j["lock"], 2);
    EXPECT_EQ(j["jixiao"], std::string(jixiao_version()));
    EXPECT_EQ(j["stdlib"]["评分.jx"], lock.stdlib.at("评分.jx"));
}

TEST_F(PackLock, AnotherJixiaoVersionIsRefused) {
    edit_lock(root_ / "local", [](nlohmann::json& j) { j["jixiao"] = "0.0.1"; });
    std::string r = load();
    EXPECT_NE(r.find("the pack was locked with jixiao 0.0.1, this is " +
                     std::string(jixiao_version()) + ": this pack's scores may change"),
              std::string::npos)
        << r;
}

TEST_F(PackLock, AnotherStandardLibraryIsRefused) {
    edit_lock(root_ / "local", [](nlohmann::json& j) { j["stdlib"]["评分.jx"] = "00"; });
    EXPECT_NE(load().find("the standard library file '评分.jx' differs from the one locked"),
              std::string::npos);
    edit_lock(root_ / "local", [](nlohmann::json& j) { j["stdlib"].erase("评分.jx"); });
    EXPECT_NE(load().find("the standard library file '评分.jx' was added after the lock"),
              std::string::npos);
    edit_lock(root_ / "local", [](nlohmann::json& j) { j["stdlib"] = 7; });
    EXPECT_NE(load().find("'stdlib' is not an object"), std::string::npos);
}

TEST_F(PackLock, AMalformedLockIsAnErrorNotACrash) {
    std::ofstream(root_ / "local" / lock_file_name) << R"({"lock": 1, "packs": [{"name": 5}]})";
    EXPECT_NE(load().find("lacks the text field 'name'"), std::string::npos);
    std::ofstream(root_ / "local" / lock_file_name) << R"({"lock": 1, "packs": [)";
    EXPECT_NE(load().find(lock_file_name), std::string::npos);
}

} // namespace
} // namespace jixiao
