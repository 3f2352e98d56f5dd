/* Which expressions CPython 3.11's AST optimizer (Python/ast_opt.c) turns
 * into constants. The lowering does not fold (the values are computed at run
 * time, which gives the same objects), but where CPython's bytecode depends
 * on the folding, py2c must follow it: a set display whose elements are all
 * constants becomes a frozenset constant, and a set's iteration order
 * depends on how it was built.
 *
 * The optimizer folds bottom-up: unary operators on a constant, binary
 * operators on two constants (with size limits, and never when the operation
 * raises), tuples of constants, `__debug__`. This file models the values
 * well enough to know whether each fold succeeds: ints exactly while they
 * fit in 128 bits, floats, the lengths of str/bytes/tuples. A case it does
 * not model counts as "not folded" (only the iteration order of a set
 * display built from such an expression could then differ). */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "lower/lw_internal.h"

typedef enum FvKind {
    FV_NO,      /* not a constant after folding (or not modelled) */
    FV_INT,     /* an int (or bool) fitting in __int128: i */
    FV_BIGINT,  /* an int beyond that: value not modelled */
    FV_FLOAT,   /* f */
    FV_STR,     /* len code points */
    FV_BYTES,   /* len bytes */
    FV_TUPLE,   /* len items */
    FV_OTHER,   /* None, Ellipsis, complex: constants no binary operator folds */
} FvKind;

typedef struct Fv {
    FvKind kind;
    bool is_bool; /* INT: a bool */
    __int128 i;
    double f;
    int64_t len;
} Fv;

enum { MAX_INT_SIZE = 128, MAX_COLLECTION_SIZE = 256, MAX_STR_SIZE = 4096 };

static const Fv fv_no = {.kind = FV_NO};

static Fv fv_int(__int128 i) { return (Fv){.kind = FV_INT, .i = i}; }
static Fv fv_float(double f) { return (Fv){.kind = FV_FLOAT, .f = f}; }

/* Bits of |i| (CPython's _PyLong_NumBits). */
static int num_bits(__int128 i) {
    unsigned __int128 u = i < 0 ? -(unsigned __int128)i : (unsigned __int128)i;
    int n = 0;
    while (u) {
        n++;
        u >>= 1;
    }
    return n;
}

static Fv fold(const AstNode *e);

static Fv fold_const(const AstConst *k) {
    switch (k->kind) {
    case AST_CONST_TRUE: return (Fv){.kind = FV_INT, .is_bool = true, .i = 1};
    case AST_CONST_FALSE: return (Fv){.kind = FV_INT, .is_bool = true, .i = 0};
    case AST_CONST_NONE:
    case AST_CONST_ELLIPSIS:
    case AST_CONST_IMAG: return (Fv){.kind = FV_OTHER};
    case AST_CONST_INT: {
        if (k->fits_i64) return fv_int(k->i64);
        /* digits of a literal beyond int64: parse into 128 bits if they fit */
        const char *d = k->int_digits;
        bool neg = *d == '-';
        if (neg) d++;
        __int128 v = 0;
        for (; *d; d++) {
            if (__builtin_mul_overflow(v, 10, &v) || __builtin_add_overflow(v, *d - '0', &v))
                return (Fv){.kind = FV_BIGINT};
        }
        return fv_int(neg ? -v : v);
    }
    case AST_CONST_FLOAT: return fv_float(k->f);
    case AST_CONST_STR: {
        int64_t n = 0;
        for (uint32_t i = 0; i < k->len; i++)
            if (((unsigned char)k->data[i] & 0xC0) != 0x80) n++;
        return (Fv){.kind = FV_STR, .len = n};
    }
    case AST_CONST_BYTES: return (Fv){.kind = FV_BYTES, .len = k->len};
    }
    return fv_no;
}

static bool is_num(Fv v) { return v.kind == FV_INT || v.kind == FV_FLOAT; }
static double as_double(Fv v) { return v.kind == FV_INT ? (double)v.i : v.f; }

/* Python's floor division and modulo of ints (b != 0). */
static __int128 floor_div(__int128 a, __int128 b) {
    __int128 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
    return q;
}

static Fv fold_float_binop(AstOp op, double a, double b) {
    switch (op) {
    case AST_OP_ADD: return fv_float(a + b);
    case AST_OP_SUB: return fv_float(a - b);
    case AST_OP_MULT: return fv_float(a * b);
    case AST_OP_DIV: return b == 0 ? fv_no : fv_float(a / b);
    case AST_OP_FLOOR_DIV:
    case AST_OP_MOD: {
        if (b == 0) return fv_no;
        double m = fmod(a, b);
        if (m != 0 && ((b < 0) != (m < 0))) m += b;
        if (op == AST_OP_MOD) return fv_float(m);
        return fv_float(floor((a - m) / b));
    }
    case AST_OP_POW: {
        if (a == 0 && b < 0) return fv_no;            /* ZeroDivisionError */
        if (a < 0 && b != floor(b)) return fv_no;     /* a complex result: not modelled */
        double r = pow(a, b);
        if (isinf(r) && isfinite(a) && isfinite(b)) return fv_no; /* OverflowError */
        return fv_float(r);
    }
    default: return fv_no; /* TypeError */
    }
}

