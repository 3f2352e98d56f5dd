/* Internals of the type inference (types.h); only src/types/ includes this. */
#ifndef PY2C_TYPES_TY_INTERNAL_H
#define PY2C_TYPES_TY_INTERNAL_H

#include "common/arena.h"
#include "common/vec.h"
#include "lower/resolve.h"
#include "types/types.h"

#define TY_TUPLE_MAX 8  /* longer tuples are tracked as homogeneous */
#define TY_MAX_CLASSES 64
#define TY_MAX_ROUNDS 200

/* An abstract heap cell: every list/dict/set/tuple/iterator made at one
 * source site (and everything joined with it: union-find, so aliases share
 * one cell). `escaped`: unknown code may hold it; its contents are then any. */
typedef struct TyNode {
    int parent;
    int tlen;        /* tuples: fixed length (pos valid), or -1 (homogeneous) */
    bool escaped;
    TyType elem;     /* elements; dict keys; tuples: join of all positions */
    TyType val;      /* dict values */
    TyType pos[TY_TUPLE_MAX];
} TyNode;

typedef struct TyNamed {
    const char *name;
    TyType t;
} TyNamed;
typedef VEC(TyNamed) TyNamedVec;

typedef struct TyFunc TyFunc;
typedef struct TyClass TyClass;

/* A scope's variables: per ResScope symbol (function, lambda, comprehension,
 * class) or per global name (module: `globals`). */
typedef struct TyScope {
    const ResScope *rs;
    int module;
    TyType *sum;               /* join of every binding, per symbol */
    int *nbind;                /* bindings seen by the pre-pass, per symbol */
    const AstNode **binder;    /* the binding (when nbind == 1) */
    TyFunc *fn;
    TyClass *cls;
    /* MODULE: globals by name */
    TyNamedVec globals;
    NameIndex gindex; /* of globals, by name */
    VEC(int) gnbind;
    VEC(const AstNode *) gbinder;
} TyScope;

struct TyFunc {
    const AstNode *node;  /* FUNCTION_DEF, ASYNC_FUNCTION_DEF or LAMBDA */
    TyScope *sc;
    TyScope *outer;       /* the scope its def binds its name in */
    TyClass *cls;         /* method of this class (def directly in its body) */
    bool escaped;         /* callers unknown: parameters any, results escape */
    bool generator, is_async, decorated;
    TyType ret;
    TyType op_ret;        /* ret without `return NotImplemented`: an operator's result */
    int gen_site;         /* iterator node of the generators it makes */
};

struct TyClass {
    int id;
    const AstNode *node;
    TyScope *sc;
    const char *qualname;
    int module;
    VEC(TyClass *) bases;  /* program base classes */
    bool foreign_base;     /* a base that is not a program class nor object */
    bool opaque_new;       /* metaclass, decorators or unknown bases: C() is any */
    bool inst_escaped;     /* instances reached unknown code: any method may be called */
    bool getattribute;     /* __getattribute__ somewhere up its bases: lookups unknown */
    TyNamedVec inst;       /* instance attributes stored, with their types */
};

typedef struct TyModuleState {
    const AstModule *ast;
    const char *name, *path;
    ResTable res;
    TyScope *scope;
} TyModuleState;

typedef struct TyUse {
    const AstNode *node;
    TyType t;
    int round;
} TyUse;

struct TyProgram {
    Arena arena;
    TyModuleState *mods;
    int nmods;
    VEC(TyScope *) scopes;
    VEC(TyFunc *) funcs;
    VEC(TyClass *) classes;
    VEC(TyNode) nodes;          /* nodes[0] unused */
    /* (site, slot) -> node, open addressing */
    struct { const void *site; int slot, node; } *sites;
    int nsites, capsites;
    TyUse *uses;                /* node -> type of its last evaluations */
    int nuses, capuses;
    TyNamedVec attr_all;        /* attribute name -> join of every store of it */
    TyNamedVec any_store;       /* stores through receivers that may be any instance */
    TyNamedVec mod_store;       /* stores through receivers that may be a module */
    VEC(const char *) esc_methods; /* method names called in ways the analysis cannot follow */
    bool changed;               /* this round grew something */
    bool dynamic;               /* setattr/globals()/exec/...: everything is any */
    bool gave_up;               /* no fixed point within TY_MAX_ROUNDS: everything is any */
    const char **attr_names;    /* ty_attr_names' answer */
    bool descriptors;           /* some class defines __get__/__set__ */
    int round;
    /* scope-opening node -> TyScope, open addressing */
    struct { const void *node; TyScope *sc; } *scmap;
    int capscmap;
};

