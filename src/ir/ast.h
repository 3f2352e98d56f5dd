/* py2c's abstract syntax tree.
 *
 * The tree mirrors CPython 3.11's `ast` module (Parser/Python.asdl): the same
 * node kinds, the same field names and meanings, so that `--emit=ast` can be
 * checked against `ast.parse` and later phases can follow CPython's compiler.
 * Every node carries a Span. All nodes, lists and strings live in the arena of
 * the AstModule that owns them. Nothing here refers to tree-sitter. */
#ifndef PY2C_IR_AST_H
#define PY2C_IR_AST_H

#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/source.h"

/* X(ENUM_SUFFIX, "CPython class name", category) */
#define AST_KINDS(X)                                   \
    X(MODULE, "Module", AST_CAT_MOD)                   \
    /* statements */                                   \
    X(FUNCTION_DEF, "FunctionDef", AST_CAT_STMT)       \
    X(ASYNC_FUNCTION_DEF, "AsyncFunctionDef", AST_CAT_STMT) \
    X(CLASS_DEF, "ClassDef", AST_CAT_STMT)             \
    X(RETURN, "Return", AST_CAT_STMT)                  \
    X(DELETE, "Delete", AST_CAT_STMT)                  \
    X(ASSIGN, "Assign", AST_CAT_STMT)                  \
    X(AUG_ASSIGN, "AugAssign", AST_CAT_STMT)           \
    X(ANN_ASSIGN, "AnnAssign", AST_CAT_STMT)           \
    X(FOR, "For", AST_CAT_STMT)                        \
    X(ASYNC_FOR, "AsyncFor", AST_CAT_STMT)             \
    X(WHILE, "While", AST_CAT_STMT)                    \
    X(IF, "If", AST_CAT_STMT)                          \
    X(WITH, "With", AST_CAT_STMT)                      \
    X(ASYNC_WITH, "AsyncWith", AST_CAT_STMT)           \
    X(MATCH, "Match", AST_CAT_STMT)                    \
    X(RAISE, "Raise", AST_CAT_STMT)                    \
    X(TRY, "Try", AST_CAT_STMT)                        \
    X(TRY_STAR, "TryStar", AST_CAT_STMT)               \
    X(ASSERT, "Assert", AST_CAT_STMT)                  \
    X(IMPORT, "Import", AST_CAT_STMT)                  \
    X(IMPORT_FROM, "ImportFrom", AST_CAT_STMT)         \
    X(GLOBAL, "Global", AST_CAT_STMT)                  \
    X(NONLOCAL, "Nonlocal", AST_CAT_STMT)              \
    X(EXPR, "Expr", AST_CAT_STMT)                      \
    X(PASS, "Pass", AST_CAT_STMT)                      \
    X(BREAK, "Break", AST_CAT_STMT)                    \
    X(CONTINUE, "Continue", AST_CAT_STMT)              \
    /* expressions */                                  \
    X(BOOL_OP, "BoolOp", AST_CAT_EXPR)                 \
    X(NAMED_EXPR, "NamedExpr", AST_CAT_EXPR)           \
    X(BIN_OP, "BinOp", AST_CAT_EXPR)                   \
    X(UNARY_OP, "UnaryOp", AST_CAT_EXPR)               \
    X(LAMBDA, "Lambda", AST_CAT_EXPR)                  \
    X(IF_EXP, "IfExp", AST_CAT_EXPR)                   \
    X(DICT, "Dict", AST_CAT_EXPR)                      \
    X(SET, "Set", AST_CAT_EXPR)                        \
    X(LIST_COMP, "ListComp", AST_CAT_EXPR)             \
    X(SET_COMP, "SetComp", AST_CAT_EXPR)               \
    X(DICT_COMP, "DictComp", AST_CAT_EXPR)             \
    X(GENERATOR_EXP, "GeneratorExp", AST_CAT_EXPR)     \
    X(AWAIT, "Await", AST_CAT_EXPR)                    \
    X(YIELD, "Yield", AST_CAT_EXPR)                    \
    X(YIELD_FROM, "YieldFrom", AST_CAT_EXPR)           \
    X(COMPARE, "Compare", AST_CAT_EXPR)                \
    X(CALL, "Call", AST_CAT_EXPR)                      \
    X(FORMATTED_VALUE, "FormattedValue", AST_CAT_EXPR) \
    X(JOINED_STR, "JoinedStr", AST_CAT_EXPR)           \
    X(CONSTANT, "Constant", AST_CAT_EXPR)              \
    X(ATTRIBUTE, "Attribute", AST_CAT_EXPR)            \
    X(SUBSCRIPT, "Subscript", AST_CAT_EXPR)            \
    X(STARRED, "Starred", AST_CAT_EXPR)                \
    X(NAME, "Name", AST_CAT_EXPR)                      \
    X(LIST, "List", AST_CAT_EXPR)                      \
    X(TUPLE, "Tuple", AST_CAT_EXPR)                    \
    X(SLICE, "Slice", AST_CAT_EXPR)                    \
    /* helper nodes */                                 \
    X(COMPREHENSION, "comprehension", AST_CAT_AUX)     \
    X(EXCEPT_HANDLER, "ExceptHandler", AST_CAT_AUX)    \
    X(ARGUMENTS, "arguments", AST_CAT_AUX)             \
    X(ARG, "arg", AST_CAT_AUX)                         \
    X(KEYWORD, "keyword", AST_CAT_AUX)                 \
    X(ALIAS, "alias", AST_CAT_AUX)                     \
    X(WITHITEM, "withitem", AST_CAT_AUX)               \
    X(MATCH_CASE, "match_case", AST_CAT_AUX)           \
    /* match patterns */                               \
    X(MATCH_VALUE, "MatchValue", AST_CAT_PATTERN)      \
    X(MATCH_SINGLETON, "MatchSingleton", AST_CAT_PATTERN) \
    X(MATCH_SEQUENCE, "MatchSequence", AST_CAT_PATTERN) \
    X(MATCH_MAPPING, "MatchMapping", AST_CAT_PATTERN)  \
    X(MATCH_CLASS, "MatchClass", AST_CAT_PATTERN)      \
    X(MATCH_STAR, "MatchStar", AST_CAT_PATTERN)        \
    X(MATCH_AS, "MatchAs", AST_CAT_PATTERN)            \
    X(MATCH_OR, "MatchOr", AST_CAT_PATTERN)

