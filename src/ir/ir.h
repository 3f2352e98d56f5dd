/* The lowered IR handed from src/lower to src/emit.
 *
 * A module is a list of functions: the module body, every def and lambda,
 * every comprehension (a function called at once, as in CPython 3.11), every
 * generator expression and every def that yields (resumable functions whose
 * variables and temporaries live in a frame struct owned by the generator
 * object; IR_YIELD saves the resume point, the emitted code switches on it).
 * A function body is ONE flat list of instructions with explicit labels and
 * jumps: control flow is already linearised (loops, try/finally duplicated per
 * exit path as CPython's compiler does), so the emitter writes C almost line
 * by line (--emit=ir shows this form):
 *
 *     line 3
 *     t1 = py2c_binary_op(a, 1, PY2C_OP_ADD)  ; loc 0 -> handler 0
 *     n0 = py2c_is_true(t1)  ; loc 0 -> handler 0
 *     branch_false L2 n0
 *     store x <- t1
 *   L2:
 *
 * Values. Temporaries t[k] hold owned references (or PY2C_NULL when dead);
 * int temporaries n<k> hold C ints (truth values, status codes). Temporaries
 * are allocated stack-wise: a statement's temporaries sit above those of the
 * statements enclosing it (a for loop's iterator), so "everything from k up"
 * is what an exception handler has to release. Variables (IrVar) are Python
 * locals, cells and free variables of the function; globals are module-wide.
 * Operands are borrowed; a store of a temporary steals it (the temporary
 * becomes PY2C_NULL), a store of anything else takes a new reference.
 *
 * Unboxed floats. A plain local that type inference proves only ever holds
 * a float (IrVar.unboxed) is a C double: as an IR_OPND_VAR operand it reads
 * as the boxed value (py2c_float(v)), IR_OPND_FVAR is its double; a STORE
 * into it takes a double operand or unboxes a (float) value; BOUND/CLEAR
 * on it use a separate "bound" flag. Double temporaries f<k> hold the
 * results of float arithmetic (IR_CALL of py2c_ff_* with an FTEMP dest).
 *
 * Exceptions. Every instruction that can raise carries `loc` (an index into
 * the function's traceback locations: line, text, CPython's caret line) and
 * `handler`: 0 is the function's own exit, k > 0 an IR_HANDLER placed in the
 * body. On error the emitted code records the traceback entry for loc and
 * jumps to the handler; IR_UNWIND jumps to a handler WITHOUT a traceback entry
 * (re-raise, or an exception leaving an except/finally block). A handler
 * releases the temporaries from its watermark up before its code runs.
 *
 * All of it is allocated in the module's arena. */
#ifndef PY2C_IR_IR_H
#define PY2C_IR_IR_H

#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/strbuf.h"

typedef enum IrConstKind {
    IR_CONST_NONE,
    IR_CONST_BOOL,
    IR_CONST_INT,    /* within the runtime's small-int range */
    IR_CONST_BIGINT, /* beyond it: decimal digits, made once at module start */
    IR_CONST_FLOAT,
    IR_CONST_STR,
    IR_CONST_BYTES,
    IR_CONST_ELLIPSIS,
    IR_CONST_KWNAMES, /* a tuple of str constants (keyword names of a call) */
} IrConstKind;

typedef struct IrConst {
    IrConstKind kind;
    int64_t i;        /* BOOL (0/1), INT */
    double f;         /* FLOAT */
    const char *data; /* STR (UTF-8/WTF-8), BYTES: len bytes; BIGINT: digits (NUL-terminated) */
    uint32_t len;
    uint32_t nchars; /* STR: code points */
    int id;          /* STR, BYTES, BIGINT, KWNAMES: numbers the C objects of that kind */
    int *items;      /* KWNAMES: constant indices of the names */
    int nitems;
} IrConst;

