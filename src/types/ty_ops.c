/* Result types of operators, builtin functions and methods of builtin types,
 * as CPython 3.11 defines them. Whatever is not listed answers TY_ANY. */
#include <string.h>

#include "common/util.h"
#include "py2c/builtins.h" /* PY2C_BUILTIN_NAMES, PY2C_BUILTIN_EXCEPTIONS */
#include "types/ty_internal.h"

#define NUM (TY_INT | TY_BOOL | TY_FLOAT | TY_COMPLEX)
#define INTLIKE (TY_INT | TY_BOOL)

static bool streq(const char *a, const char *b) { return strcmp(a, b) == 0; }

static bool in_list(const char *name, const char *const *list) {
    for (; *list; list++)
        if (streq(name, *list)) return true;
    return false;
}

/* The numeric result of l op r for one pair of numeric kinds. */
static uint32_t num_result(AstOp op, uint32_t l, uint32_t r) {
    bool lb = l == TY_BOOL, rb = r == TY_BOOL;
    uint32_t rank = (l == TY_COMPLEX || r == TY_COMPLEX) ? TY_COMPLEX
                  : (l == TY_FLOAT || r == TY_FLOAT) ? TY_FLOAT : TY_INT;
    switch (op) {
    case AST_OP_ADD:
    case AST_OP_SUB:
    case AST_OP_MULT: return rank;
    case AST_OP_DIV: return rank == TY_COMPLEX ? TY_COMPLEX : TY_FLOAT;
    case AST_OP_FLOOR_DIV:
    case AST_OP_MOD: return rank == TY_COMPLEX ? TY_ANY : rank;
    case AST_OP_POW:
        /* int ** negative int is a float; float ** fractional of a negative is complex */
        if (rank == TY_INT) return TY_INT | TY_FLOAT;
        if (rank == TY_FLOAT) return TY_FLOAT | TY_COMPLEX;
        return TY_COMPLEX;
    case AST_OP_LSHIFT:
    case AST_OP_RSHIFT: return rank == TY_INT ? TY_INT : TY_ANY;
    case AST_OP_BIT_AND:
    case AST_OP_BIT_OR:
    case AST_OP_BIT_XOR:
        if (lb && rb) return TY_BOOL;
        return rank == TY_INT ? TY_INT : TY_ANY;
    case AST_OP_MAT_MULT:
    case AST_OP_AND:
    case AST_OP_OR:
    case AST_OP_INVERT:
    case AST_OP_NOT:
    case AST_OP_UADD:
    case AST_OP_USUB:
    case AST_OP_EQ:
    case AST_OP_NOT_EQ:
    case AST_OP_LT:
    case AST_OP_LT_E:
    case AST_OP_GT:
    case AST_OP_GT_E:
    case AST_OP_IS:
    case AST_OP_IS_NOT:
    case AST_OP_IN:
    case AST_OP_NOT_IN:
    case AST_OP_COUNT: break;
    }
    return TY_ANY;
}

/* Whether the values of kind `a` (one bit) in t are never < 0.0 (bools are
 * 0 and 1; the sign of ints is not tracked). */
static bool part_nonneg(uint32_t a, TyType t) { return a == TY_BOOL || (a == TY_FLOAT && ty_float_nonneg(t)); }

/* The kinds of float `a op b` (one numeric bit each, at least one float, no
 * complex) and, in *nn, whether its floats are never < 0.0. CPython's float
 * ops (Objects/floatobject.c): a sum, product or quotient of two such values
 * is one too (NaN and -0.0 included); `x % y` has y's sign; `x ** y` is
 * complex only when x < 0.0 and y is a float that is not an integer. */
