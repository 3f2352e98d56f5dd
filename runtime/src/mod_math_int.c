/* The math module's integer functions: factorial, gcd, lcm, comb, perm,
 * isqrt, and prod (any numbers), with CPython 3.11's errors. Arbitrary
 * precision through the runtime's int operations (number_internal.h). */
#include <stdlib.h>

#include "mod_math_internal.h"

static Py2cValue int_mul(Py2cValue a, Py2cValue b) { return py2c__long_binary(PY2C_OP_MUL, a, b); }

static int fits_u62(Py2cValue v, uint64_t *out) {
    if (!py2c_is_small_int(v) || py2c_small_int_value(v) < 0) return 0;
    *out = (uint64_t)py2c_small_int_value(v);
    return *out < ((uint64_t)1 << 62);
}

Py2cValue py2c__math_range_product(Py2cValue lo, uint64_t count) {
    if (count == 0) return py2c_int(1);
    uint64_t start;
    if (fits_u62(lo, &start) && start + count < ((uint64_t)1 << 62)) { /* a machine-word product if it fits */
        uint64_t acc = 1;
        int overflow = 0;
        for (uint64_t i = 0; i < count && !overflow; i++) overflow = __builtin_mul_overflow(acc, start + i, &acc);
        if (!overflow) return py2c_int_from_uint64(acc);
    }
    if (count == 1) {
        py2c_incref(lo);
        return lo;
    }
    /* split in halves so that the big multiplications have balanced sizes */
    uint64_t half = count / 2;
    Py2cValue left = py2c__math_range_product(lo, half);
    if (PY2C_IS_NULL(left)) return left;
    Py2cValue h = py2c_int_from_uint64(half), mid = PY2C_NULL, right = PY2C_NULL, r = PY2C_NULL;
    if (!PY2C_IS_NULL(h)) mid = py2c__long_binary(PY2C_OP_ADD, lo, h);
    if (!PY2C_IS_NULL(mid)) right = py2c__math_range_product(mid, count - half);
    if (!PY2C_IS_NULL(right)) r = int_mul(left, right);
    py2c_decref(h);
    py2c_decref(mid);
    py2c_decref(right);
    py2c_decref(left);
    return r;
}

static Py2cValue no_kw(const char *name, Py2cValue kwnames) {
    if (py2c__kw_count(kwnames)) return py2c_error_format(&py2c_exc_TypeError, "math.%s() takes no keyword arguments", name);
    return PY2C_NONE;
}

static Py2cValue one_arg(const char *name, size_t nargs, Py2cValue kwnames) {
    if (PY2C_IS_NULL(no_kw(name, kwnames))) return PY2C_NULL;
    if (nargs != 1)
        return py2c_error_format(&py2c_exc_TypeError, "math.%s() takes exactly one argument (%zu given)", name, nargs);
    return PY2C_NONE;
}

/* ---- factorial ------------------------------------------------------------------- */

static Py2cValue factorial_of(Py2cValue arg) {
    Py2cValue n = py2c_number_index(arg);
    if (PY2C_IS_NULL(n)) return n;
    int64_t v;
    int rc = py2c_int_as_int64(n, &v);
    int sign = py2c_int_sign(n);
    py2c_decref(n);
    if (rc < 0) {
        py2c_error_clear();
        if (sign < 0) return py2c_error_format(&py2c_exc_ValueError, "factorial() not defined for negative values");
        return py2c_error_format(&py2c_exc_OverflowError, "factorial() argument should not exceed %lld",
                                 (long long)INT64_MAX);
    }
    if (v < 0) return py2c_error_format(&py2c_exc_ValueError, "factorial() not defined for negative values");
    return py2c__math_range_product(py2c_int(1), (uint64_t)v);
}

static Py2cValue math_factorial(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (PY2C_IS_NULL(one_arg("factorial", nargs, kwnames))) return PY2C_NULL;
    return factorial_of(args[0]);
}
static PY2C_BUILTIN_FUNCTION(f_factorial, "factorial", math_factorial);