typedef enum IrOperandKind {
    IR_OPND_ABSENT, /* PY2C_NULL */
    IR_OPND_TEMP,   /* t[index] */
    IR_OPND_INT,    /* int temporary n<index> */
    IR_OPND_CONST,  /* module constant pool[index] */
    IR_OPND_VAR,    /* the function's variable vars[index] (a cell variable: its cell object) */
    IR_OPND_DEREF,  /* the contents of cell variable vars[index] */
    IR_OPND_GLOBAL, /* module global globals[index] */
    IR_OPND_RESULT, /* the function's return value slot */
    IR_OPND_C,      /* C text, verbatim: enum constants, counts, runtime objects */
    IR_OPND_ARRAY,  /* a C array of the value operands items: (Py2cValue[]){...}, NULL if empty */
    IR_OPND_ADDR,   /* &t[index]: where py2c_unpack writes */
    IR_OPND_CELL_REF, /* the contents of the cell object held in t[index] (a class's __class__ cell) */
    /* Unboxed floats (src/lower/lw_unboxed.c): C double values, used only
     * where a double is expected (the py2c_ff_* operations of
     * py2c/float_fast.h, py2c_float() boxing, stores into unboxed vars). */
    IR_OPND_FTEMP,  /* double temporary f<index> */
    IR_OPND_FVAR,   /* the double held by unboxed variable vars[index] */
    IR_OPND_FCONST, /* the double of float constant pool[index] */
    /* Fused int arithmetic (src/lower/lw_int_fused.c): an int64_t value,
     * used only by the py2c_ii_* operations of py2c/int_fast.h. */
    IR_OPND_ITEMP, /* int64_t temporary i64_<index> */
} IrOperandKind;

typedef struct IrOperand {
    IrOperandKind kind;
    int index;
    const char *text;         /* C */
    struct IrOperand *items; /* ARRAY */
    int nitems;
} IrOperand;

typedef enum IrCheck {
    IR_CHECK_NONE, /* cannot fail */
    IR_CHECK_NULL, /* a Py2cValue result: PY2C_NULL means an exception */
    IR_CHECK_NEG,  /* an int result: negative means an exception */
    IR_CHECK_FAIL, /* always fails (py2c_raise): jump unconditionally */
} IrCheck;

/* BOUND: NameError/UnboundLocalError for `name`, or (RUNTIME) RuntimeError with message `name`. */
typedef enum IrBound { IR_BOUND_LOCAL, IR_BOUND_GLOBAL, IR_BOUND_FREE, IR_BOUND_RUNTIME } IrBound;

typedef enum IrInstrKind {
    IR_LINE,    /* a new statement at .py line `index` (#line) */
    IR_CALL,    /* [dest =] fn(args...), checked as `check` */
    IR_STORE,   /* dest = args[0]; the old value of dest is released */
    IR_CLEAR,   /* release dest and leave PY2C_NULL */
    IR_BOUND,   /* raise NameError/UnboundLocalError (bound kind) for `name` when args[0] is PY2C_NULL */
    IR_LABEL,   /* L<index>: */
    IR_JUMP,    /* goto L<index> */
    IR_BRANCH,  /* if (args[0] != 0) == !negate: goto L<index> (args[0] an int operand) */
    IR_FOR_ITER, /* dest = py2c_iter_next(args[0]); exhausted: goto L<index>; error: handler */
    IR_HANDLER, /* handler <index> starts here; releases temporaries from `watermark` up */
    IR_UNWIND,  /* the current exception leaves for handler `handler` (no traceback entry) */
    IR_RETURN,  /* leave the function with the value in the result slot */
    IR_YIELD,   /* generators: yield args[0] (a temporary, stolen); resume point `index`, where
                 * an exception thrown in by throw()/close() is raised (loc, handler); then
                 * dest (if any) = the value sent in (None for next()). args[1..]: the
                 * exceptions being handled there (outermost first), off the handled stack
                 * meanwhile. `delegate` (yield from): the resume point neither raises nor
                 * takes the value sent: py2c_generator_yield_from passes both on */
    IR_MAKE_GEN, /* dest = a new generator of function `index`; its frame takes args:
                  * args[0] the iterator (stolen), then the cells of its free variables */
} IrInstrKind;

typedef struct IrInstr {
    IrInstrKind kind;
    IrOperand dest;
    const char *fn;   /* CALL: the C function */
    IrOperand *args;
    int nargs;
    IrCheck check;
    int index;        /* LINE: line; LABEL/JUMP/BRANCH/FOR_ITER: label; HANDLER: handler; YIELD: resume point; MAKE_GEN: function */
    bool negate;      /* BRANCH; CALL: the int argument is negated (py2c_bool(!n0)) */
    bool keep;        /* STORE: a temporary source stays owned (the store takes a new reference) */
    bool delegate;    /* YIELD: inside `yield from` */
    bool direct;      /* CALL: a direct call of a def's body fn(NULL, params): args[1] is the ARRAY of
                       * its parameters, which the body takes over (temporaries are moved into it and
                       * left PY2C_NULL, anything else gets a new reference first) */
    IrBound bound;    /* BOUND */
    const char *name; /* BOUND: the Python name */
    int watermark;    /* HANDLER */
    int loc;          /* where it raises (index into the function's locs), or -1 */
    int handler;      /* where errors go: 0 = the function's exit, k = IR_HANDLER k */
} IrInstr;

