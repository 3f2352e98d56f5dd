/* Whole-program type inference (issue #7): for every local, parameter, return
 * value, module global, class attribute and container element, the set of
 * types it can hold at run time. docs/types.md describes the analysis.
 *
 * The sets are sound over-approximations: every value the program can really
 * produce has a type in the set (`TY_ANY` = "could be anything"), so code may
 * specialise on them. An empty set means "never holds a value" (unreachable,
 * or always unbound when read).
 *
 * Use: ty_analyze() over the parsed modules of a program, then query; every
 * TyType handed out stays valid until ty_program_free(). The analysis does not
 * change the ASTs and keeps pointers into them (they must outlive it). */
#ifndef PY2C_TYPES_TYPES_H
#define PY2C_TYPES_TYPES_H

#include <stdbool.h>
#include <stdint.h>

#include "common/strbuf.h"
#include "ir/ast.h"

/* The kinds a set can contain (bits of TyType.kinds). */
#define TY_KINDS(X)                                                                              \
    X(INT, "int") X(BOOL, "bool") X(FLOAT, "float") X(COMPLEX, "complex") X(STR, "str")          \
    X(BYTES, "bytes") X(NONE, "None") X(RANGE, "range") X(SLICE, "slice") X(LIST, "list")        \
    X(TUPLE, "tuple") X(DICT, "dict") X(DICT_KEYS, "dict_keys") X(DICT_VALUES, "dict_values")   \
    X(DICT_ITEMS, "dict_items") X(SET, "set") X(FROZENSET, "frozenset") X(ITER, "iterator")      \
    X(GENERATOR, "generator") X(FUNCTION, "function") X(CLASS, "type") X(INSTANCE, "instance")   \
    X(MODULE, "module") X(ANY, "any")

enum {
#define X(k, s) TY_BIT_##k,
    TY_KINDS(X)
#undef X
    TY_KIND_COUNT
};
enum {
#define X(k, s) TY_##k = 1u << TY_BIT_##k,
    TY_KINDS(X)
#undef X
};

/* TY_INSTANCE: instances of exactly the program classes whose ids are set in
 * `classes` (ty_class_id). Container kinds refer to abstract heap cells (ids
 * into the program's node table, 0 = none) holding their element types:
 * list/set/frozenset/iterator/generator elements, tuple positions, dict keys
 * and values (also for the views). Read them with ty_elem / ty_dict_*. */
typedef struct TyType {
    uint32_t kinds;
    uint64_t classes;
    int list, tuple, dict, set, iter;
    /* With TY_FLOAT (and not TY_ANY): none of its floats is < 0.0 (NaN and
     * -0.0 may be there). Such a float raised to a float power is a float,
     * never a complex. Printed `float>=0`. */
    bool nonneg;
} TyType;

typedef struct TyProgram TyProgram;

/* One parsed module of the program: module 0 is the main file ("__main__"). */
typedef struct TyModuleIn {
    const AstModule *ast;
    const char *name;
    const char *path;
} TyModuleIn;

/* Analyses the whole program (never fails; what it does not understand is
 * TY_ANY). Free with ty_program_free. */
TyProgram *ty_analyze(const TyModuleIn *mods, int n);
void ty_program_free(TyProgram *p);

/* `--emit=types`: one line per module global, function (parameters and
 * return), local and class attribute, in source order. */
void ty_dump(const TyProgram *p, StrBuf *out);

/* ---- queries (all total: unknown things answer TY_ANY) ---- */
/* Function-level type of a name bound in the scope that `scope_node` opens
 * (FUNCTION_DEF, LAMBDA, CLASS_DEF, comprehension or MODULE): the join of
 * everything it is ever bound to. */
TyType ty_local(const TyProgram *p, const AstNode *scope_node, const char *name);
/* The type of one evaluation of an expression node (e.g. a Name load at a
 * given point: flow-sensitive). Empty when the node is never evaluated. The
 * target of an augmented assignment answers the value it holds before the
 * operation (what `x += y` hands to the operator). */
TyType ty_use(const TyProgram *p, const AstNode *expr);
/* What calling the function returns (for a generator function: TY_GENERATOR). */
TyType ty_return(const TyProgram *p, const AstNode *func_def);
/* Class ids: index used in TyType.classes, or -1 when the class is not tracked. */
int ty_class_id(const TyProgram *p, const AstNode *class_def);
/* Type of attribute `attr` read from an instance of the class (instance
 * stores, class-body values; TY_ANY when the class is not tracked). */
TyType ty_attr(const TyProgram *p, const AstNode *class_def, const char *attr);
/* Whether every instance attribute of the class is known (names from
 * ty_attr_names): no dynamic attribute setting, no foreign base class, no
 * __getattr__/__setattr__ hooks. Names in store order; *names is owned by p. */
bool ty_class_closed(const TyProgram *p, const AstNode *class_def);
int ty_attr_names(const TyProgram *p, const AstNode *class_def, const char *const **names);

/* The class of id `id` (ty_class_id), or NULL. */
const AstNode *ty_class_node(const TyProgram *p, int id);
/* The one program base class of a closed class (ty_class_closed: its MRO is
 * itself, then its base's MRO), or NULL when it derives from object only. */
const AstNode *ty_class_base(const TyProgram *p, const AstNode *class_def);
/* How many times the scope that scope_node opens (a CLASS_DEF, FUNCTION_DEF...)
 * binds `name` (mangled as stored: def, assignment, del, import, for...
 * targets, all counted); *binder: that binding when there is exactly one. */
int ty_scope_binds(const TyProgram *p, const AstNode *scope_node, const char *name, const AstNode **binder);

/* The methods binary operator op calls: {forward, reflected, in place}, or NULL. */
const char *const *ty_op_methods(AstOp op);

/* Element types of a set's containers (join over its container kinds). */
TyType ty_elem(const TyProgram *p, TyType t);
TyType ty_dict_key(const TyProgram *p, TyType t);
TyType ty_dict_value(const TyProgram *p, TyType t);
/* Whether t holds only values of the given kinds (a TY_* mask), non-empty. */
bool ty_only(TyType t, uint32_t kinds);
/* Whether t's floats are known never to be < 0.0 (TyType.nonneg). */
bool ty_float_nonneg(TyType t);
/* "int|float", "list[int]", "tuple[int, str]", "C", "any"... appended to out. */
void ty_format(const TyProgram *p, TyType t, StrBuf *out);

#endif
