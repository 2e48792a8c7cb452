// How tightly an expression binds, for the two places that print formulas:
// explanations (evaluate.cpp) and the formatter (format.cpp). Higher binds
// tighter; 9 is an atom (a literal, name, call or field).
#pragma once

#include "lang/ast.hpp"

namespace jixiao::jx {

inline int precedence(const expr& e) {
    switch (e.kind) {
    case expr_kind::if_else:
    case expr_kind::let:
    case expr_kind::match:
    case expr_kind::for_each:
        return 0;
    case expr_kind::logical_not:
        return 3;
    case expr_kind::binary:
        switch (e.op) {
        case binary_op::or_:
            return 1;
        case binary_op::and_:
            return 2;
        case binary_op::add:
        case binary_op::sub:
            return 5;
        case binary_op::mul:
        case binary_op::div:
            return 6;
        default:
            return 4; // comparisons
        }
    default:
        return 9;
    }
}

// Whether `child`, an operand of the binary `parent`, needs parentheses to
// read as the tree computes: (a + b) × c, a - (b - c); comparisons do not chain.
inline bool needs_parentheses(const expr& child, const expr& parent, bool right) {
    int c = precedence(child);
    int p = precedence(parent);
    return c < p ||
           (right && c == p && c >= 5 &&
            (parent.op == binary_op::sub || parent.op == binary_op::div)) ||
           (c == p && c == 4);
}

// The same for an operand whose explanation shows something else than its
// expression: a call showing its body's formula binds as that formula does
// (`shown_prec`, evaluate.hpp's explained::prec).
inline bool needs_parentheses(const expr& child, int shown_prec, const expr& parent, bool right) {
    if (child.kind != expr_kind::call || shown_prec >= 9) {
        return needs_parentheses(child, parent, right);
    }
    int c = shown_prec;
    int p = precedence(parent);
    return c < p ||
           (right && c == p && c >= 5 &&
            (parent.op == binary_op::sub || parent.op == binary_op::div)) ||
           (c == p && c == 4);
}

} // namespace jixiao::jx