/* Where an instruction raises, as CPython's traceback shows it. */
typedef struct IrLoc {
    int line;
    const char *text;   /* the source line stripped of surrounding whitespace */
    const char *carets; /* the caret line under text (relative to text), or NULL */
} IrLoc;

typedef enum IrVarKind {
    IR_VAR_LOCAL, /* a plain local (C local, or frame field in generators) */
    IR_VAR_CELL,  /* a local captured by an inner scope: holds its cell */
    IR_VAR_FREE,  /* a variable of an enclosing scope: holds the cell it came in */
} IrVarKind;

typedef struct IrVar {
    const char *name; /* the Python name (".0" for a comprehension's iterator) */
    IrVarKind kind;
    int param;        /* parameter index, or -1 */
    int free_index;   /* FREE: index in the closure */
    bool unboxed;     /* LOCAL of a DEF: held as a C double (it only ever holds floats) */
} IrVar;

typedef enum IrFuncKind {
    IR_FUNC_MODULE,        /* the module body: Py2cValue f(void) */
    IR_FUNC_DEF,           /* def / lambda: Py2cValue f(Py2cFunction *fn, Py2cValue *params) */
    IR_FUNC_COMPREHENSION, /* list/set/dict comprehension: Py2cValue f(Py2cValue it, const Py2cValue *cells) */
    IR_FUNC_GENERATOR,     /* generator expression, or (gen_def) a def that yields: the resume
                            * function Py2cValue f(Py2cGenerator *gen); a def also gets a body
                            * that creates the generator and moves its arguments into the frame */
} IrFuncKind;

typedef struct IrFunc {
    IrFuncKind kind;
    const char *py_name;  /* co_name, as tracebacks name it: "<module>", "f", "<lambda>", "<listcomp>" */
    const char *qualname; /* __qualname__ */
    const char *doc;      /* DEF: the docstring (__doc__), or NULL */
    const char *c_name;   /* unique C name */
    /* parameters (DEF): the first nparams vars, in binding order */
    int nparams, nposonly, npos, nkwonly;
    bool varargs, varkw;
    bool gen_def; /* GENERATOR made by a def (has parameters and a function object) */
    int start_loc; /* GENERATOR: where throw() before the first next() raises (a loc), else -1 */
    IrVar *vars;
    int nvars;
    IrInstr *code;
    int ncode;
    int ntemps, nints, nlabels, nhandlers, nyields;
    int nfloats; /* double temporaries f<k> */
    int nint64s; /* int64_t temporaries i64_<k> */
    IrLoc *locs;
    int nlocs;
} IrFunc;

typedef struct IrGlobal {
    const char *name;
    bool is_builtin_name; /* also a builtin: loads fall back to the builtin when unbound */
    const char *builtin;  /* that builtin's C value expression */
} IrGlobal;

/* What the recognition of concurrency patterns found (src/lower/lw_conc*.c),
 * for `py2c --emit=explain`: a recognised pattern and what it was lowered
 * to, or a warning (also reported as a diagnostic). */
typedef struct IrConcNote {
    bool warning;
    int line, column;    /* 1-based; column in code points, as diagnostics show it */
    const char *pattern; /* a pattern name ("with-lock", ...); warnings: a warning name */
    const char *text;    /* what it was lowered to; warnings: the message */
} IrConcNote;

typedef struct IrModule {
    Arena arena;
    const char *path;        /* the .py path as given (tracebacks, #line) */
    const char *file_name;   /* its last component (the header comment) */
    const char *module_name; /* file name without .py */
    const char *py_module;   /* the module's __name__ ("__main__", "pkg.mod") */
    IrConst *consts;
    int nconsts;
    IrGlobal *globals;
    int nglobals;
    IrFunc **funcs; /* funcs[0] is the module body */
    int nfuncs;
    IrConcNote *conc_notes; /* sorted by position */
    int nconc_notes;
} IrModule;

IrModule *ir_module_new(void);
void ir_module_free(IrModule *m);

/* Where each label and handler of f stands in f->code (-1: nowhere), for the
 * data-flow passes (lower/bound.c, emit/em_live.c): two malloc'd arrays of
 * nlabels + 1 and nhandlers + 1 entries, the caller frees them. */
void ir_jump_targets(const IrFunc *f, int **label_at, int **handler_at);

/* A readable text dump (for debugging and --emit=ir). */
void ir_dump(const IrModule *m, StrBuf *out);

#endif
