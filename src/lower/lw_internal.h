/* Lowering-internal API: the context shared by the files of src/lower
 * (to_ir.c: module, functions, names and helpers; lw_expr.c: expressions;
 * lw_stmt.c: statements; tb_loc.c: traceback locations). */
#ifndef PY2C_LOWER_LW_INTERNAL_H
#define PY2C_LOWER_LW_INTERNAL_H

#include "common/diag.h"
#include "common/vec.h"
#include "ir/ast.h"
#include "ir/ir.h"
#include "lower/lw_conc.h" /* recognition of threading / queue / concurrent.futures */
#include "lower/lw_import.h"
#include "lower/resolve.h"

/* What a jump out of a block (return, break, continue) must undo on its way,
 * as CPython's compiler "frame blocks". */
typedef enum LwBlockKind {
    LW_BLOCK_LOOP,         /* break/continue target; a for loop's iterator */
    LW_BLOCK_TRY_EXCEPT,   /* the body of a try with except clauses */
    LW_BLOCK_FINALLY_TRY,  /* the body (and except clauses, else) of a try with finally */
    LW_BLOCK_FINALLY_END,  /* a finally body running for an exception (exc saved) */
    LW_BLOCK_HANDLER,      /* an except clause body (exc handled; `as` name) */
    LW_BLOCK_WITH,         /* a with body (manager to exit) */
    LW_BLOCK_CLASS,        /* a class body: return/yield not allowed; names go to ns */
} LwBlockKind;

typedef struct LwBlock {
    LwBlockKind kind;
    int handler;             /* handler active inside the block, or -1 to inherit */
    int brk, cont;           /* LOOP labels */
    IrOperand iter;          /* LOOP: the for loop's iterator (released on break/return) */
    const AstList *finalbody; /* FINALLY_TRY */
    IrOperand exc;           /* FINALLY_END, HANDLER: the exception being handled */
    const char *as_name;     /* HANDLER: the `as` name to delete, or NULL */
    IrOperand mgr;           /* WITH: the context manager */
    bool lock;               /* WITH: a recognised lock, exited with py2c_lock_exit (lw_conc.h) */
} LwBlock;

/* The function being lowered. */
typedef struct LwFunc {
    IrFunc *f;
    ResScope *scope;
    VEC(IrInstr) code;
    VEC(IrLoc) locs;
    VEC(IrVar) vars;
    VEC(bool) live;   /* temporaries holding a reference now */
    int top;          /* temporaries in use are below top */
    int ints;         /* int temporaries in use */
    VEC(LwBlock) blocks;
    VEC(const char *) deleted; /* names that may become unbound again (del, except as) */
    IrOperand class_ns; /* a class body's namespace dict */
    IrOperand class_cell; /* a class body's __class__ cell (a temporary), or absent */
    int floats;         /* double temporaries f<k> so far (lw_unboxed.c) */
    int int64s;         /* int64_t temporaries i64_<k> so far (lw_int_fused.c) */
    bool boxed_ints;    /* lowering the boxed way of a fused expression: no fusing inside */
    bool unboxing;      /* float operations may be unboxed here (lw_unboxed.c) */
    /* per variable (up to its length): the local that holds a stable free
     * variable's value, read at entry (lw_free_stable.c), or -1 */
    VEC(int) free_copy;
} LwFunc;

typedef struct LwCtx {
    IrModule *m;
    const SourceFile *src;
    DiagList *diags;
    ResTable res;
    VEC(IrConst) consts;
    int nstrs, nbytes, nbigints, nkwnames;
    VEC(IrFunc *) funcs;
    VEC(IrGlobal) globals;
    VEC(const char *) c_names;
    VEC(uint64_t) c_name_hashes; /* of c_names, compared first (nested names share long prefixes) */
    VEC(const AstNode *) const_sets; /* set displays of constants so far (fold.c) */
    LwFunc *fn;
    const LwProgram *prog; /* the program's modules, or NULL for a one-file program */
    int module_index;      /* which of prog's modules this is */
    const AstConst *module_doc; /* the module's docstring, or NULL */
    struct LcState *conc;       /* what lw_conc.c knows about concurrency objects */
    struct LcCheck *conc_check; /* lw_conc_check.c's state during lc_begin */
    VEC(IrConcNote) conc_notes; /* recognised patterns and warnings (--emit=explain) */
    struct TyProgram *types;    /* whole-program type inference, or NULL (lw_unboxed.c) */
    struct LwDirectState *direct; /* functions that can be called directly, or NULL (lw_direct.c) */
    struct LwLayoutState *layouts; /* fixed instance layouts, or NULL until asked (lw_layout.c) */
} LwCtx;