static Fv fold_int_binop(AstOp op, __int128 a, __int128 b) {
    __int128 r;
    switch (op) {
    case AST_OP_ADD:
        return __builtin_add_overflow(a, b, &r) ? (Fv){.kind = FV_BIGINT} : fv_int(r);
    case AST_OP_SUB:
        return __builtin_sub_overflow(a, b, &r) ? (Fv){.kind = FV_BIGINT} : fv_int(r);
    case AST_OP_MULT:
        if (a && b && num_bits(a) + num_bits(b) > MAX_INT_SIZE) return fv_no;
        return __builtin_mul_overflow(a, b, &r) ? (Fv){.kind = FV_BIGINT} : fv_int(r);
    case AST_OP_DIV: return b == 0 ? fv_no : fv_float((double)a / (double)b);
    case AST_OP_FLOOR_DIV:
        if (b == 0) return fv_no;
        if (b == -1) return __builtin_sub_overflow((__int128)0, a, &r) ? (Fv){.kind = FV_BIGINT} : fv_int(r);
        return fv_int(floor_div(a, b));
    case AST_OP_MOD:
        if (b == 0) return fv_no;
        if (b == -1) return fv_int(0);
        return fv_int(a - floor_div(a, b) * b);
    case AST_OP_POW: {
        if (b < 0) return a == 0 ? fv_no : fv_float(pow((double)a, (double)b));
        if (b == 0) return fv_int(1);
        if (a == 0) return fv_int(0);
        if (num_bits(a) > MAX_INT_SIZE / b) return fv_no;
        r = 1;
        for (__int128 k = 0; k < b; k++)
            if (__builtin_mul_overflow(r, a, &r)) return (Fv){.kind = FV_BIGINT};
        return fv_int(r);
    }
    case AST_OP_LSHIFT:
        if (b < 0) return fv_no; /* ValueError */
        if (a == 0 || b == 0) return fv_int(a);
        if (b > MAX_INT_SIZE || num_bits(a) > MAX_INT_SIZE - b) return fv_no;
        if (num_bits(a) + b > 126) return (Fv){.kind = FV_BIGINT};
        return fv_int(a * ((__int128)1 << b));
    case AST_OP_RSHIFT:
        if (b < 0) return fv_no;
        return fv_int(a >> (b > 127 ? 127 : b));
    case AST_OP_BIT_OR: return fv_int(a | b);
    case AST_OP_BIT_XOR: return fv_int(a ^ b);
    case AST_OP_BIT_AND: return fv_int(a & b);
    default: return fv_no;
    }
}

/* seq * n for a str/bytes/tuple of len items (safe_multiply's limits). */
static Fv fold_repeat(Fv seq, Fv n) {
    if (n.kind != FV_INT) return fv_no;
    if (seq.len) {
        int64_t limit = seq.kind == FV_TUPLE ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
        if (n.i < 0 || n.i > limit / seq.len) return fv_no;
    }
    seq.len = n.i > 0 ? seq.len * (int64_t)n.i : 0;
    return seq;
}

static Fv fold_binop(AstOp op, Fv a, Fv b) {
    if (a.kind == FV_NO || b.kind == FV_NO) return fv_no;
    if (a.kind == FV_INT && b.kind == FV_INT) {
        Fv r = fold_int_binop(op, a.i, b.i);
        r.is_bool = a.is_bool && b.is_bool && (op == AST_OP_BIT_OR || op == AST_OP_BIT_XOR || op == AST_OP_BIT_AND);
        return r;
    }
    if (is_num(a) && is_num(b)) return fold_float_binop(op, as_double(a), as_double(b));
    if (a.kind == FV_BIGINT || b.kind == FV_BIGINT) {
        /* only additive and bitwise operators between ints are sure to fold */
        bool other_int = a.kind == FV_INT || b.kind == FV_INT || (a.kind == FV_BIGINT && b.kind == FV_BIGINT);
        if (!other_int) return fv_no;
        switch (op) {
        case AST_OP_ADD:
        case AST_OP_SUB:
        case AST_OP_BIT_OR:
        case AST_OP_BIT_XOR:
        case AST_OP_BIT_AND: return (Fv){.kind = FV_BIGINT};
        default: return fv_no;
        }
    }
    bool seq_a = a.kind == FV_STR || a.kind == FV_BYTES || a.kind == FV_TUPLE;
    bool seq_b = b.kind == FV_STR || b.kind == FV_BYTES || b.kind == FV_TUPLE;
    if (op == AST_OP_ADD && seq_a && a.kind == b.kind) return (Fv){.kind = a.kind, .len = a.len + b.len};
    if (op == AST_OP_MULT && seq_a) return fold_repeat(a, b);
    if (op == AST_OP_MULT && seq_b) return fold_repeat(b, a);
    return fv_no;
}