/* ---- gcd, lcm -------------------------------------------------------------------- */

/* gcd(a, b) >= 0 of two ints (borrowed). */
static Py2cValue int_gcd(Py2cValue a, Py2cValue b) {
    Py2cValue x = py2c__long_abs(a);
    if (PY2C_IS_NULL(x)) return x;
    Py2cValue y = py2c__long_abs(b);
    if (PY2C_IS_NULL(y)) {
        py2c_decref(x);
        return y;
    }
    while (py2c_int_sign(y) != 0) {
        if (py2c_is_small_int(x) && py2c_is_small_int(y)) { /* finish in machine words */
            uint64_t u = (uint64_t)py2c_small_int_value(x), w = (uint64_t)py2c_small_int_value(y);
            while (w) {
                uint64_t t = u % w;
                u = w;
                w = t;
            }
            return py2c_int_from_uint64(u);
        }
        Py2cValue r = py2c__long_binary(PY2C_OP_MOD, x, y);
        py2c_decref(x);
        if (PY2C_IS_NULL(r)) {
            py2c_decref(y);
            return r;
        }
        x = y;
        y = r;
    }
    py2c_decref(y);
    return x;
}

static Py2cValue int_lcm(Py2cValue a, Py2cValue b) {
    if (py2c_int_sign(a) == 0 || py2c_int_sign(b) == 0) return py2c_int(0);
    Py2cValue g = int_gcd(a, b);
    if (PY2C_IS_NULL(g)) return g;
    Py2cValue f = py2c__long_binary(PY2C_OP_FLOORDIV, a, g);
    py2c_decref(g);
    if (PY2C_IS_NULL(f)) return f;
    Py2cValue ab = int_mul(f, b);
    py2c_decref(f);
    if (PY2C_IS_NULL(ab)) return ab;
    Py2cValue r = py2c__long_abs(ab);
    py2c_decref(ab);
    return r;
}

typedef struct MathIntFold {
    Py2cBuiltinFunction fn;
    Py2cValue (*op)(Py2cValue, Py2cValue);
    int64_t empty; /* the result without arguments */
} MathIntFold;

static Py2cValue math_int_fold(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    const MathIntFold *mf = (const MathIntFold *)py2c_obj_ptr(self);
    if (PY2C_IS_NULL(no_kw(mf->fn.name, kwnames))) return PY2C_NULL;
    if (nargs == 0) return py2c_int(mf->empty);
    Py2cValue res = py2c_number_index(args[0]);
    if (PY2C_IS_NULL(res)) return res;
    if (nargs == 1) {
        Py2cValue r = py2c__long_abs(res);
        py2c_decref(res);
        return r;
    }
    for (size_t i = 1; i < nargs; i++) {
        Py2cValue x = py2c_number_index(args[i]);
        if (PY2C_IS_NULL(x)) {
            py2c_decref(res);
            return x;
        }
        Py2cValue r = mf->op(res, x);
        py2c_decref(x);
        py2c_decref(res);
        if (PY2C_IS_NULL(r)) return r;
        res = r;
    }
    return res;
}
static MathIntFold f_gcd = {{PY2C_STATIC_HEADER(&py2c_builtin_function_type), "gcd", math_int_fold}, int_gcd, 0};
static MathIntFold f_lcm = {{PY2C_STATIC_HEADER(&py2c_builtin_function_type), "lcm", math_int_fold}, int_lcm, 1};

/* ---- comb, perm ------------------------------------------------------------------ */

