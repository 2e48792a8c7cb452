// Texts shown to people that can be as long as an input field (an explanation
// quoting a megabyte of text, a message quoting an unknown word) keep their
// beginning and their end around " … ", cut between characters: what is left
// still says where the text came from and, for a formula, what it came to.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace jixiao {

// s itself when it has at most max_bytes bytes (max_bytes >= 16), otherwise
// at most max_bytes bytes of it: its beginning, " … ", its end.
std::string shortened(std::string_view s, std::size_t max_bytes);
void shorten(std::string& s, std::size_t max_bytes);

} // namespace jixiao