static uint32_t float_result(AstOp op, uint32_t a, uint32_t b, TyType l, TyType r, int flags, bool *nn) {
    bool lnn = part_nonneg(a, l), rnn = part_nonneg(b, r);
    uint32_t k = num_result(op, a, b);
    *nn = false;
    switch (op) {
    case AST_OP_ADD:
    case AST_OP_DIV:
    case AST_OP_FLOOR_DIV: *nn = lnn && rnn; break;
    case AST_OP_MULT: *nn = (lnn && rnn) || (flags & TY_BF_SQUARE); break;
    case AST_OP_MOD: *nn = rnn; break;
    case AST_OP_POW:
        if (b & (TY_INT | TY_BOOL)) {
            k = TY_FLOAT; /* an int exponent is integral (huge: OverflowError) */
            *nn = lnn;
        } else if (lnn) {
            k = TY_FLOAT;
            *nn = true;
        } else if (flags & TY_BF_INT_EXP) {
            k = TY_FLOAT;
            *nn = (flags & TY_BF_EVEN_EXP) != 0;
        }
        break;
    default: break;
    }
    return k;
}

TyType ty_binop(TyProgram *p, AstOp op, TyType l, TyType r, const void *site) {
    return ty_binop_x(p, op, l, r, 0, site);
}