/* How a name read or bound in a scope is stored. */
typedef enum TyVarHow {
    TY_V_ENV,     /* a plain local of the function being analysed: flow-sensitive */
    TY_V_CELL,    /* a local captured by an inner function: written to env and summary, read from summary */
    TY_V_SUM,     /* a variable of another scope, or of a class body: its summary */
    TY_V_GLOBAL,  /* a module global (owner: the module's scope) */
    TY_V_BUILTIN, /* not bound anywhere in the program */
} TyVarHow;

typedef struct TyVar {
    TyVarHow how;
    TyScope *owner;
    int slot; /* ENV, CELL, SUM: index into owner->rs->syms */
} TyVar;

/* ty_infer.c */
TyVar ty_resolve(TyProgram *p, TyScope *s, const char *name);
int ty_global_slot(TyProgram *p, TyScope *module, const char *name);
TyScope *ty_scope_of(const TyProgram *p, const void *node);
TyScope *ty_scope_of_rs(const TyProgram *p, const ResScope *rs);
/* The only binding of a variable (a def, class, import...), or NULL. */
const AstNode *ty_var_binder(const TyProgram *p, const TyVar *v, const char *name);
bool ty_func_escaped(const TyProgram *p, const TyFunc *f);

/* ty_prepass.c */
void ty_prepass(TyProgram *p);

/* ty_lattice.c */
TyType ty_none_type(void);
TyType ty_k(uint32_t kinds);
bool ty_is_empty(TyType t);
int ty_node_new(TyProgram *p, int tlen);
int ty_find(TyProgram *p, int n);
int ty_find_c(const TyProgram *p, int n);
/* dst |= src; returns whether dst grew (node unions count as growth). */
bool ty_join(TyProgram *p, TyType *dst, TyType src);
TyType ty_joined(TyProgram *p, TyType a, TyType b);
bool ty_same(const TyProgram *p, TyType a, TyType b);
void ty_escape(TyProgram *p, TyType t);
/* Adds to a node's elements (which: 0 elem, 1 dict values, 2+i tuple position i). */
void ty_node_add(TyProgram *p, int node, int which, TyType t);
TyNode *ty_node(TyProgram *p, int node);
/* The node made at (site, slot), created with tlen on first use. */
int ty_site(TyProgram *p, const void *site, int slot, int tlen);
TyType ty_list_of(TyProgram *p, const void *site, int slot, TyType elem);
TyType ty_tuple_of(TyProgram *p, const void *site, int slot, const TyType *items, int n);
TyType ty_iter_of(TyProgram *p, const void *site, int slot, TyType elem);
/* What iterating over a value yields. */
TyType ty_iter_elem(TyProgram *p, TyType t, const void *site);
TyType ty_named_get(const TyNamedVec *v, const char *name);
TyNamed *ty_named_find(TyNamedVec *v, const char *name);
bool ty_named_join(TyProgram *p, TyNamedVec *v, const char *name, TyType t);
void ty_format_depth(const TyProgram *p, TyType t, StrBuf *out, int depth);

/* ty_ops.c: operators and builtins */
TyType ty_binop(TyProgram *p, AstOp op, TyType l, TyType r, const void *site);
/* What the caller knows about the operands' expressions: */
enum {
    TY_BF_SQUARE = 1,   /* `x * x`: both are one value (the same plain local) */
    TY_BF_INT_EXP = 2,  /* the right operand is a float constant with an integer value */
    TY_BF_EVEN_EXP = 4, /* ... an even one */
    TY_BF_NATURAL_EXP = 8, /* the right operand is an int constant (never negative): int ** it is an int */
};
TyType ty_binop_x(TyProgram *p, AstOp op, TyType l, TyType r, int flags, const void *site);
TyType ty_unop(AstOp op, TyType t);
/* (ty_op_methods: types.h) The analysis follows these calls on program
 * instances (ty_infer.c), so these dunders do not escape by themselves. */
bool ty_is_op_method(const char *name);
bool ty_is_builtin_name(const char *name);
/* Whether a module global of this name reads as a builtin while unbound. */
bool ty_shadows_builtin(const char *name);
/* A call of builtin `name` (not shadowed): the result, or false when unknown. */
bool ty_builtin_call(TyProgram *p, const char *name, const TyType *args, int nargs, const char *const *kwnames,
                     const TyType *kwargs, int nkw, const void *site, TyType *result);
/* recv.name(args) for the builtin kinds of recv (the parts that are not
 * instances/any). */
TyType ty_builtin_method(TyProgram *p, TyType recv, const char *name, const TyType *args, int nargs,
                         const TyType *kwargs, int nkw, const void *site);

#endif