typedef enum AstKind {
#define X(k, name, cat) AST_##k,
    AST_KINDS(X)
#undef X
    AST_KIND_COUNT
} AstKind;

typedef enum AstCategory { AST_CAT_MOD, AST_CAT_STMT, AST_CAT_EXPR, AST_CAT_AUX, AST_CAT_PATTERN } AstCategory;

/* Operators of BoolOp, BinOp/AugAssign, UnaryOp and Compare, named as in CPython. */
#define AST_OPS(X)                                                             \
    X(AND, "And") X(OR, "Or")                                                  \
    X(ADD, "Add") X(SUB, "Sub") X(MULT, "Mult") X(MAT_MULT, "MatMult")         \
    X(DIV, "Div") X(MOD, "Mod") X(POW, "Pow") X(LSHIFT, "LShift")              \
    X(RSHIFT, "RShift") X(BIT_OR, "BitOr") X(BIT_XOR, "BitXor")                \
    X(BIT_AND, "BitAnd") X(FLOOR_DIV, "FloorDiv")                              \
    X(INVERT, "Invert") X(NOT, "Not") X(UADD, "UAdd") X(USUB, "USub")          \
    X(EQ, "Eq") X(NOT_EQ, "NotEq") X(LT, "Lt") X(LT_E, "LtE") X(GT, "Gt")      \
    X(GT_E, "GtE") X(IS, "Is") X(IS_NOT, "IsNot") X(IN, "In") X(NOT_IN, "NotIn")