TyType ty_binop_x(TyProgram *p, AstOp op, TyType l, TyType r, int flags, const void *site) {
    TyType res = {0};
    bool fnn = true;
    if (!l.kinds || !r.kinds) return res;
    uint32_t known = NUM | TY_STR | TY_BYTES | TY_LIST | TY_TUPLE | TY_SET | TY_FROZENSET | TY_DICT;
    if ((l.kinds & ~known) || (r.kinds & ~known)) {
        res.kinds = TY_ANY;
        return res;
    }
    for (int i = 0; i < TY_KIND_COUNT; i++) {
        uint32_t a = l.kinds & (1u << i);
        if (!a) continue;
        for (int j = 0; j < TY_KIND_COUNT; j++) {
            uint32_t b = r.kinds & (1u << j);
            if (!b) continue;
            if ((a & NUM) && (b & NUM)) {
                if ((flags & TY_BF_SQUARE) && a != b) continue; /* x * x: one value, one kind */
                if (((a | b) & TY_FLOAT) && !((a | b) & TY_COMPLEX)) {
                    bool nn;
                    uint32_t k = float_result(op, a, b, l, r, flags, &nn);
                    if (k & TY_FLOAT) fnn &= nn;
                    res.kinds |= k;
                } else {
                    uint32_t k = num_result(op, a, b);
                    if (op == AST_OP_POW && (flags & TY_BF_NATURAL_EXP)) k &= ~(uint32_t)TY_FLOAT; /* 10 ** 9 */
                    if (k & TY_FLOAT) fnn = false; /* int ** int: (-2) ** -1 */
                    res.kinds |= k;
                }
            } else if (op == AST_OP_MOD && (a & (TY_STR | TY_BYTES))) {
                res.kinds |= a; /* printf-style formatting */
            } else if (op == AST_OP_ADD && a == b && (a & (TY_STR | TY_BYTES))) {
                res.kinds |= a;
            } else if (op == AST_OP_MULT && (a & (TY_STR | TY_BYTES | TY_LIST | TY_TUPLE)) && (b & INTLIKE)) {
                if (a == TY_LIST) ty_join(p, &res, ty_list_of(p, site, 0, ty_node(p, l.list)->elem));
                else if (a == TY_TUPLE) {
                    TyType e = ty_node(p, l.tuple)->elem;
                    ty_join(p, &res, (TyType){.kinds = TY_TUPLE, .tuple = ty_site(p, site, 1, -1)});
                    ty_node_add(p, res.tuple, 0, e);
                } else res.kinds |= a;
            } else if (op == AST_OP_MULT && (b & (TY_STR | TY_BYTES | TY_LIST | TY_TUPLE)) && (a & INTLIKE)) {
                if (b == TY_LIST) ty_join(p, &res, ty_list_of(p, site, 0, ty_node(p, r.list)->elem));
                else if (b == TY_TUPLE) {
                    TyType e = ty_node(p, r.tuple)->elem;
                    ty_join(p, &res, (TyType){.kinds = TY_TUPLE, .tuple = ty_site(p, site, 1, -1)});
                    ty_node_add(p, res.tuple, 0, e);
                } else res.kinds |= b;
            } else if (op == AST_OP_ADD && a == TY_LIST && b == TY_LIST) {
                TyType t = ty_list_of(p, site, 0, ty_node(p, l.list)->elem);
                ty_node_add(p, t.list, 0, ty_node(p, r.list)->elem);
                ty_join(p, &res, t);
            } else if (op == AST_OP_ADD && a == TY_TUPLE && b == TY_TUPLE) {
                TyNode *ln = ty_node(p, l.tuple), *rn = ty_node(p, r.tuple);
                if (ln->tlen >= 0 && rn->tlen >= 0 && ln->tlen + rn->tlen <= TY_TUPLE_MAX) {
                    TyType items[TY_TUPLE_MAX];
                    int n = 0, lt = ln->tlen, rt = rn->tlen;
                    for (int k = 0; k < lt; k++) items[n++] = ty_node(p, l.tuple)->pos[k];
                    for (int k = 0; k < rt; k++) items[n++] = ty_node(p, r.tuple)->pos[k];
                    ty_join(p, &res, ty_tuple_of(p, site, 2 + n, items, n));
                } else {
                    TyType e = ty_joined(p, ln->elem, ty_node(p, r.tuple)->elem);
                    TyType t = {.kinds = TY_TUPLE, .tuple = ty_site(p, site, 1, -1)};
                    ty_node_add(p, t.tuple, 0, e);
                    ty_join(p, &res, t);
                }
            } else if ((a & (TY_SET | TY_FROZENSET)) && (b & (TY_SET | TY_FROZENSET)) &&
                       (op == AST_OP_BIT_OR || op == AST_OP_BIT_AND || op == AST_OP_SUB || op == AST_OP_BIT_XOR)) {
                /* the result has the left operand's type */
                TyType t = {.kinds = a, .set = ty_site(p, site, 20, -1)};
                ty_node_add(p, t.set, 0, ty_node(p, l.set)->elem);
                if (op != AST_OP_SUB && op != AST_OP_BIT_AND) ty_node_add(p, t.set, 0, ty_node(p, r.set)->elem);
                else if (op == AST_OP_BIT_AND) ty_node_add(p, t.set, 0, ty_node(p, r.set)->elem);
                ty_join(p, &res, t);
            } else if (a == TY_DICT && b == TY_DICT && op == AST_OP_BIT_OR) {
                TyType t = {.kinds = TY_DICT, .dict = ty_site(p, site, 21, -1)};
                ty_node_add(p, t.dict, 0, ty_node(p, l.dict)->elem);
                ty_node_add(p, t.dict, 1, ty_node(p, l.dict)->val);
                ty_node_add(p, t.dict, 0, ty_node(p, r.dict)->elem);
                ty_node_add(p, t.dict, 1, ty_node(p, r.dict)->val);
                ty_join(p, &res, t);
            } else {
                res.kinds |= TY_ANY; /* a TypeError, or something not modelled */
            }
        }
    }
    res.nonneg = (res.kinds & TY_FLOAT) && fnn;
    return res;
}

TyType ty_unop(AstOp op, TyType t) {
    if (op == AST_OP_NOT) return ty_k(TY_BOOL);
    if (!t.kinds) return t;
    if (t.kinds & ~NUM) return ty_k(TY_ANY);
    uint32_t r = 0;
    if (t.kinds & INTLIKE) r |= op == AST_OP_INVERT || op == AST_OP_USUB || op == AST_OP_UADD ? TY_INT : TY_ANY;
    if (t.kinds & TY_FLOAT) r |= op == AST_OP_INVERT ? TY_ANY : TY_FLOAT;
    if (t.kinds & TY_COMPLEX) r |= op == AST_OP_INVERT ? TY_ANY : TY_COMPLEX;
    TyType res = ty_k(r);
    res.nonneg = op == AST_OP_UADD && ty_float_nonneg(t);
    return res;
}

