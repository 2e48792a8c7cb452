// Width-aware layout of nested text (jixiao fmt), after Wadler's "prettier
// printer" in Lindig's strict form: a document says where a line may break
// and which breaks go together; the renderer breaks a group only when its text
// would not fit in the width. Widths are display columns (CJK counts 2).
//
//   text("若 ") + cond + line() + text("否则 ") + …   // line: a space, or a break
//   group(d)      // all the group's lines break, or none
//   align(d)      // breaks inside d return to the column where d starts
//   nest(n, d)    // breaks inside d return to the current indentation + n
//   fill(items, separator)  // as many items per line as fit (lists of atoms)
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace jixiao::layout {

struct node;
using doc = std::shared_ptr<const node>;

doc text(std::string s);
doc line();     // a space when its group is flat, a break otherwise
doc softline(); // nothing when flat, a break otherwise
doc hardline(); // always a break; the groups around it cannot be flat
doc concat(std::vector<doc> parts);
doc nest(int indent, doc d);
doc align(doc d);
doc group(doc d);
// Items separated by `separator` followed by a line that breaks only when the
// next item does not fit on the current line; `spaced`: a space between items
// that stay on one line (", "), or none ("、").
doc fill(std::vector<doc> items, const std::string& separator, bool spaced = true);

inline doc operator+(doc a, doc b) {
    return concat({std::move(a), std::move(b)});
}

// The text of `d` laid out in `width` columns, starting at column `start`.
// Lines never end in blanks.
std::string render(const doc& d, int width, int start = 0);

} // namespace jixiao::layout