/* n and k as non-negative ints (new references), with CPython's messages. */
static int comb_args(Py2cValue narg, Py2cValue karg, Py2cValue *n, Py2cValue *k) {
    *n = py2c_number_index(narg);
    if (PY2C_IS_NULL(*n)) return -1;
    *k = py2c_number_index(karg);
    if (PY2C_IS_NULL(*k)) {
        py2c_decref(*n);
        return -1;
    }
    const char *bad = py2c_int_sign(*n) < 0 ? "n" : py2c_int_sign(*k) < 0 ? "k" : NULL;
    if (!bad) return 0;
    (void)py2c_error_format(&py2c_exc_ValueError, "%s must be a non-negative integer", bad);
    py2c_decref(*n);
    py2c_decref(*k);
    return -1;
}

/* n * (n-1) * ... * (n-k+1), divided by k! when divide. */
static Py2cValue falling(Py2cValue n, int64_t k, int divide) {
    Py2cValue kv = py2c_int_from_int64(k - 1);
    if (PY2C_IS_NULL(kv)) return kv;
    Py2cValue lo = py2c__long_binary(PY2C_OP_SUB, n, kv);
    py2c_decref(kv);
    if (PY2C_IS_NULL(lo)) return lo;
    Py2cValue num = py2c__math_range_product(lo, (uint64_t)k);
    py2c_decref(lo);
    if (PY2C_IS_NULL(num) || !divide) return num;
    Py2cValue den = py2c__math_range_product(py2c_int(1), (uint64_t)k);
    if (PY2C_IS_NULL(den)) {
        py2c_decref(num);
        return den;
    }
    Py2cValue r = py2c__long_binary(PY2C_OP_FLOORDIV, num, den);
    py2c_decref(num);
    py2c_decref(den);
    return r;
}

static Py2cValue math_comb(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (PY2C_IS_NULL(no_kw("comb", kwnames))) return PY2C_NULL;
    if (nargs != 2) return py2c_error_format(&py2c_exc_TypeError, "comb expected 2 arguments, got %zu", nargs);
    Py2cValue n, k, r = PY2C_NULL;
    if (comb_args(args[0], args[1], &n, &k) < 0) return PY2C_NULL;
    Py2cValue nk = py2c__long_binary(PY2C_OP_SUB, n, k);
    if (PY2C_IS_NULL(nk)) goto done;
    if (py2c_int_sign(nk) < 0) {
        r = py2c_int(0);
    } else {
        Py2cValue m = py2c__long_compare(nk, k) < 0 ? nk : k; /* min(n - k, k) */
        int64_t kk;
        if (py2c_int_as_int64(m, &kk) < 0) {
            py2c_error_clear();
            (void)py2c_error_format(&py2c_exc_OverflowError, "min(n - k, k) must not exceed %lld",
                                    (long long)INT64_MAX);
        } else {
            r = falling(n, kk, 1);
        }
    }
    py2c_decref(nk);
done:
    py2c_decref(n);
    py2c_decref(k);
    return r;
}
static PY2C_BUILTIN_FUNCTION(f_comb, "comb", math_comb);

static Py2cValue math_perm(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (PY2C_IS_NULL(no_kw("perm", kwnames))) return PY2C_NULL;
    if (nargs < 1) return py2c_error_format(&py2c_exc_TypeError, "perm expected at least 1 argument, got %zu", nargs);
    if (nargs > 2) return py2c_error_format(&py2c_exc_TypeError, "perm expected at most 2 arguments, got %zu", nargs);
    if (nargs == 1 || py2c_is_none(args[1])) return factorial_of(args[0]);
    Py2cValue n, k, r = PY2C_NULL;
    if (comb_args(args[0], args[1], &n, &k) < 0) return PY2C_NULL;
    int64_t kk;
    if (py2c__long_compare(n, k) < 0) {
        r = py2c_int(0);
    } else if (py2c_int_as_int64(k, &kk) < 0) {
        py2c_error_clear();
        (void)py2c_error_format(&py2c_exc_OverflowError, "k must not exceed %lld", (long long)INT64_MAX);
    } else {
        r = falling(n, kk, 0);
    }
    py2c_decref(n);
    py2c_decref(k);
    return r;
}
static PY2C_BUILTIN_FUNCTION(f_perm, "perm", math_perm);