/* The methods of binary operator `op`: forward, reflected, in place. */
static const struct {
    AstOp op;
    const char *names[3];
} op_methods[] = {
    {AST_OP_ADD, {"__add__", "__radd__", "__iadd__"}},
    {AST_OP_SUB, {"__sub__", "__rsub__", "__isub__"}},
    {AST_OP_MULT, {"__mul__", "__rmul__", "__imul__"}},
    {AST_OP_MAT_MULT, {"__matmul__", "__rmatmul__", "__imatmul__"}},
    {AST_OP_DIV, {"__truediv__", "__rtruediv__", "__itruediv__"}},
    {AST_OP_FLOOR_DIV, {"__floordiv__", "__rfloordiv__", "__ifloordiv__"}},
    {AST_OP_MOD, {"__mod__", "__rmod__", "__imod__"}},
    {AST_OP_POW, {"__pow__", "__rpow__", "__ipow__"}},
    {AST_OP_LSHIFT, {"__lshift__", "__rlshift__", "__ilshift__"}},
    {AST_OP_RSHIFT, {"__rshift__", "__rrshift__", "__irshift__"}},
    {AST_OP_BIT_AND, {"__and__", "__rand__", "__iand__"}},
    {AST_OP_BIT_OR, {"__or__", "__ror__", "__ior__"}},
    {AST_OP_BIT_XOR, {"__xor__", "__rxor__", "__ixor__"}},
};

const char *const *ty_op_methods(AstOp op) {
    for (size_t i = 0; i < ARRAY_LEN(op_methods); i++)
        if (op_methods[i].op == op) return op_methods[i].names;
    return NULL;
}

bool ty_is_op_method(const char *name) {
    for (size_t i = 0; i < ARRAY_LEN(op_methods); i++)
        for (int k = 0; k < 3; k++)
            if (streq(name, op_methods[i].names[k])) return true;
    return false;
}

static const char *const builtin_names[] = {
    "abs", "all", "any", "ascii", "bin", "bool", "bytearray", "bytes", "callable", "chr", "classmethod",
    "complex", "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec", "filter", "float", "format",
    "frozenset", "getattr", "globals", "hasattr", "hash", "hex", "id", "input", "int", "isinstance",
    "issubclass", "iter", "len", "list", "locals", "map", "max", "min", "next", "object", "oct", "open", "ord",
    "pow", "print", "property", "range", "repr", "reversed", "round", "set", "setattr", "slice", "sorted",
    "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip", "__import__", "__build_class__",
    NULL};

bool ty_is_builtin_name(const char *name) { return in_list(name, builtin_names); }

/* Every name of the builtins namespace (the runtime's, and those it names
 * unsupported), and the module attributes a module global can shadow. */
bool ty_shadows_builtin(const char *name) {
#define X(py, c) #py,
    static const char *const runtime_names[] = {PY2C_BUILTIN_NAMES(X) PY2C_BUILTIN_EXCEPTIONS(X) NULL};
#undef X
    static const char *const others[] = {"aiter", "anext", "breakpoint", "compile", "copyright", "credits",
                                         "exit", "help", "license", "memoryview", "quit", "BaseExceptionGroup",
                                         "ExceptionGroup", "Ellipsis", "NotImplemented", "__debug__",
                                         "__name__", "__loader__", "__spec__", "__package__", "__doc__",
                                         "__file__", "__builtins__", NULL};
    return in_list(name, builtin_names) || in_list(name, runtime_names) || in_list(name, others);
}

static TyType arg_or_none(const TyType *args, int nargs, int i) {
    return i < nargs ? args[i] : (TyType){0};
}

static TyType kwarg(const char *const *kwnames, const TyType *kwargs, int nkw, const char *name, bool *found) {
    for (int i = 0; i < nkw; i++)
        if (kwnames[i] && streq(kwnames[i], name)) {
            *found = true;
            return kwargs[i];
        }
    *found = false;
    return (TyType){0};
}