/* to_ir.c ------------------------------------------------------------------ */
/* "unsupported: <what> is not supported yet" at span. */
void lw_unsupported(LwCtx *c, Span span, const char *what_fmt, ...) __attribute__((format(printf, 3, 4)));
const char *lw_describe(AstKind k);

extern const IrOperand lw_absent;
IrOperand lw_c(const char *text);
IrOperand lw_cf(LwCtx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
IrOperand lw_const(LwCtx *c, IrConst k);
IrOperand lw_str(LwCtx *c, const char *s, size_t len);
IrOperand lw_none(LwCtx *c);
IrOperand lw_array(LwCtx *c, const IrOperand *items, int n);
/* A C string literal operand for s (UTF-8; non-ASCII bytes escaped). */
IrOperand lw_c_string(LwCtx *c, const char *s);

/* lw_import.c: `import` and `from ... import` statements. */
void lw_import(LwCtx *c, const AstNode *s);

IrInstr *lw_emit(LwCtx *c, IrInstrKind kind);
IrOperand lw_temp(LwCtx *c);
IrOperand lw_int(LwCtx *c);
bool lw_is_temp(IrOperand o);
/* Releases o if it is a live temporary. */
void lw_release(LwCtx *c, IrOperand o);
/* Marks temporary o as no longer owned here (moved away). */
void lw_moved(LwCtx *c, IrOperand o);
/* An owned temporary holding o's value (o itself when it already is one). */
IrOperand lw_own(LwCtx *c, IrOperand o);
/* dest = src: steals a temporary src (unless keep), else takes a reference. */
void lw_store(LwCtx *c, IrOperand dest, IrOperand src, bool keep);

/* Calls: value result (new temporary), int result, or status only. */
IrOperand lw_call_v(LwCtx *c, const char *fn, const IrOperand *args, int n, int loc);
IrOperand lw_call_i(LwCtx *c, const char *fn, const IrOperand *args, int n, int loc);
void lw_call_s(LwCtx *c, const char *fn, const IrOperand *args, int n, int loc);
/* The general form: the caller sets ->dest. */
IrInstr *lw_call_to(LwCtx *c, const char *fn, const IrOperand *args, int n, int loc, IrCheck check);
/* Raises: fn always fails (py2c_raise). */
void lw_call_raise(LwCtx *c, const char *fn, const IrOperand *args, int n, int loc);
int lw_handler(LwCtx *c);
int lw_new_label(LwCtx *c);
void lw_label(LwCtx *c, int label);
void lw_jump(LwCtx *c, int label);
void lw_branch(LwCtx *c, IrOperand n, bool if_true, int label);

/* Names. A name or attribute `__x` inside class A means `_A__x`: the
 * lw_*_name functions mangle themselves; attribute names go through lw_mangle. */
const char *lw_mangle(LwCtx *c, const char *name);
IrOperand lw_load_name(LwCtx *c, const char *name, const AstNode *at);
void lw_store_name(LwCtx *c, const char *name, IrOperand v, bool keep, const AstNode *at);
void lw_delete_name(LwCtx *c, const char *name, const AstNode *at);
/* Whether name, read here, is the builtin of that name. */
bool lw_is_builtin(LwCtx *c, const char *name);
/* Whether name (mangled), read here, is a module global; whether that
 * global falls back to a builtin of the same name while unbound. */
bool lw_reads_global(LwCtx *c, const char *name);
bool lw_global_falls_back(LwCtx *c, const char *name);
/* A unique C name for code: prefix + the qualname made an identifier. */
const char *lw_c_func_name(LwCtx *c, const char *prefix, const char *qualname);
/* super() / super(type, obj). */
IrOperand lw_super(LwCtx *c, const AstNode *call);
/* Unbinds name without a check (the end of an except clause at `at`). */
void lw_unbind_name(LwCtx *c, const char *name, const AstNode *at);

/* Nested code: a def/lambda function object, a comprehension's result, a generator. */
IrOperand lw_make_function(LwCtx *c, const AstNode *node);
IrOperand lw_comprehension(LwCtx *c, const AstNode *e);
/* A class body (ClassDef s) as CPython runs it: code of its own (its frame
 * is named after the class in tracebacks) called at once. body lowers the
 * statements into it and returns the namespace dict in the result slot; cell
 * is the class's __class__ cell (or absent), reachable there as
 * c->fn->class_cell. Returns the namespace (a new temporary). */
IrOperand lw_class_body(LwCtx *c, const AstNode *s, IrOperand cell, void (*body)(LwCtx *c, const AstNode *s));

/* lw_expr.c --------------------------------------------------------------- */
IrOperand lw_expr(LwCtx *c, const AstNode *e);
/* Evaluates n expressions left to right into out; variables read early are
 * copied when a later expression could rebind them. */
void lw_exprs(LwCtx *c, AstNode *const *es, int n, IrOperand *out);
/* The operands of call e's arguments, in CPython's order of evaluation:
 * `first` (the callee or the receiver; NULL: none), the positional
 * arguments, then the keyword values (the call has no starred ones). What
 * they read from globals and cells is owned, since the callee may rebind
 * those. An arena array of as many operands (plus one spare). */
IrOperand *lw_call_args(LwCtx *c, const AstNode *e, const AstNode *first);
/* The names of call e's keyword arguments as a constant (absent: none). */
IrOperand lw_kwnames(LwCtx *c, const AstNode *e);
/* The iterable of a for loop or comprehension, or the right operand of the
 * last `in` of a comparison: a set display of constants is CPython's
 * frozenset constant there (its iteration order differs from the set's). */
IrOperand lw_iter_source(LwCtx *c, const AstNode *e);
/* Jumps to label when truth(e) == cond. */
void lw_jump_if(LwCtx *c, const AstNode *e, bool cond, int label);
/* Stores v into an assignment target (Name, Attribute, Subscript, Tuple, List, Starred). */
void lw_assign(LwCtx *c, const AstNode *target, IrOperand v, bool keep);

/* lw_stmt.c ----------------------------------------------------------------- */
void lw_stmts(LwCtx *c, const AstList *body);
/* The docstring of a def's or class's body (arena copy), or NULL. */
const char *lw_docstring(LwCtx *c, const AstList *body);
const AstConst *lw_docstring_const(const AstList *body);
/* Whether a module or class body binds __annotations__ (CPython's find_ann). */
bool lw_has_annotations(const AstList *body);

/* fold.c: whether CPython 3.11's AST optimizer turns e into a constant;
 * whether e is a set display of such constants (no starred items). */
bool lw_is_folded_const(const AstNode *e);
bool lw_is_const_set(const AstNode *e);
/* The first set display of constants (in lowering order) equal to const set
 * e as CPython's merged constants, or e itself: its items, in its order, make
 * the frozenset constant. */
const AstNode *lw_const_set_first(LwCtx *c, const AstNode *e);

/* lw_unboxed.c: unboxed floats (issue #7), where type inference proves
 * them. lw_types_begin analyses the program when the lowering sees all of
 * it (a one-module program; else nothing is unboxed); lw_types_end frees it.
 * lw_choose_unboxed marks the float-only plain locals of a new def
 * (IrVar.unboxed). */
void lw_types_begin(LwCtx *c, const AstModule *am);
void lw_types_end(LwCtx *c);
void lw_choose_unboxed(LwCtx *c, LwFunc *fn);
/* Whether e (a BinOp or UnaryOp) computes a float from floats and lowers
 * to double arithmetic; whether comparison e (one link) compares two floats. */
bool lw_float_op(LwCtx *c, const AstNode *e);
bool lw_float_compare(LwCtx *c, const AstNode *e);
/* e as a double operand (IR_OPND_FTEMP/FVAR/FCONST); e is lw_float_op, a
 * float-typed expression, or a small int constant beside a float. */
IrOperand lw_fexpr(LwCtx *c, const AstNode *e);
/* Boxes a double operand into a new temporary. */
IrOperand lw_box_double(LwCtx *c, IrOperand d);
/* Comparison e (lw_float_compare) as an int operand (truth). */
IrOperand lw_float_compare_truth(LwCtx *c, const AstNode *e);
/* Whether the augmented assignment / assignment s stores a double into an
 * unboxed local, and its lowering. */
bool lw_unboxed_aug_assign(LwCtx *c, const AstNode *s);
bool lw_unboxed_assign(LwCtx *c, const AstNode *s);
/* lw_builtin_fn.c: a call of a builtin function that is certainly the
 * builtin, as a direct call of its runtime entry point into *out. */
bool lw_builtin_fn_call(LwCtx *c, const AstNode *e, int loc, IrOperand *out);
/* lw_free_stable.c: whether free variable `name` of scope s holds the same
 * bound value whenever s's code runs (read once at entry). */
bool lw_free_is_stable(LwCtx *c, const ResScope *s, const char *name);
/* `obj.a op= e` / `obj[k] op= e` whose target is proven a float and e a
 * float or int (+ - * /): cur (the target's value, a temporary just loaded)
 * op e computed on doubles and boxed, e evaluated here. */
/* Parallel assignment `a, b = x, y` (lw_stmt.c): value (for target t) as a
 * double into *d when t is an unboxed local and value a float, then the
 * store of that double. */
bool lw_unboxed_parallel_value(LwCtx *c, const AstNode *t, const AstNode *value, IrOperand *d);
void lw_unboxed_parallel_store(LwCtx *c, const AstNode *t, IrOperand d);
bool lw_float_inplace_applies(LwCtx *c, const AstNode *s);
IrOperand lw_float_inplace(LwCtx *c, const AstNode *s, IrOperand cur);
/* lw_expr.c: whether evaluating e may run code that rebinds variables. */
bool lw_impure(const AstNode *e);
/* lw_expr.c: BinOp e the boxed way (py2c_fast_binary_op, or a program
 * class's operator method). */
IrOperand lw_binop_boxed(LwCtx *c, const AstNode *e);
/* lw_int_fused.c: whether BinOp e is int arithmetic to compute on int64_t
 * (two or more of + - * // % over names and small constants), and its
 * lowering: the fused code, with the boxed way as its fallback. */
bool lw_int_fusable(LwCtx *c, const AstNode *e);
IrOperand lw_int_fused(LwCtx *c, const AstNode *e);

/* lw_direct.c: direct calls of module-level defs nothing else binds
 * (issue #7). begin analyses the module (one-module programs only), end
 * frees it. lw_direct_c_name: the C name chosen for def's body when it can
 * be called directly (chosen at the first call seen), else NULL.
 * lw_direct_call lowers call e (at traceback location loc) as a direct call
 * into *out (a new temporary) when it can; false: nothing emitted. */
void lw_direct_begin(LwCtx *c, const AstModule *am);
void lw_direct_end(LwCtx *c);
const char *lw_direct_c_name(LwCtx *c, const AstNode *def);
bool lw_direct_call(LwCtx *c, const AstNode *e, int loc, IrOperand *out);
/* lw_builtin_call.c: method call e (at traceback location loc) of a
 * list/dict/str/set method on a receiver inference proves is exactly that
 * type, as one call of the runtime's entry point (py2c/builtin_direct.h)
 * into *out (a new temporary); false: nothing emitted. */
bool lw_builtin_method_call(LwCtx *c, const AstNode *e, int loc, IrOperand *out);
/* lw_math_call.c: math.f(x) where math is certainly the math module. */
bool lw_math_call(LwCtx *c, const AstNode *e, int loc, IrOperand *out);

/* lw_layout.c: fixed instance layouts of closed module-level classes
 * (issue #7; py2c/layout.h). lw_class_new creates class statement s from
 * py2c_class_new's five arguments (a new temporary), with its layout when
 * it has one (then also setting its layout_<Name> static). lw_getattr /
 * lw_setattr: obj.name (name mangled; obj the value of expression recv, v
 * borrowed) at traceback location loc, through the slot when inference
 * proves recv is exactly an instance of a class with name in its layout
 * (or guesses so for `self` in its methods: the runtime checks the type). */
IrOperand lw_class_new(LwCtx *c, const AstNode *s, IrOperand *args, int loc);
IrOperand lw_getattr(LwCtx *c, const AstNode *recv, IrOperand obj, const char *name, int loc);
void lw_setattr(LwCtx *c, const AstNode *recv, IrOperand obj, const char *name, IrOperand v, int loc);

/* bound.c: removes the IR_BOUND checks of locals bound on every path. */
void lw_prune_bound_checks(IrFunc *f);

/* tb_loc.c: the traceback location of an operation that can raise at node
 * (CPython 3.11's line, text and caret line); returns its index in the
 * current function's location table. */
int lw_loc(LwCtx *c, const AstNode *node);

#endif
