/* Scope resolution, as CPython's symtable: which names of each scope (module,
 * function, lambda, comprehension, generator expression, class body) are
 * local, global, free (from an enclosing function) or cell (captured by an
 * inner scope). The frontend has already rejected the programs CPython's
 * symtable rejects (nonlocal without binding, global after use, ...). */
#ifndef PY2C_LOWER_RESOLVE_H
#define PY2C_LOWER_RESOLVE_H

#include <stdbool.h>

#include "common/arena.h"
#include "common/vec.h"
#include "ir/ast.h"

/* AST kinds by category, for switches that handle one category and list the
 * others (no `default:`, so -Wswitch still catches a new kind):
 *     switch (e->kind) { ... RES_CASES_STMT: RES_CASES_OTHER: INTERNAL_ERROR(...); } */
#define RES_CASES_STMT \
    case AST_FUNCTION_DEF: case AST_ASYNC_FUNCTION_DEF: case AST_CLASS_DEF: case AST_RETURN: \
    case AST_DELETE: case AST_ASSIGN: case AST_AUG_ASSIGN: case AST_ANN_ASSIGN: case AST_FOR: \
    case AST_ASYNC_FOR: case AST_WHILE: case AST_IF: case AST_WITH: case AST_ASYNC_WITH: \
    case AST_MATCH: case AST_RAISE: case AST_TRY: case AST_TRY_STAR: case AST_ASSERT: \
    case AST_IMPORT: case AST_IMPORT_FROM: case AST_GLOBAL: case AST_NONLOCAL: case AST_EXPR: \
    case AST_PASS: case AST_BREAK: case AST_CONTINUE
#define RES_CASES_EXPR \
    case AST_BOOL_OP: case AST_NAMED_EXPR: case AST_BIN_OP: case AST_UNARY_OP: case AST_LAMBDA: \
    case AST_IF_EXP: case AST_DICT: case AST_SET: case AST_LIST_COMP: case AST_SET_COMP: \
    case AST_DICT_COMP: case AST_GENERATOR_EXP: case AST_AWAIT: case AST_YIELD: case AST_YIELD_FROM: \
    case AST_COMPARE: case AST_CALL: case AST_FORMATTED_VALUE: case AST_JOINED_STR: \
    case AST_CONSTANT: case AST_ATTRIBUTE: case AST_SUBSCRIPT: case AST_STARRED: case AST_NAME: \
    case AST_LIST: case AST_TUPLE: case AST_SLICE
#define RES_CASES_OTHER \
    case AST_MODULE: case AST_COMPREHENSION: case AST_EXCEPT_HANDLER: case AST_ARGUMENTS: \
    case AST_ARG: case AST_KEYWORD: case AST_ALIAS: case AST_WITHITEM: case AST_MATCH_CASE: \
    case AST_MATCH_VALUE: case AST_MATCH_SINGLETON: case AST_MATCH_SEQUENCE: case AST_MATCH_MAPPING: \
    case AST_MATCH_CLASS: case AST_MATCH_STAR: case AST_MATCH_AS: case AST_MATCH_OR: \
    case AST_KIND_COUNT

typedef enum ResScopeKind { RES_MODULE, RES_FUNCTION, RES_LAMBDA, RES_COMPREHENSION, RES_GENEXPR, RES_CLASS } ResScopeKind;

enum {
    RES_DEF_LOCAL = 1u << 0,    /* bound here (assignment, def, import, for, except as, del) */
    RES_DEF_PARAM = 1u << 1,    /* a parameter */
    RES_DEF_GLOBAL = 1u << 2,   /* `global` (or a module-level comprehension's walrus target) */
    RES_DEF_NONLOCAL = 1u << 3, /* `nonlocal` (or a comprehension's walrus target) */
    RES_USE = 1u << 4,          /* read here */
};

typedef enum ResKind {
    RES_LOCAL,           /* function local (module scope: a global; class scope: the class namespace) */
    RES_GLOBAL_EXPLICIT, /* declared global */
    RES_GLOBAL_IMPLICIT, /* not bound in any enclosing function: global, then builtin */
    RES_FREE,            /* bound in an enclosing function */
    RES_CELL,            /* local, captured by an inner scope */
} ResKind;

typedef struct ResSymbol {
    const char *name;
    unsigned flags;
    ResKind kind;
} ResSymbol;

typedef struct ResScope ResScope;
struct ResScope {
    ResScopeKind kind;
    const AstNode *node; /* MODULE, FUNCTION_DEF, LAMBDA, *_COMP, GENERATOR_EXP, CLASS_DEF */
    ResScope *parent;
    const char *name;     /* co_name: "f", "<lambda>", "<listcomp>", ... */
    const char *qualname; /* __qualname__ */
    VEC(ResSymbol) syms;
    VEC(ResScope *) children;
    bool generator; /* a function whose body yields */
    bool class_cell; /* CLASS: a method needs the implicit __class__ cell (super()) */
};

typedef struct ResTable {
    Arena *arena;
    ResScope *module;
    VEC(ResScope *) all;
    /* names that are module globals: bound at module level or under `global` */
    VEC(const char *) globals;
} ResTable;

/* Builds the scopes of a module (strings and scopes in arena). */
void res_build(ResTable *t, Arena *arena, const AstNode *module);
void res_free(ResTable *t);

/* The scope a scope-creating node opens. */
ResScope *res_scope_of(const ResTable *t, const AstNode *node);
/* The symbol of name in scope s, or NULL when s never mentions it. */
ResSymbol *res_lookup(const ResScope *s, const char *name);
bool res_is_global_name(const ResTable *t, const char *name);
/* Function-like scopes have fast locals and cells; module and class bodies do not. */
bool res_is_function_like(const ResScope *s);

#endif