bool ty_builtin_call(TyProgram *p, const char *name, const TyType *args, int nargs, const char *const *kwnames,
                     const TyType *kwargs, int nkw, const void *site, TyType *result) {
    static const char *const to_str[] = {"str", "repr", "ascii", "chr", "format", "bin", "hex", "oct", "input", NULL};
    static const char *const to_int[] = {"len", "ord", "hash", "id", "int", NULL};
    static const char *const to_bool[] = {"bool", "isinstance", "issubclass", "callable", "hasattr", "all", "any", NULL};
    TyType r = {0};
    TyType a0 = arg_or_none(args, nargs, 0);
    bool has;
    if (in_list(name, to_str)) r.kinds = TY_STR;
    else if (in_list(name, to_int)) r.kinds = TY_INT;
    else if (in_list(name, to_bool)) r.kinds = TY_BOOL;
    else if (streq(name, "float")) r.kinds = TY_FLOAT;
    else if (streq(name, "complex")) r.kinds = TY_COMPLEX;
    else if (streq(name, "print")) r.kinds = TY_NONE;
    else if (streq(name, "range")) r.kinds = TY_RANGE;
    else if (streq(name, "slice")) r.kinds = TY_SLICE;
    else if (streq(name, "type") && nargs == 1) r.kinds = TY_CLASS;
    else if (streq(name, "bytes")) r.kinds = TY_BYTES;
    else if (streq(name, "abs")) {
        if (!ty_only(a0, NUM)) r.kinds = TY_ANY;
        else {
            if (a0.kinds & INTLIKE) r.kinds |= TY_INT;
            if (a0.kinds & (TY_FLOAT | TY_COMPLEX)) r.kinds |= TY_FLOAT;
            r.nonneg = (r.kinds & TY_FLOAT) != 0; /* abs() of a float or complex is never < 0.0 */
        }
    } else if (streq(name, "round")) {
        if (!ty_only(a0, INTLIKE | TY_FLOAT)) r.kinds = TY_ANY;
        else if (nargs < 2 || ty_only(args[1], TY_NONE)) r.kinds = TY_INT;
        else r.kinds = (a0.kinds & INTLIKE ? TY_INT : 0) | (a0.kinds & TY_FLOAT ? TY_FLOAT : 0);
    } else if (streq(name, "divmod") && nargs == 2) {
        TyType q = ty_binop(p, AST_OP_FLOOR_DIV, args[0], args[1], site);
        TyType items[2] = {q, q};
        r = ty_tuple_of(p, site, 0, items, 2);
    } else if (streq(name, "pow") && nargs == 2) {
        r = ty_binop(p, AST_OP_POW, args[0], args[1], site);
    } else if (streq(name, "list") || streq(name, "sorted")) {
        if (nargs > 1) return false;
        r = ty_list_of(p, site, 0, nargs ? ty_iter_elem(p, a0, site) : (TyType){0});
    } else if (streq(name, "tuple")) {
        if (nargs > 1) return false;
        r = (TyType){.kinds = TY_TUPLE, .tuple = ty_site(p, site, 0, nargs ? -1 : 0)};
        if (nargs) ty_node_add(p, r.tuple, 0, ty_iter_elem(p, a0, site));
    } else if (streq(name, "set") || streq(name, "frozenset")) {
        if (nargs > 1) return false;
        r = (TyType){.kinds = streq(name, "set") ? TY_SET : TY_FROZENSET, .set = ty_site(p, site, 0, -1)};
        if (nargs) ty_node_add(p, r.set, 0, ty_iter_elem(p, a0, site));
    } else if (streq(name, "dict")) {
        r = (TyType){.kinds = TY_DICT, .dict = ty_site(p, site, 0, -1)};
        if (nargs == 1) {
            if (ty_only(a0, TY_DICT)) {
                ty_node_add(p, r.dict, 0, ty_node(p, a0.dict)->elem);
                ty_node_add(p, r.dict, 1, ty_node(p, a0.dict)->val);
            } else {
                /* pairs: first and second items of whatever it yields */
                TyType e = ty_iter_elem(p, a0, site);
                TyType k = ty_iter_elem(p, e, site), v = k;
                if (ty_only(e, TY_TUPLE)) {
                    TyNode *nd = ty_node(p, e.tuple);
                    if (nd->tlen == 2) k = nd->pos[0], v = ty_node(p, e.tuple)->pos[1];
                }
                ty_node_add(p, r.dict, 0, k);
                ty_node_add(p, r.dict, 1, v);
            }
        } else if (nargs > 1) {
            return false;
        }
        for (int i = 0; i < nkw; i++) {
            ty_node_add(p, r.dict, 0, kwnames[i] ? ty_k(TY_STR) : ty_k(TY_ANY));
            ty_node_add(p, r.dict, 1, kwargs[i]);
        }
    } else if (streq(name, "reversed") || streq(name, "iter")) {
        if (nargs != 1) return false;
        /* iter(it) is it; __iter__/__reversed__ of other objects return anything */
        uint32_t through = streq(name, "iter") ? (TY_ITER | TY_GENERATOR) : 0;
        TyType rest = a0;
        rest.kinds &= ~through;
        if (rest.kinds) r = ty_iter_of(p, site, 0, ty_iter_elem(p, rest, site));
        if (a0.kinds & through) ty_join(p, &r, (TyType){.kinds = a0.kinds & through, .iter = a0.iter});
        if (a0.kinds & ~(uint32_t)(TY_LIST | TY_TUPLE | TY_STR | TY_BYTES | TY_RANGE | TY_DICT | TY_DICT_KEYS |
                                   TY_DICT_VALUES | TY_DICT_ITEMS | TY_SET | TY_FROZENSET | TY_ITER | TY_GENERATOR))
            r.kinds |= TY_ANY;
    } else if (streq(name, "enumerate")) {
        if (nargs < 1) return false;
        TyType items[2] = {ty_k(TY_INT), ty_iter_elem(p, a0, site)};
        r = ty_iter_of(p, site, 0, ty_tuple_of(p, site, 1, items, 2));
    } else if (streq(name, "zip")) {
        if (nargs > TY_TUPLE_MAX) return false;
        TyType items[TY_TUPLE_MAX];
        for (int i = 0; i < nargs; i++) items[i] = ty_iter_elem(p, args[i], site);
        r = ty_iter_of(p, site, 0, ty_tuple_of(p, site, 1, items, nargs));
    } else if (streq(name, "filter") && nargs == 2) {
        r = ty_iter_of(p, site, 0, ty_iter_elem(p, args[1], site));
    } else if (streq(name, "map")) {
        r = ty_iter_of(p, site, 0, ty_k(TY_ANY));
    } else if (streq(name, "next")) {
        if (nargs < 1) return false;
        r = ty_iter_elem(p, a0, site);
        if (nargs > 1) ty_join(p, &r, args[1]);
    } else if (streq(name, "min") || streq(name, "max")) {
        if (nargs == 0) return false;
        if (nargs == 1) r = ty_iter_elem(p, a0, site);
        else
            for (int i = 0; i < nargs; i++) ty_join(p, &r, args[i]);
        TyType d = kwarg(kwnames, kwargs, nkw, "default", &has);
        if (has) ty_join(p, &r, d);
    } else if (streq(name, "sum")) {
        TyType e = ty_iter_elem(p, a0, site);
        TyType start = nargs > 1 ? args[1] : ty_k(TY_INT);
        if (!ty_only(e, NUM) && e.kinds) r.kinds = TY_ANY;
        else r = ty_joined(p, start, ty_binop(p, AST_OP_ADD, ty_joined(p, start, e), e, site));
        if (!ty_only(start, NUM)) r.kinds |= TY_ANY;
    } else {
        return false;
    }
    *result = r;
    return true;
}

