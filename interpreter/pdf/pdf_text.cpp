#include "pdf/pdf_text.hpp"

#include "pdf/page_layout.hpp"

#include "diag/diagnostic.hpp"
#include "text/utf8.hpp"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

namespace jixiao::pdf {
namespace {

[[noreturn]] void refuse(const std::string& path, message text) {
    throw diagnostic_error(diagnose(severity::error, std::move(text), path));
}

} // namespace

std::string pdf_text(const std::string& path, const pdf_limits& limits) {
    std::error_code ec;
    auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        refuse(path, {"无法读取文件：" + ec.message(), "cannot read the file: " + ec.message()});
    }
    if (size > limits.max_bytes) {
        refuse(path, {"PDF 过大：" + std::to_string(size) + " 字节（至多 " +
                          std::to_string(limits.max_bytes) + "）",
                      "the PDF is too large: " + std::to_string(size) + " bytes (at most " +
                          std::to_string(limits.max_bytes) + ")"});
    }
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(path));
    if (doc == nullptr) {
        refuse(path, {"不是可读的 PDF（文件损坏，或不是 PDF）",
                      "not a readable PDF (damaged, or not a PDF)"});
    }
    if (doc->is_locked()) {
        refuse(path, {"PDF 已加密，无法读取文字", "the PDF is encrypted; its text cannot be read"});
    }
    int pages = doc->pages();
    if (pages < 0 || static_cast<std::size_t>(pages) > limits.max_pages) {
        refuse(path,
               {"PDF 页数过多（至多 " + std::to_string(limits.max_pages) + " 页）",
                "the PDF has too many pages (at most " + std::to_string(limits.max_pages) + ")"});
    }
    std::string out;
    std::size_t boxes = 0;
    std::optional<table_layout> previous;
    for (int p = 0; p < pages; ++p) {
        std::unique_ptr<poppler::page> page(doc->create_page(p));
        if (page == nullptr) {
            continue;
        }
        std::vector<span> words;
        for (auto& box : page->text_list()) {
            if (++boxes > limits.max_boxes) {
                refuse(path,
                       {"PDF 的文字过多（至多 " + std::to_string(limits.max_boxes) + " 个词）",
                        "the PDF holds too much text (at most " + std::to_string(limits.max_boxes) +
                            " words)"});
            }
            if (box.rotation() != 0) {
                continue; // a watermark or a stamp
            }
            auto utf8 = box.text().to_utf8();
            std::string text(utf8.data(), utf8.size());
            if (text.empty() || !utf8::valid(text)) {
                continue;
            }
            auto r = box.bbox();
            words.push_back({std::move(text), r.x(), r.x() + r.width(), r.y(), r.y() + r.height(),
                             box.has_space_after()});
        }
        out += "\n〔第 " + std::to_string(p + 1) + " 页〕";
        page_text(std::move(words), previous, out);
    }
    if (boxes == 0) {
        refuse(path, {"PDF 没有文字层（扫描件？）：请先做文字识别，或提供文本",
                      "the PDF has no text layer (a scan?): run OCR first, or give its text"});
    }
    out += '\n';
    return out.substr(1);
}

} // namespace jixiao::pdf
