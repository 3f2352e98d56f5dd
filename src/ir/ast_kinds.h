/* Case labels for whole categories of AstKind (the groups of ast.h's
 * AST_KINDS), so that switches over node kinds in every phase can stay
 * exhaustive, with no `default:` (STYLE.md: -Wswitch then catches a forgotten
 * kind), without each one spelling out the kinds it never sees.
 *
 * The lists are written out rather than derived from AST_KINDS on purpose: a
 * kind added to ast.h is in none of them, so every switch warns until the kind
 * is placed here and wherever it needs handling. Use them as labels:
 *     AST_CASES_NOT_EXPR: break; */
#ifndef PY2C_IR_AST_KINDS_H
#define PY2C_IR_AST_KINDS_H

#include "ir/ast.h"

/* Statements in four groups, for switches that treat whole groups alike. */
/* def and class: their bodies run elsewhere (another scope, another time) */
#define AST_CASES_STMT_DEF case AST_FUNCTION_DEF: case AST_ASYNC_FUNCTION_DEF: case AST_CLASS_DEF
/* no statement inside and no jump: control goes on to the next statement
 * (or an exception leaves) */
#define AST_CASES_STMT_SIMPLE                                                                       \
    case AST_DELETE: case AST_ASSIGN: case AST_AUG_ASSIGN: case AST_ANN_ASSIGN: case AST_ASSERT:   \
    case AST_IMPORT: case AST_IMPORT_FROM: case AST_GLOBAL: case AST_NONLOCAL: case AST_EXPR:       \
    case AST_PASS
#define AST_CASES_STMT_JUMP case AST_RETURN: case AST_RAISE: case AST_BREAK: case AST_CONTINUE
/* statements holding blocks of statements of the same scope */
#define AST_CASES_STMT_COMPOUND                                                                     \
    case AST_FOR: case AST_ASYNC_FOR: case AST_WHILE: case AST_IF: case AST_WITH:                  \
    case AST_ASYNC_WITH: case AST_MATCH: case AST_TRY: case AST_TRY_STAR
#define AST_CASES_STMT \
    AST_CASES_STMT_DEF: AST_CASES_STMT_SIMPLE: AST_CASES_STMT_JUMP: AST_CASES_STMT_COMPOUND

#define AST_CASES_EXPR                                                                              \
    case AST_BOOL_OP: case AST_NAMED_EXPR: case AST_BIN_OP: case AST_UNARY_OP: case AST_LAMBDA:     \
    case AST_IF_EXP: case AST_DICT: case AST_SET: case AST_LIST_COMP: case AST_SET_COMP:            \
    case AST_DICT_COMP: case AST_GENERATOR_EXP: case AST_AWAIT: case AST_YIELD:                    \
    case AST_YIELD_FROM: case AST_COMPARE: case AST_CALL: case AST_FORMATTED_VALUE:                \
    case AST_JOINED_STR: case AST_CONSTANT: case AST_ATTRIBUTE: case AST_SUBSCRIPT:                \
    case AST_STARRED: case AST_NAME: case AST_LIST: case AST_TUPLE: case AST_SLICE

/* comprehension, excepthandler, arguments, ...: the helper nodes */
#define AST_CASES_AUX                                                                               \
    case AST_COMPREHENSION: case AST_EXCEPT_HANDLER: case AST_ARGUMENTS: case AST_ARG:             \
    case AST_KEYWORD: case AST_ALIAS: case AST_WITHITEM: case AST_MATCH_CASE

#define AST_CASES_PATTERN                                                                           \
    case AST_MATCH_VALUE: case AST_MATCH_SINGLETON: case AST_MATCH_SEQUENCE:                       \
    case AST_MATCH_MAPPING: case AST_MATCH_CLASS: case AST_MATCH_STAR: case AST_MATCH_AS:          \
    case AST_MATCH_OR

/* Everything but one category, for a switch over that category's nodes. */
#define AST_CASES_NOT_STMT \
    case AST_MODULE: AST_CASES_EXPR: AST_CASES_AUX: AST_CASES_PATTERN: case AST_KIND_COUNT
#define AST_CASES_NOT_EXPR \
    case AST_MODULE: AST_CASES_STMT: AST_CASES_AUX: AST_CASES_PATTERN: case AST_KIND_COUNT
#define AST_CASES_NOT_PATTERN \
    case AST_MODULE: AST_CASES_STMT: AST_CASES_EXPR: AST_CASES_AUX: case AST_KIND_COUNT

/* Module, helper and pattern nodes: for switches over statements or expressions
 * that may meet any of the other kinds only as a bug. */
#define AST_CASES_OTHER \
    case AST_MODULE: AST_CASES_AUX: AST_CASES_PATTERN: case AST_KIND_COUNT

#endif