typedef enum AstOp {
#define X(k, name) AST_OP_##k,
    AST_OPS(X)
#undef X
    AST_OP_COUNT
} AstOp;

typedef enum AstCtx { AST_LOAD, AST_STORE, AST_DEL } AstCtx;

typedef enum AstConstKind {
    AST_CONST_NONE,
    AST_CONST_TRUE,
    AST_CONST_FALSE,
    AST_CONST_ELLIPSIS,
    AST_CONST_INT,
    AST_CONST_FLOAT,
    AST_CONST_IMAG, /* the imaginary literal `2j`: value is the imaginary part */
    AST_CONST_STR,
    AST_CONST_BYTES,
} AstConstKind;

typedef struct AstConst {
    AstConstKind kind;
    /* INT: exact decimal digits with an optional leading '-' (arbitrary size),
     * and the value itself when it fits in int64 (fits_i64). */
    const char *int_digits;
    int64_t i64;
    bool fits_i64;
    /* FLOAT, IMAG */
    double f;
    /* STR: UTF-8 (lone surrogates from escapes encoded WTF-8 style); BYTES: raw.
     * Not NUL-terminated in general (may contain NUL): use len. */
    const char *data;
    uint32_t len;
    bool u_prefix; /* STR written as u"...": CPython's Constant.kind == "u" */
} AstConst;

typedef struct AstNode AstNode;

typedef struct AstList {
    AstNode **items; /* an item may be NULL where CPython allows None (Dict.keys, kw_defaults) */
    int len;
} AstList;

typedef struct AstIdent {
    const char *name;
    Span span;
} AstIdent;

typedef struct AstIdentList {
    AstIdent *items;
    int len;
} AstIdentList;

struct AstNode {
    AstKind kind;
    Span span;
    union {
        struct { AstList body; } module;
        /* FUNCTION_DEF, ASYNC_FUNCTION_DEF */
        struct { AstIdent name; AstNode *args; AstList body, decorator_list; AstNode *returns; } function_def;
        struct { AstIdent name; AstList bases, keywords, body, decorator_list; } class_def;
        struct { AstNode *value; } return_; /* value may be NULL */
        struct { AstList targets; } delete_;
        struct { AstList targets; AstNode *value; } assign;
        struct { AstNode *target; AstOp op; AstNode *value; } aug_assign;
        struct { AstNode *target, *annotation, *value; bool simple; } ann_assign;
        /* FOR, ASYNC_FOR */
        struct { AstNode *target, *iter; AstList body, orelse; } for_;
        struct { AstNode *test; AstList body, orelse; } while_;
        struct { AstNode *test; AstList body, orelse; } if_;
        /* WITH, ASYNC_WITH */
        struct { AstList items, body; } with;
        struct { AstNode *subject; AstList cases; } match;
        struct { AstNode *exc, *cause; } raise;
        /* TRY, TRY_STAR */
        struct { AstList body, handlers, orelse, finalbody; } try_;
        struct { AstNode *test, *msg; } assert_;
        struct { AstList names; } import;
        struct { const char *module; AstList names; int level; } import_from; /* module may be NULL */
        /* GLOBAL, NONLOCAL */
        struct { AstIdentList names; } global;
        struct { AstNode *value; } expr;