/* ---- isqrt ----------------------------------------------------------------------- */

static Py2cValue math_isqrt(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (PY2C_IS_NULL(one_arg("isqrt", nargs, kwnames))) return PY2C_NULL;
    Py2cValue n = py2c_number_index(args[0]);
    if (PY2C_IS_NULL(n)) return n;
    int sign = py2c_int_sign(n);
    if (sign <= 0) {
        py2c_decref(n);
        if (sign < 0) return py2c_error_format(&py2c_exc_ValueError, "isqrt() argument must be nonnegative");
        return py2c_int(0);
    }
    uint64_t bits = py2c__long_bit_length(n);
    /* Newton's iteration from 2**ceil(bits/2) >= isqrt(n): decreases
     * monotonically to isqrt(n) */
    if (py2c_is_small_int(n)) {
        uint64_t v = (uint64_t)py2c_small_int_value(n), x = (uint64_t)1 << ((bits + 1) / 2);
        for (;;) {
            uint64_t y = (x + v / x) / 2;
            if (y >= x) break;
            x = y;
        }
        return py2c_int_from_uint64(x);
    }
    Py2cValue sh = py2c_int_from_uint64((bits + 1) / 2);
    Py2cValue x = PY2C_IS_NULL(sh) ? sh : py2c__long_binary(PY2C_OP_LSHIFT, py2c_int(1), sh);
    py2c_decref(sh);
    while (!PY2C_IS_NULL(x)) {
        Py2cValue q = py2c__long_binary(PY2C_OP_FLOORDIV, n, x), s = PY2C_NULL, y = PY2C_NULL;
        if (!PY2C_IS_NULL(q)) s = py2c__long_binary(PY2C_OP_ADD, x, q);
        if (!PY2C_IS_NULL(s)) y = py2c__long_binary(PY2C_OP_RSHIFT, s, py2c_int(1));
        py2c_decref(q);
        py2c_decref(s);
        if (PY2C_IS_NULL(y)) {
            py2c_decref(x);
            x = PY2C_NULL;
            break;
        }
        if (py2c__long_compare(y, x) >= 0) {
            py2c_decref(y);
            break;
        }
        py2c_decref(x);
        x = y;
    }
    py2c_decref(n);
    return x;
}
static PY2C_BUILTIN_FUNCTION(f_isqrt, "isqrt", math_isqrt);

/* ---- prod ------------------------------------------------------------------------ */

static Py2cValue math_prod(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    static const char *const names[] = {"iterable", "start"};
    static const Py2cArgSpec spec = {"prod", names, 1, 1, 1, 2};
    Py2cValue a[2];
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    Py2cValue it = py2c_iter(a[0]);
    if (PY2C_IS_NULL(it)) return it;
    Py2cValue acc = PY2C_IS_NULL(a[1]) ? py2c_int(1) : a[1];
    py2c_incref(acc);
    for (;;) {
        Py2cValue item = py2c_iter_next(it);
        if (PY2C_IS_NULL(item)) {
            if (py2c_error_occurred()) PY2C_CLEAR(acc);
            break;
        }
        Py2cValue r = py2c_binary_op(acc, item, PY2C_OP_MUL);
        py2c_decref(item);
        py2c_decref(acc);
        acc = r;
        if (PY2C_IS_NULL(acc)) break;
    }
    py2c_decref(it);
    return acc;
}
static PY2C_BUILTIN_FUNCTION(f_prod, "prod", math_prod);

int py2c__math_add_int_functions(Py2cValue m) {
    static Py2cBuiltinFunction *const funcs[] = {&f_factorial, &f_gcd.fn, &f_lcm.fn, &f_comb,
                                                 &f_perm,      &f_isqrt,  &f_prod};
    for (size_t i = 0; i < sizeof funcs / sizeof funcs[0]; i++)
        if (py2c_module_add(m, funcs[i]->name, py2c_obj_value(&funcs[i]->ob)) < 0) return -1;
    return 0;
}