static TyType new_list(TyProgram *p, const void *site, int slot, TyType elem) {
    return ty_list_of(p, site, slot, elem);
}

TyType ty_builtin_method(TyProgram *p, TyType recv, const char *name, const TyType *args, int nargs,
                         const TyType *kwargs, int nkw, const void *site) {
    static const char *const str_to_str[] = {
        "upper", "lower", "strip", "lstrip", "rstrip", "replace", "join", "format", "capitalize", "title",
        "center", "ljust", "rjust", "zfill", "swapcase", "casefold", "expandtabs", "removeprefix",
        "removesuffix", "translate", "format_map", NULL};
    static const char *const str_to_bool[] = {
        "startswith", "endswith", "isdigit", "isalpha", "isspace", "isupper", "islower", "isalnum",
        "isidentifier", "isnumeric", "isdecimal", "isprintable", "istitle", "isascii", NULL};
    static const char *const str_to_int[] = {"find", "rfind", "index", "rindex", "count", NULL};
    static const char *const to_none[] = {"sort", "reverse", "clear", "remove", "discard", NULL};
    TyType r = {0};
    uint32_t k = recv.kinds;
    TyType a0 = arg_or_none(args, nargs, 0);
    bool known = nkw == 0 || streq(name, "sort") || streq(name, "split") || streq(name, "rsplit") ||
                 streq(name, "encode") || streq(name, "decode") || streq(name, "splitlines");
    if (k & (TY_STR | TY_BYTES)) {
        uint32_t self = k & (TY_STR | TY_BYTES);
        if (in_list(name, str_to_str)) r.kinds |= self;
        else if (in_list(name, str_to_bool)) r.kinds |= TY_BOOL;
        else if (in_list(name, str_to_int)) r.kinds |= TY_INT;
        else if (streq(name, "split") || streq(name, "rsplit") || streq(name, "splitlines"))
            ty_join(p, &r, new_list(p, site, 10, ty_k(self)));
        else if (streq(name, "encode") && self == TY_STR) r.kinds |= TY_BYTES;
        else if (streq(name, "decode") && self == TY_BYTES) r.kinds |= TY_STR;
        else if (streq(name, "partition") || streq(name, "rpartition")) {
            TyType items[3] = {ty_k(self), ty_k(self), ty_k(self)};
            ty_join(p, &r, ty_tuple_of(p, site, 11, items, 3));
        } else r.kinds |= TY_ANY;
    }
    if (k & TY_LIST) {
        int n = recv.list;
        if (streq(name, "append") && nargs == 1) ty_node_add(p, n, 0, a0), r.kinds |= TY_NONE;
        else if (streq(name, "insert") && nargs == 2) ty_node_add(p, n, 0, args[1]), r.kinds |= TY_NONE;
        else if (streq(name, "extend") && nargs == 1) ty_node_add(p, n, 0, ty_iter_elem(p, a0, site)), r.kinds |= TY_NONE;
        else if (streq(name, "pop")) ty_join(p, &r, ty_node(p, n)->elem);
        else if (streq(name, "index") || streq(name, "count")) r.kinds |= TY_INT;
        else if (in_list(name, to_none)) r.kinds |= TY_NONE;
        else if (streq(name, "copy")) ty_join(p, &r, new_list(p, site, 12, ty_node(p, n)->elem));
        else r.kinds |= TY_ANY;
    }
    if (k & TY_DICT) {
        int n = recv.dict;
        TyNode *nd = ty_node(p, n);
        TyType key = nd->elem, val = nd->val;
        if (streq(name, "get")) {
            ty_join(p, &r, val);
            ty_join(p, &r, nargs > 1 ? args[1] : ty_k(TY_NONE));
        } else if (streq(name, "keys")) ty_join(p, &r, (TyType){.kinds = TY_DICT_KEYS, .dict = n});
        else if (streq(name, "values")) ty_join(p, &r, (TyType){.kinds = TY_DICT_VALUES, .dict = n});
        else if (streq(name, "items")) ty_join(p, &r, (TyType){.kinds = TY_DICT_ITEMS, .dict = n});
        else if (streq(name, "setdefault")) {
            ty_node_add(p, n, 0, a0);
            ty_node_add(p, n, 1, nargs > 1 ? args[1] : ty_k(TY_NONE));
            ty_join(p, &r, ty_node(p, n)->val);
        } else if (streq(name, "pop")) {
            ty_join(p, &r, val);
            if (nargs > 1) ty_join(p, &r, args[1]);
        } else if (streq(name, "update") && nargs == 1 && ty_only(a0, TY_DICT)) {
            ty_node_add(p, n, 0, ty_node(p, a0.dict)->elem);
            ty_node_add(p, n, 1, ty_node(p, a0.dict)->val);
            r.kinds |= TY_NONE;
        } else if (streq(name, "update") && nargs == 0) {
            for (int i = 0; i < nkw; i++) ty_node_add(p, n, 0, ty_k(TY_STR)), ty_node_add(p, n, 1, kwargs[i]);
            r.kinds |= TY_NONE;
            known = true;
        } else if (streq(name, "popitem")) {
            TyType items[2] = {key, val};
            ty_join(p, &r, ty_tuple_of(p, site, 13, items, 2));
        } else if (streq(name, "clear")) r.kinds |= TY_NONE;
        else if (streq(name, "copy")) {
            TyType t = {.kinds = TY_DICT, .dict = ty_site(p, site, 14, -1)};
            ty_node_add(p, t.dict, 0, key);
            ty_node_add(p, t.dict, 1, val);
            ty_join(p, &r, t);
        } else {
            r.kinds |= TY_ANY;
            ty_escape(p, (TyType){.kinds = TY_DICT, .dict = n});
        }
    }
    if (k & (TY_SET | TY_FROZENSET)) {
        int n = recv.set;
        if (streq(name, "add") && nargs == 1) ty_node_add(p, n, 0, a0), r.kinds |= TY_NONE;
        else if (in_list(name, to_none)) r.kinds |= TY_NONE;
        else if (streq(name, "pop")) ty_join(p, &r, ty_node(p, n)->elem);
        else if (streq(name, "issubset") || streq(name, "issuperset") || streq(name, "isdisjoint")) r.kinds |= TY_BOOL;
        else if (streq(name, "union") || streq(name, "intersection") || streq(name, "difference") ||
                 streq(name, "symmetric_difference") || streq(name, "copy")) {
            TyType t = {.kinds = k & (TY_SET | TY_FROZENSET), .set = ty_site(p, site, 15, -1)};
            ty_node_add(p, t.set, 0, ty_node(p, n)->elem);
            for (int i = 0; i < nargs; i++) ty_node_add(p, t.set, 0, ty_iter_elem(p, args[i], site));
            ty_join(p, &r, t);
        } else if (streq(name, "update") || streq(name, "intersection_update") || streq(name, "difference_update")) {
            for (int i = 0; i < nargs; i++) ty_node_add(p, n, 0, ty_iter_elem(p, args[i], site));
            r.kinds |= TY_NONE;
        } else r.kinds |= TY_ANY;
    }
    if (k & TY_INT) {
        if (streq(name, "bit_length") || streq(name, "bit_count")) r.kinds |= TY_INT;
        else r.kinds |= TY_ANY;
    }
    if (k & TY_FLOAT) {
        if (streq(name, "is_integer")) r.kinds |= TY_BOOL;
        else r.kinds |= TY_ANY;
    }
    if (k & ~(TY_STR | TY_BYTES | TY_LIST | TY_DICT | TY_SET | TY_FROZENSET | TY_INT | TY_FLOAT))
        r.kinds |= TY_ANY;
    if (!known) r.kinds |= TY_ANY;
    return r;
}
