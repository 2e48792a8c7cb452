#include "text/layout.hpp"

#include "text/utf8.hpp"

namespace jixiao::layout {

enum class kind { text, line, hardline, concat, nest, align, group };

struct node {
    kind k;
    std::string s; // text; for a line, what it is when flat
    int indent = 0;
    std::vector<doc> parts;
};

namespace {

doc make(node n) {
    return std::make_shared<const node>(std::move(n));
}

enum class mode { flat, broken };

struct command {
    int indent;
    mode m;
    const node* d;
};

// True when the text up to the next possible break fits in `room` columns:
// `first` laid out flat, then the commands after it (`rest`, top last) as
// they stand. A group met in `rest` is measured as broken: it may still break
// at its first line, and its own turn decides whether it stays flat.
bool fits(int room, command first, const std::vector<command>& rest) {
    std::vector<command> todo{first};
    std::size_t next_rest = rest.size();
    bool in_first = true;
    while (room >= 0) {
        if (todo.empty()) {
            if (next_rest == 0) {
                return true;
            }
            in_first = false;
            todo.push_back(rest[--next_rest]);
        }
        command c = todo.back();
        todo.pop_back();
        switch (c.d->k) {
        case kind::text:
            room -= utf8::width(c.d->s);
            break;
        case kind::line:
            if (c.m == mode::broken) {
                return true;
            }
            room -= utf8::width(c.d->s);
            break;
        case kind::hardline:
            return !in_first; // a group holding a hard break cannot be flat
        case kind::concat:
            for (auto it = c.d->parts.rbegin(); it != c.d->parts.rend(); ++it) {
                todo.push_back({c.indent, c.m, it->get()});
            }
            break;
        case kind::nest:
        case kind::align:
            todo.push_back({c.indent, c.m, c.d->parts[0].get()});
            break;
        case kind::group:
            todo.push_back({c.indent, in_first ? mode::flat : mode::broken, c.d->parts[0].get()});
            break;
        }
    }
    return false;
}

} // namespace

doc text(std::string s) {
    return make({kind::text, std::move(s), 0, {}});
}
doc line() {
    return make({kind::line, " ", 0, {}});
}
doc softline() {
    return make({kind::line, "", 0, {}});
}
doc hardline() {
    return make({kind::hardline, "", 0, {}});
}
doc concat(std::vector<doc> parts) {
    return make({kind::concat, "", 0, std::move(parts)});
}
doc nest(int indent, doc d) {
    return make({kind::nest, "", indent, {std::move(d)}});
}
doc align(doc d) {
    return make({kind::align, "", 0, {std::move(d)}});
}
doc group(doc d) {
    return make({kind::group, "", 0, {std::move(d)}});
}

doc fill(std::vector<doc> items, const std::string& separator, bool spaced) {
    std::vector<doc> parts;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) {
            // The break before each item is its own group: it stays a space
            // while the item (and the separator after it) still fits.
            parts.push_back(text(separator));
            parts.push_back(group(spaced ? line() : softline()));
        }
        parts.push_back(std::move(items[i]));
    }
    return concat(std::move(parts));
}

std::string render(const doc& d, int width, int start) {
    std::string out;
    int column = start;
    std::vector<command> todo{{start, mode::broken, d.get()}};
    auto newline = [&](int indent) {
        while (!out.empty() && out.back() == ' ') {
            out.pop_back();
        }
        out += '\n';
        out.append(static_cast<std::size_t>(indent), ' ');
        column = indent;
    };
    while (!todo.empty()) {
        command c = todo.back();
        todo.pop_back();
        switch (c.d->k) {
        case kind::text:
            out += c.d->s;
            column += utf8::width(c.d->s);
            break;
        case kind::line:
            if (c.m == mode::flat) {
                out += c.d->s;
                column += utf8::width(c.d->s);
            } else {
                newline(c.indent);
            }
            break;
        case kind::hardline:
            newline(c.indent);
            break;
        case kind::concat:
            for (auto it = c.d->parts.rbegin(); it != c.d->parts.rend(); ++it) {
                todo.push_back({c.indent, c.m, it->get()});
            }
            break;
        case kind::nest:
            todo.push_back({c.indent + c.d->indent, c.m, c.d->parts[0].get()});
            break;
        case kind::align:
            todo.push_back({column, c.m, c.d->parts[0].get()});
            break;
        case kind::group: {
            command inner{c.indent, mode::flat, c.d->parts[0].get()};
            if (c.m == mode::broken && !fits(width - column, inner, todo)) {
                inner.m = mode::broken;
            }
            todo.push_back(inner);
            break;
        }
        }
    }
    return out;
}

} // namespace jixiao::layout