static Fv fold_unaryop(AstOp op, Fv v) {
    if (v.kind == FV_NO) return fv_no;
    if (op == AST_OP_NOT) return (Fv){.kind = FV_INT, .is_bool = true};
    switch (v.kind) {
    case FV_INT:
        v.is_bool = false;
        if (op == AST_OP_UADD) return v;
        if (op == AST_OP_INVERT) return fv_int(~v.i);
        {
            __int128 r;
            if (__builtin_sub_overflow((__int128)0, v.i, &r)) return (Fv){.kind = FV_BIGINT};
            return fv_int(r);
        }
    case FV_BIGINT: return v;
    case FV_FLOAT:
        if (op == AST_OP_INVERT) return fv_no;
        return op == AST_OP_USUB ? fv_float(-v.f) : v;
    case FV_OTHER: return fv_no; /* (complex constants are not modelled) */
    case FV_NO:
    case FV_STR:
    case FV_BYTES:
    case FV_TUPLE: return fv_no;
    }
    return fv_no;
}

static Fv fold(const AstNode *e) {
    /* (an if chain: only a few node kinds fold) */
    if (e->kind == AST_CONSTANT) return fold_const(&e->u.constant);
    if (e->kind == AST_UNARY_OP) return fold_unaryop(e->u.unary_op.op, fold(e->u.unary_op.operand));
    if (e->kind == AST_BIN_OP) {
        Fv a = fold(e->u.bin_op.left);
        Fv b = fold(e->u.bin_op.right);
        return fold_binop(e->u.bin_op.op, a, b);
    }
    if (e->kind == AST_TUPLE) {
        for (int i = 0; i < e->u.seq.elts.len; i++)
            if (fold(e->u.seq.elts.items[i]).kind == FV_NO) return fv_no;
        return (Fv){.kind = FV_TUPLE, .len = e->u.seq.elts.len};
    }
    if (e->kind == AST_NAME && e->u.name.ctx == AST_LOAD && strcmp(e->u.name.id, "__debug__") == 0) return fv_int(1);
    return fv_no;
}

bool lw_is_folded_const(const AstNode *e) { return fold(e).kind != FV_NO; }

bool lw_is_const_set(const AstNode *e) {
    if (e->kind != AST_SET) return false;
    for (int i = 0; i < e->u.set.elts.len; i++)
        if (!lw_is_folded_const(e->u.set.elts.items[i])) return false;
    return true;
}

/* CPython's compiler merges equal constants (_PyCode_ConstantKey: type and
 * value, -0.0 apart from 0.0) of the whole module: a frozenset constant equal
 * to an earlier one IS the earlier one, with the earlier one's iteration
 * order. Modelled for sets of int, bool and float constants. */
static bool same_key(Fv a, Fv b) {
    if (a.kind != b.kind) return false;
    if (a.kind == FV_INT) return a.i == b.i && a.is_bool == b.is_bool;
    return a.f == b.f && signbit(a.f) == signbit(b.f); /* (NaN never equal) */
}

static bool has_key(const Fv *v, int n, Fv k) {
    for (int i = 0; i < n; i++)
        if (same_key(v[i], k)) return true;
    return false;
}

/* The values of set display e's items, or false when one is not an int,
 * bool or float (or a NaN). */
static bool key_values(const AstNode *e, Fv *out) {
    for (int i = 0; i < e->u.set.elts.len; i++) {
        out[i] = fold(e->u.set.elts.items[i]);
        if (out[i].kind != FV_INT && out[i].kind != FV_FLOAT) return false;
        if (out[i].kind == FV_FLOAT && isnan(out[i].f)) return false;
    }
    return true;
}

const AstNode *lw_const_set_first(LwCtx *c, const AstNode *e) {
    int n = e->u.set.elts.len;
    Fv *mine = ARENA_NEW_ARRAY(&c->m->arena, Fv, n);
    if (!key_values(e, mine)) return e;
    for (int k = 0; k < c->const_sets.len; k++) {
        const AstNode *o = c->const_sets.items[k];
        int m = o->u.set.elts.len;
        Fv *theirs = ARENA_NEW_ARRAY(&c->m->arena, Fv, m);
        if (!key_values(o, theirs)) continue;
        bool equal = true;
        for (int i = 0; i < n && equal; i++) equal = has_key(theirs, m, mine[i]);
        for (int i = 0; i < m && equal; i++) equal = has_key(mine, n, theirs[i]);
        if (equal) return o;
    }
    VEC_PUSH(&c->const_sets, e);
    return e;
}
