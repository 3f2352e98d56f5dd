/* The lowered IR handed from src/lower to src/emit.
 *
 * A module is a list of functions (for now only the module body). A function
 * is a list of statements, each a short sequence of three-address
 * instructions over numbered temporaries:
 *
 *     t0 = binary truediv (int 1), (int 0)      ; may raise -> loc 0
 *     t1 = print t0 sep=- end=-                 ; may raise -> loc 0
 *
 * Every temporary holds an owned reference until the end of its statement;
 * operands are borrowed. Instructions that can raise carry the index of a
 * traceback location (line, source text, CPython's caret line), so the
 * emitter never needs the AST or the source. Constants live in a module-wide
 * pool. All of it is allocated in the module's arena. */
#ifndef PY2C_IR_IR_H
#define PY2C_IR_IR_H

#include <stdint.h>

#include "common/arena.h"
#include "common/strbuf.h"

typedef enum IrConstKind { IR_CONST_NONE, IR_CONST_BOOL, IR_CONST_INT, IR_CONST_FLOAT, IR_CONST_STR } IrConstKind;

typedef struct IrConst {
    IrConstKind kind;
    int64_t i;        /* BOOL (0/1), INT (within the runtime's small-int range) */
    double f;         /* FLOAT */
    const char *data; /* STR: UTF-8 (WTF-8), len bytes, not NUL-terminated in general */
    uint32_t len;
    uint32_t nchars;  /* STR: code points */
    int str_id;       /* STR: numbers the str constants 0, 1, ... (their C names) */
} IrConst;

typedef enum IrOperandKind { IR_OPND_ABSENT, IR_OPND_TEMP, IR_OPND_CONST } IrOperandKind;

typedef struct IrOperand {
    IrOperandKind kind;
    int index; /* temporary number or constant pool index */
} IrOperand;

/* X(SUFFIX, "name in dumps", runtime function suffix) */
#define IR_BINOPS(X)                                                                       \
    X(ADD, "add", "add") X(SUB, "sub", "sub") X(MUL, "mul", "mul")                         \
    X(TRUEDIV, "truediv", "truediv") X(FLOORDIV, "floordiv", "floordiv")                   \
    X(MOD, "mod", "mod") X(POW, "pow", "pow") X(LSHIFT, "lshift", "lshift")                \
    X(RSHIFT, "rshift", "rshift") X(BITAND, "and", "and") X(BITOR, "or", "or")             \
    X(BITXOR, "xor", "xor")
#define IR_UNOPS(X) X(NEG, "neg", "neg") X(POS, "pos", "pos") X(INVERT, "invert", "invert") X(NOT, "not", "not")
#define IR_CMPOPS(X) X(EQ, "eq", "eq") X(NE, "ne", "ne") X(LT, "lt", "lt") X(LE, "le", "le") X(GT, "gt", "gt") X(GE, "ge", "ge")

typedef enum IrBinOp {
#define X(k, n, f) IR_BIN_##k,
    IR_BINOPS(X)
#undef X
} IrBinOp;
typedef enum IrUnOp {
#define X(k, n, f) IR_UN_##k,
    IR_UNOPS(X)
#undef X
} IrUnOp;
typedef enum IrCmpOp {
#define X(k, n, f) IR_CMP_##k,
    IR_CMPOPS(X)
#undef X
} IrCmpOp;

typedef enum IrInstrKind {
    IR_BINARY,  /* dest = args[0] <op> args[1] */
    IR_UNARY,   /* dest = <op> args[0] */
    IR_COMPARE, /* dest = args[0] <op> args[1]  (one comparison operator) */
    IR_PRINT,   /* dest = print(*args, sep=sep, end=end) (None); sep/end may be absent */
} IrInstrKind;

typedef struct IrInstr {
    IrInstrKind kind;
    int op;   /* IrBinOp, IrUnOp or IrCmpOp */
    int dest; /* temporary receiving the (owned) result */
    IrOperand *args;
    int nargs;
    IrOperand sep, end;
    int loc; /* traceback location index in the function if it can raise, else -1 */
} IrInstr;

typedef struct IrStmt {
    int line; /* first .py line, for #line */
    IrInstr *instrs;
    int ninstrs;
} IrStmt;

/* Where an instruction raises, as CPython's traceback shows it. */
typedef struct IrLoc {
    int line;
    const char *text;   /* the source line stripped of surrounding whitespace */
    const char *carets; /* the caret line under text (relative to text), or NULL */
} IrLoc;

typedef struct IrFunc {
    const char *py_name; /* as tracebacks name it: "<module>" */
    const char *c_name;  /* mangled C name */
    IrStmt *stmts;
    int nstmts;
    int ntemps;
    IrLoc *locs;
    int nlocs;
} IrFunc;

typedef struct IrModule {
    Arena arena;
    const char *path;        /* the .py path as given (tracebacks, #line) */
    const char *file_name;   /* its last component (the header comment) */
    const char *module_name; /* file name without .py */
    IrConst *consts;
    int nconsts;
    IrFunc *body; /* the module body */
} IrModule;

IrModule *ir_module_new(void);
void ir_module_free(IrModule *m);

const char *ir_binop_name(IrBinOp op);
const char *ir_unop_name(IrUnOp op);
const char *ir_cmpop_name(IrCmpOp op);

/* A readable text dump (for debugging and --emit=ir). */
void ir_dump(const IrModule *m, StrBuf *out);

#endif
