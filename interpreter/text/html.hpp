// Text placed in an HTML page: & < > " escaped, nothing else touched.
#pragma once

#include <string>

namespace jixiao {

std::string html_escape(const std::string& s);

} // namespace jixiao
