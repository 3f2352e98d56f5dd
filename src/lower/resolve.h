/* Scope resolution, as CPython's symtable: which names of each scope (module,
 * function, lambda, comprehension, generator expression, class body) are
 * local, global, free (from an enclosing function) or cell (captured by an
 * inner scope). The frontend has already rejected the programs CPython's
 * symtable rejects (nonlocal without binding, global after use, ...). */
#ifndef PY2C_LOWER_RESOLVE_H
#define PY2C_LOWER_RESOLVE_H

#include <stdbool.h>

#include "common/arena.h"
#include "common/name_index.h"
#include "common/vec.h"
#include "ir/ast.h"
#include "ir/ast_kinds.h"

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
    int nbind;                 /* binding occurrences here (parameter, store, del, import, ...) */
    const AstNode *bind_name;  /* the Name node of the last binding that was a Name store, or NULL */
} ResSymbol;

typedef struct ResScope ResScope;
struct ResScope {
    ResScopeKind kind;
    const AstNode *node; /* MODULE, FUNCTION_DEF, LAMBDA, *_COMP, GENERATOR_EXP, CLASS_DEF */
    ResScope *parent;
    const char *name;     /* co_name: "f", "<lambda>", "<listcomp>", ... */
    const char *qualname; /* __qualname__ */
    const char *private_name; /* the enclosing class's name, for private-name mangling, or NULL */
    Arena *private_arena;     /* where mangled names are made */
    VEC(ResSymbol) syms;
    NameIndex sym_index; /* of syms, by name */
    VEC(ResScope *) children;
    bool generator; /* a function whose body yields */
    bool class_cell; /* CLASS: a method needs the implicit __class__ cell (super()) */
    /* CLASS: names free in nested scopes that the class body binds itself
     * (CPython's DEF_FREE_CLASS): the body carries their cells through */
    VEC(const char *) pass_free;
};

typedef struct ResTable {
    Arena *arena;
    ResScope *module;
    VEC(ResScope *) all;
    NameIndex scope_index; /* of all, by node */
    /* names that are module globals: bound at module level or under `global` */
    VEC(const char *) globals;
    NameIndex global_index; /* of globals */
} ResTable;

/* CPython's _Py_Mangle: `__x` inside class `_A` becomes `_A__x` (not dunder
 * names, dotted names, or when the class name is all underscores). */
const char *res_mangle(Arena *arena, const char *private_name, const char *name);

/* Builds the scopes of a module (strings and scopes in arena). */
void res_build(ResTable *t, Arena *arena, const AstNode *module);
void res_free(ResTable *t);

/* The scope a scope-creating node opens. */
ResScope *res_scope_of(const ResTable *t, const AstNode *node);
/* The symbol of name in scope s, or NULL when s never mentions it. */
ResSymbol *res_lookup(const ResScope *s, const char *name);
bool res_is_global_name(const ResTable *t, const char *name);
/* Records name as a module global (once; the lowering adds the implicit ones). */
void res_add_global(ResTable *t, const char *name);
/* Function-like scopes have fast locals and cells; module and class bodies do not. */
bool res_is_function_like(const ResScope *s);

#endif