        struct { AstOp op; AstList values; } bool_op;
        struct { AstNode *target, *value; } named_expr;
        struct { AstNode *left; AstOp op; AstNode *right; } bin_op;
        struct { AstOp op; AstNode *operand; } unary_op;
        struct { AstNode *args, *body; } lambda;
        struct { AstNode *test, *body, *orelse; } if_exp;
        struct { AstList keys, values; } dict; /* a NULL key means `**value` */
        struct { AstList elts; } set;
        /* LIST_COMP, SET_COMP, GENERATOR_EXP */
        struct { AstNode *elt; AstList generators; } comp;
        struct { AstNode *key, *value; AstList generators; } dict_comp;
        /* AWAIT, YIELD (value may be NULL), YIELD_FROM */
        struct { AstNode *value; } await_yield;
        struct { AstNode *left; int op_count; AstOp *ops; AstList comparators; } compare;
        struct { AstNode *func; AstList args, keywords; } call;
        /* conversion: -1 none, 's', 'r' or 'a' */
        struct { AstNode *value; int conversion; AstNode *format_spec; } formatted_value;
        struct { AstList values; } joined_str;
        AstConst constant;
        struct { AstNode *value; AstIdent attr; AstCtx ctx; } attribute;
        struct { AstNode *value, *slice; AstCtx ctx; } subscript;
        struct { AstNode *value; AstCtx ctx; } starred;
        struct { const char *id; AstCtx ctx; } name;
        /* LIST, TUPLE */
        struct { AstList elts; AstCtx ctx; } seq;
        struct { AstNode *lower, *upper, *step; } slice;

        struct { AstNode *target, *iter; AstList ifs; bool is_async; } comprehension;
        struct { AstNode *type; AstIdent name; AstList body; } except_handler; /* name.name may be NULL */
        /* kw_defaults has one entry per kwonlyargs entry, NULL where there is no default */
        struct { AstList posonlyargs, args; AstNode *vararg; AstList kwonlyargs, kw_defaults; AstNode *kwarg; AstList defaults; } arguments;
        struct { AstIdent arg; AstNode *annotation; } arg;
        struct { AstIdent arg; AstNode *value; } keyword; /* arg.name NULL for **value */
        struct { const char *name; AstIdent asname; } alias; /* asname.name may be NULL */
        struct { AstNode *context_expr, *optional_vars; } withitem;
        struct { AstNode *pattern, *guard; AstList body; } match_case;

        struct { AstNode *value; } match_value;
        struct { AstConstKind value; } match_singleton; /* NONE, TRUE or FALSE */
        struct { AstList patterns; } match_sequence;
        struct { AstList keys, patterns; AstIdent rest; } match_mapping;
        struct { AstNode *cls; AstList patterns; AstIdentList kwd_attrs; AstList kwd_patterns; } match_class;
        struct { AstIdent name; } match_star; /* name.name NULL for `*_` */
        struct { AstNode *pattern; AstIdent name; } match_as; /* both absent for `_` */
        struct { AstList patterns; } match_or;
    } u;
};

typedef struct AstModule {
    Arena arena;
    const SourceFile *src;
    AstNode *root; /* AST_MODULE */
} AstModule;

AstNode *ast_new(Arena *a, AstKind kind, Span span);
const char *ast_kind_name(AstKind kind);
AstCategory ast_kind_category(AstKind kind);
const char *ast_op_name(AstOp op);
const char *ast_ctx_name(AstCtx ctx);

/* Calls fn(child, ctx) on each child node of n (not on n itself, not
 * recursively), skipping absent ones (NULL), in the order of CPython's fields
 * (what `ast.iter_child_nodes` yields): mostly source order, but IfExp gives
 * test, body, orelse; Dict all keys, then all values; FunctionDef args, body,
 * decorator_list, returns; ClassDef bases, keywords, body, decorator_list;
 * arguments posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg,
 * defaults. Identifiers (AstIdent, names) are fields, not children: a walk
 * that binds names reads them itself. Statements, expressions, patterns and
 * the helper nodes (arguments, arg, keyword, alias, withitem, match_case,
 * comprehension, excepthandler) are all children. */
typedef void (*AstChildFn)(const AstNode *child, void *ctx);
void ast_for_each_child(const AstNode *n, AstChildFn fn, void *ctx);

/* Copies a temporary array of node pointers into the arena. */
AstList ast_list_from(Arena *a, AstNode *const *items, int len);

void ast_module_free(AstModule *m);

#endif
