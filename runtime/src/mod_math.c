/* The math module: floating-point functions with CPython 3.11's results,
 * special cases and errors (Modules/mathmodule.c's math_1/math_2 rules:
 * a NaN result from a non-NaN argument is ValueError "math domain error",
 * an infinite result from finite arguments OverflowError "math range error"
 * or, for singularities, ValueError). The libm functions are the ones
 * CPython calls too (so results agree bit for bit on the same libm; on WASI
 * libm_cr.c stands in for musl where it differs from glibc); gamma
 * and lgamma are CPython's own Lanczos approximation, rewritten here.
 * The integer functions live in mod_math_int.c. */
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "mod_math_internal.h"

PY2C_STDLIB_MODULE("math", py2c__module_init_math);

static Py2cValue domain_error(void) { return py2c_error_format(&py2c_exc_ValueError, "math domain error"); }
static Py2cValue range_error(void) { return py2c_error_format(&py2c_exc_OverflowError, "math range error"); }

/* CPython's is_error: errno EDOM -> ValueError; ERANGE -> OverflowError
 * unless the result is an underflow (|r| < 1.5). 1 with an exception set,
 * 0 when the errno is to be ignored. */
static int errno_error(int err, double r) {
    if (err == EDOM) return domain_error(), 1;
    if (err == ERANGE) {
        if (fabs(r) < 1.5) return 0;
        return range_error(), 1;
    }
    return 0;
}

static Py2cValue check_argc(const char *name, size_t nargs, Py2cValue kwnames, size_t want) {
    if (py2c__kw_count(kwnames)) return py2c_error_format(&py2c_exc_TypeError, "math.%s() takes no keyword arguments", name);
    if (nargs != want) {
        if (want == 1)
            return py2c_error_format(&py2c_exc_TypeError, "math.%s() takes exactly one argument (%zu given)", name,
                                     nargs);
        return py2c_error_format(&py2c_exc_TypeError, "%s expected %zu arguments, got %zu", name, want, nargs);
    }
    return PY2C_NONE;
}
#define CHECK_ARGC(name, want)                                                                 \
    do {                                                                                       \
        if (PY2C_IS_NULL(check_argc((name), nargs, kwnames, (want)))) return PY2C_NULL;        \
    } while (0)

/* ---- CPython's own special functions ------------------------------------------- */

static const double math_pi = 3.141592653589793238462643383279502884197;
static const double math_logpi = 1.144729885849400174143427351353058711647;

/* sin(pi * x) for finite x, exact at integers and half-integers. */
static double sinpi(double x) {
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(math_pi * y); break;
    case 1: r = cos(math_pi * (y - 0.5)); break;
    case 2: r = sin(math_pi * (1.0 - y)); break; /* not -sin(pi*(y-1)): +0.0 at y == 1 */
    case 3: r = -cos(math_pi * (y - 1.5)); break;
    default: r = sin(math_pi * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

/* Lanczos approximation, N = 13, g = 6.024680040776729583740234375 (the
 * parameters of Boost and CPython), as a rational function. */
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
/* x * (x+1) * ... * (x+11) expanded */
static const double lanczos_den[LANCZOS_N] = {0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                              45995730.0, 13339535.0, 2637558.0,   357423.0,    32670.0,
                                              1925.0,     66.0,       1.0};

static double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N - 1; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else { /* as a rational function of 1/x, to avoid overflow */
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

/* Gamma(x); sets errno to EDOM (poles, -inf) or ERANGE (overflow). */
static double m_tgamma(double x) {
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) return x;
        errno = EDOM;
        return NAN;
    }
    if (x == 0.0) {
        errno = EDOM;
        return copysign(HUGE_VAL, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            errno = EDOM;
            return NAN;
        }
        if (x <= 23.0) { /* (x-1)! exactly */
            double f = 1.0;
            for (int i = 2; i < (int)x; i++) f *= i;
            return f;
        }
    }
    double absx = fabs(x), r;
    if (absx < 1e-20) {
        r = 1.0 / x;
        if (isinf(r)) errno = ERANGE;
        return r;
    }
    if (absx > 200.0) {
        if (x < 0.0) return 0.0 / sinpi(x);
        errno = ERANGE;
        return HUGE_VAL;
    }
    double y = absx + lanczos_g_minus_half, z;
    /* z: the rounding error of y, turned into a relative correction */
    if (absx > lanczos_g_minus_half) {
        double q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        double q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    if (x < 0.0) {
        r = -math_pi / sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (isinf(r)) errno = ERANGE;
    return r;
}

/* log|Gamma(x)|; errno as m_tgamma. */
static double m_lgamma(double x) {
    if (!isfinite(x)) return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            errno = EDOM;
            return HUGE_VAL;
        }
        return 0.0;
    }
    double absx = fabs(x);
    if (absx < 1e-20) return -log(absx);
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0) r = math_logpi - log(fabs(sinpi(absx))) - log(absx) - r;
    if (isinf(r)) errno = ERANGE;
    return r;
}

static double m_atan2(double y, double x) {
    if (isnan(x) || isnan(y)) return NAN;
    if (isinf(y)) {
        if (isinf(x)) return copysign(copysign(1., x) == 1. ? 0.25 * math_pi : 0.75 * math_pi, y);
        return copysign(0.5 * math_pi, y);
    }
    if (isinf(x) || y == 0.) return copysign(copysign(1., x) == 1. ? 0. : math_pi, y);
    return atan2(y, x);
}

/* log for the finite-or-not double domain: CPython's m_log/m_log2/m_log10
 * (0 -> -inf, which math_1 reports as a domain error; negative -> NaN). */
static double m_log(double x) {
    if (isfinite(x)) {
        if (x > 0.0) return log(x);
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0) return x;
    errno = EDOM;
    return NAN;
}
static double m_log2(double x) {
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) return x;
        errno = EDOM;
        return NAN;
    }
    if (x > 0.0) return log2(x);
    errno = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
}
static double m_log10(double x) {
    if (isfinite(x)) {
        if (x > 0.0) return log10(x);
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0) return x;
    errno = EDOM;
    return NAN;
}

/* ---- one-argument functions ---------------------------------------------------- */

enum { F1_DOMAIN, F1_OVERFLOW, F1_ERRNO };

/* A builtin that carries its libm function: self is the object itself. */
typedef struct MathFunc1 {
    Py2cBuiltinFunction fn;
    double (*f)(double);
    int kind; /* F1_DOMAIN: inf result is a singularity; F1_OVERFLOW: overflow; F1_ERRNO: math_1a */
} MathFunc1;

/* mf(x) on a double (math_1 after the argument's conversion). */
static Py2cValue math_1_d(const MathFunc1 *mf, double x) {
    double r;
    errno = 0;
    r = mf->f(x);
    int err = errno;
    if (mf->kind == F1_ERRNO) {
        if (err && errno_error(err, r)) return PY2C_NULL;
        return py2c_float(r);
    }
    if (isnan(r) && !isnan(x)) return domain_error();
    if (isinf(r) && isfinite(x)) return mf->kind == F1_OVERFLOW ? range_error() : domain_error();
    if (isfinite(r) && err && errno_error(err, r)) return PY2C_NULL;
    return py2c_float(r);
}

static Py2cValue math_1_of(const MathFunc1 *mf, Py2cValue arg) {
    double x;
    if (py2c_float_as_double(arg, &x) < 0) return PY2C_NULL;
    return math_1_d(mf, x);
}

static Py2cValue math_1(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    const MathFunc1 *mf = (const MathFunc1 *)py2c_obj_ptr(self);
    CHECK_ARGC(mf->fn.name, 1);
    return math_1_of(mf, args[0]);
}

static double m_degrees(double x) { return x * (180.0 / math_pi); }
static double m_radians(double x) { return x * (math_pi / 180.0); }

#define FUNC1(cname, pyname, f, kind) \
    static MathFunc1 cname = {{PY2C_STATIC_HEADER(&py2c_builtin_function_type), (pyname), math_1}, (f), (kind)}
FUNC1(f_acos, "acos", acos, F1_DOMAIN);
FUNC1(f_acosh, "acosh", acosh, F1_DOMAIN);
FUNC1(f_asin, "asin", asin, F1_DOMAIN);
FUNC1(f_asinh, "asinh", asinh, F1_DOMAIN);
FUNC1(f_atan, "atan", atan, F1_DOMAIN);
FUNC1(f_atanh, "atanh", atanh, F1_DOMAIN);
FUNC1(f_cbrt, "cbrt", cbrt, F1_DOMAIN);
FUNC1(f_cos, "cos", cos, F1_DOMAIN);
FUNC1(f_cosh, "cosh", cosh, F1_OVERFLOW);
FUNC1(f_erf, "erf", erf, F1_DOMAIN);
#ifdef __wasi__
double py2c__libm_erfc(double x); /* libm_cr.c: erfc as glibc computes it */
FUNC1(f_erfc, "erfc", py2c__libm_erfc, F1_DOMAIN);
#else
FUNC1(f_erfc, "erfc", erfc, F1_DOMAIN);
#endif
FUNC1(f_exp, "exp", exp, F1_OVERFLOW);
FUNC1(f_exp2, "exp2", exp2, F1_OVERFLOW);
FUNC1(f_expm1, "expm1", expm1, F1_OVERFLOW);
FUNC1(f_fabs, "fabs", fabs, F1_DOMAIN);
FUNC1(f_gamma, "gamma", m_tgamma, F1_ERRNO);
FUNC1(f_lgamma, "lgamma", m_lgamma, F1_ERRNO);
FUNC1(f_log1p, "log1p", log1p, F1_DOMAIN);
FUNC1(f_sin, "sin", sin, F1_DOMAIN);
FUNC1(f_sinh, "sinh", sinh, F1_OVERFLOW);
FUNC1(f_sqrt, "sqrt", sqrt, F1_DOMAIN);
FUNC1(f_tan, "tan", tan, F1_DOMAIN);
FUNC1(f_tanh, "tanh", tanh, F1_DOMAIN);
FUNC1(f_degrees, "degrees", m_degrees, F1_DOMAIN);
FUNC1(f_radians, "radians", m_radians, F1_DOMAIN);

/* func(x) for x of any int size: log(m) + e*log(2) where x = m * 2**e. */
static Py2cValue loghelper(Py2cValue arg, double (*func)(double), double *out) {
    if (py2c_is_int(arg)) {
        if (py2c_int_sign(arg) <= 0) return domain_error();
        double x;
        if (py2c_int_as_double(arg, &x) == 0) {
            *out = func(x);
            return PY2C_NONE;
        }
        if (!py2c_error_matches(&py2c_exc_OverflowError)) return PY2C_NULL;
        py2c_error_clear();
        /* x = m * 2**e with 0.5 <= m < 1 correctly rounded (_PyLong_Frexp) */
        uint64_t e = py2c__long_bit_length(arg);
        Py2cValue one = py2c_int(1), sh = py2c_int_from_uint64(e);
        if (PY2C_IS_NULL(sh)) return PY2C_NULL;
        Py2cValue p = py2c__long_binary(PY2C_OP_LSHIFT, one, sh);
        py2c_decref(sh);
        if (PY2C_IS_NULL(p)) return PY2C_NULL;
        Py2cValue q = py2c__long_truediv(arg, p);
        py2c_decref(p);
        if (PY2C_IS_NULL(q)) return PY2C_NULL;
        double m = py2c_float_value(q);
        if (m == 1.0) m = 0.5, e++;
        *out = func(m) + (double)e * func(2.0);
        return PY2C_NONE;
    }
    double x;
    if (py2c_float_as_double(arg, &x) < 0) return PY2C_NULL;
    errno = 0;
    double r = func(x);
    if (isnan(r) && !isnan(x)) return domain_error();
    if (isinf(r) && isfinite(x)) return domain_error();
    *out = r;
    return PY2C_NONE;
}

static double plain_log(double x) { return m_log(x); }

static Py2cValue math_log(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (py2c__kw_count(kwnames)) return py2c_error_format(&py2c_exc_TypeError, "log() takes no keyword arguments");
    if (nargs < 1 || nargs > 2) return py2c_error_format(&py2c_exc_TypeError, "math.log requires 1 to 2 arguments");
    double num, den;
    if (PY2C_IS_NULL(loghelper(args[0], plain_log, &num))) return PY2C_NULL;
    if (nargs == 1) return py2c_float(num);
    if (PY2C_IS_NULL(loghelper(args[1], plain_log, &den))) return PY2C_NULL;
    if (den == 0.0) return py2c_error_format(&py2c_exc_ZeroDivisionError, "float division by zero");
    return py2c_float(num / den);
}
static PY2C_BUILTIN_FUNCTION(f_log, "log", math_log);

static Py2cValue math_log_1(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    const MathFunc1 *mf = (const MathFunc1 *)py2c_obj_ptr(self);
    CHECK_ARGC(mf->fn.name, 1);
    double r;
    if (PY2C_IS_NULL(loghelper(args[0], mf->f, &r))) return PY2C_NULL;
    return py2c_float(r);
}
static MathFunc1 f_log2_big = {{PY2C_STATIC_HEADER(&py2c_builtin_function_type), "log2", math_log_1}, m_log2, 0};
static MathFunc1 f_log10_big = {{PY2C_STATIC_HEADER(&py2c_builtin_function_type), "log10", math_log_1}, m_log10, 0};

/* ---- floor, ceil, trunc ---------------------------------------------------------- */

static Py2cValue rounding(Py2cValue x, const char *dunder, double (*f)(double)) {
    if (py2c_is_float(x)) return py2c_int_from_double(f(py2c_float_value(x)));
    if (py2c_is_int(x)) return py2c_number_index(x);
    Py2cValue name = py2c_str_from_cstr(dunder);
    if (PY2C_IS_NULL(name)) return PY2C_NULL;
    Py2cValue meth = py2c_is_str(x) ? PY2C_NULL : py2c_getattr_opt(x, name);
    py2c_decref(name);
    if (!PY2C_IS_NULL(meth)) {
        Py2cValue r = py2c_call(meth, NULL, 0, PY2C_NULL);
        py2c_decref(meth);
        return r;
    }
    if (py2c_error_occurred()) return PY2C_NULL;
    if (f == trunc)
        return py2c_error_format(&py2c_exc_TypeError, "type %s doesn't define __trunc__ method", py2c_type_name(x));
    double d;
    if (py2c_float_as_double(x, &d) < 0) return PY2C_NULL;
    return py2c_int_from_double(f(d));
}

static Py2cValue math_floor(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    CHECK_ARGC("floor", 1);
    return rounding(args[0], "__floor__", floor);
}
static Py2cValue math_ceil(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    CHECK_ARGC("ceil", 1);
    return rounding(args[0], "__ceil__", ceil);
}
static Py2cValue math_trunc(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    CHECK_ARGC("trunc", 1);
    return rounding(args[0], "__trunc__", trunc);
}
static PY2C_BUILTIN_FUNCTION(f_floor, "floor", math_floor);
static PY2C_BUILTIN_FUNCTION(f_ceil, "ceil", math_ceil);
static PY2C_BUILTIN_FUNCTION(f_trunc, "trunc", math_trunc);

/* ---- other one-argument functions ------------------------------------------------ */

static Py2cValue pair(Py2cValue a, Py2cValue b) { /* steals a and b */
    Py2cValue items[2] = {a, b}, t = PY2C_NULL;
    if (!PY2C_IS_NULL(a) && !PY2C_IS_NULL(b)) t = py2c_tuple_pack(2, items);
    py2c_decref(a);
    py2c_decref(b);
    return t;
}

static Py2cValue math_frexp(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    CHECK_ARGC("frexp", 1);
    double x;
    if (py2c_float_as_double(args[0], &x) < 0) return PY2C_NULL;
    int e = 0;
    if (isfinite(x) && x != 0.0) x = frexp(x, &e);
    return pair(py2c_float(x), py2c_int(e));
}
static PY2C_BUILTIN_FUNCTION(f_frexp, "frexp", math_frexp);

static Py2cValue math_modf(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    CHECK_ARGC("modf", 1);
    double x, ip;
    if (py2c_float_as_double(args[0], &x) < 0) return PY2C_NULL;
    if (isinf(x)) return pair(py2c_float(copysign(0., x)), py2c_float(x));
    if (isnan(x)) return pair(py2c_float(x), py2c_float(x));
    double fp = modf(x, &ip);
    return pair(py2c_float(fp), py2c_float(ip));
}
static PY2C_BUILTIN_FUNCTION(f_modf, "modf", math_modf);

static Py2cValue math_ulp(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    CHECK_ARGC("ulp", 1);
    double x;
    if (py2c_float_as_double(args[0], &x) < 0) return PY2C_NULL;
    if (isnan(x)) return py2c_float(x);
    x = fabs(x);
    if (isinf(x)) return py2c_float(x);
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2)) return py2c_float(x - nextafter(x, -INFINITY)); /* the largest float */
    return py2c_float(x2 - x);
}
static PY2C_BUILTIN_FUNCTION(f_ulp, "ulp", math_ulp);

enum { CLASS_FINITE, CLASS_INF, CLASS_NAN };
typedef struct MathClassify {
    Py2cBuiltinFunction fn;
    int which;
} MathClassify;

static Py2cValue math_classify(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    const MathClassify *mc = (const MathClassify *)py2c_obj_ptr(self);
    CHECK_ARGC(mc->fn.name, 1);
    double x;
    if (py2c_float_as_double(args[0], &x) < 0) return PY2C_NULL;
    return py2c_bool(mc->which == CLASS_FINITE ? isfinite(x) : mc->which == CLASS_INF ? isinf(x) : isnan(x));
}
static MathClassify f_isfinite = {{PY2C_STATIC_HEADER(&py2c_builtin_function_type), "isfinite", math_classify},
                                  CLASS_FINITE};
static MathClassify f_isinf = {{PY2C_STATIC_HEADER(&py2c_builtin_function_type), "isinf", math_classify}, CLASS_INF};
static MathClassify f_isnan = {{PY2C_STATIC_HEADER(&py2c_builtin_function_type), "isnan", math_classify}, CLASS_NAN};

/* ---- two-argument functions ------------------------------------------------------ */

typedef struct MathFunc2 {
    Py2cBuiltinFunction fn;
    double (*f)(double, double);
} MathFunc2;

/* CPython's math_2: errors judged from the result's class only. */
static Py2cValue math_2(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    const MathFunc2 *mf = (const MathFunc2 *)py2c_obj_ptr(self);
    CHECK_ARGC(mf->fn.name, 2);
    double x, y;
    if (py2c_float_as_double(args[0], &x) < 0 || py2c_float_as_double(args[1], &y) < 0) return PY2C_NULL;
    double r = mf->f(x, y);
    int err = 0;
    if (isnan(r)) err = !isnan(x) && !isnan(y) ? EDOM : 0;
    else if (isinf(r)) err = isfinite(x) && isfinite(y) ? ERANGE : 0;
    if (err && errno_error(err, r)) return PY2C_NULL;
    return py2c_float(r);
}

static double m_fmod(double x, double y) {
    if (isinf(y) && isfinite(x)) return x;
    return fmod(x, y);
}

static MathFunc2 f_atan2 = {{PY2C_STATIC_HEADER(&py2c_builtin_function_type), "atan2", math_2}, m_atan2};
static MathFunc2 f_copysign = {{PY2C_STATIC_HEADER(&py2c_builtin_function_type), "copysign", math_2}, copysign};
static MathFunc2 f_fmod = {{PY2C_STATIC_HEADER(&py2c_builtin_function_type), "fmod", math_2}, m_fmod};
static MathFunc2 f_remainder = {{PY2C_STATIC_HEADER(&py2c_builtin_function_type), "remainder", math_2}, remainder};

static Py2cValue math_nextafter(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    CHECK_ARGC("nextafter", 2);
    double x, y;
    if (py2c_float_as_double(args[0], &x) < 0 || py2c_float_as_double(args[1], &y) < 0) return PY2C_NULL;
    return py2c_float(nextafter(x, y));
}
static PY2C_BUILTIN_FUNCTION(f_nextafter, "nextafter", math_nextafter);

static Py2cValue math_pow(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    CHECK_ARGC("pow", 2);
    double x, y, r;
    if (py2c_float_as_double(args[0], &x) < 0 || py2c_float_as_double(args[1], &y) < 0) return PY2C_NULL;
    int err = 0;
    if (!isfinite(x) || !isfinite(y)) { /* IEEE specials directly, as C99 annex F */
        if (isnan(x)) {
            r = y == 0. ? 1. : x;
        } else if (isnan(y)) {
            r = x == 1. ? 1. : y;
        } else if (isinf(x)) {
            int odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.) r = odd_y ? x : fabs(x);
            else if (y == 0.) r = 1.;
            else r = odd_y ? copysign(0., x) : 0.;
        } else { /* y infinite */
            if (fabs(x) == 1.0) r = 1.;
            else if (y > 0. && fabs(x) > 1.0) r = y;
            else if (y < 0. && fabs(x) < 1.0) r = -y;
            else r = 0.;
        }
    } else {
        r = pow(x, y);
        if (isnan(r)) err = EDOM;                   /* negative ** non-integer */
        else if (isinf(r)) err = x == 0. ? EDOM : ERANGE; /* 0 ** negative, or overflow */
    }
    if (err && errno_error(err, r)) return PY2C_NULL;
    return py2c_float(r);
}
static PY2C_BUILTIN_FUNCTION(f_pow, "pow", math_pow);

static Py2cValue math_ldexp(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    CHECK_ARGC("ldexp", 2);
    double x, r;
    if (py2c_float_as_double(args[0], &x) < 0) return PY2C_NULL;
    if (!py2c_is_int(args[1]))
        return py2c_error_format(&py2c_exc_TypeError, "Expected an int as second argument to ldexp.");
    int64_t e = py2c_int_as_int64_clamped(args[1]);
    if (x == 0. || !isfinite(x)) return py2c_float(x);
    if (e > INT_MAX) return range_error();
    if (e < INT_MIN) return py2c_float(copysign(0., x));
    r = ldexp(x, (int)e);
    if (isinf(r)) return range_error();
    return py2c_float(r);
}
static PY2C_BUILTIN_FUNCTION(f_ldexp, "ldexp", math_ldexp);

/* ---- isclose --------------------------------------------------------------------- */

static Py2cValue math_isclose(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    static const Py2cArgSpec spec = {"isclose", names, 0, 2, 2, 4};
    Py2cValue a[4];
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    double x, y, rel_tol = 1e-09, abs_tol = 0.0;
    if (py2c_float_as_double(a[0], &x) < 0 || py2c_float_as_double(a[1], &y) < 0) return PY2C_NULL;
    if (!PY2C_IS_NULL(a[2]) && py2c_float_as_double(a[2], &rel_tol) < 0) return PY2C_NULL;
    if (!PY2C_IS_NULL(a[3]) && py2c_float_as_double(a[3], &abs_tol) < 0) return PY2C_NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return py2c_error_format(&py2c_exc_ValueError, "tolerances must be non-negative");
    if (x == y) return PY2C_TRUE;
    if (isinf(x) || isinf(y)) return PY2C_FALSE;
    double diff = fabs(y - x);
    return py2c_bool((diff <= fabs(rel_tol * y)) || (diff <= fabs(rel_tol * x)) || (diff <= abs_tol));
}
static PY2C_BUILTIN_FUNCTION(f_isclose, "isclose", math_isclose);

/* ---- hypot, dist: CPython's vector_norm ------------------------------------------ */

/* sqrt of the sum of squares of vec[0..n) (all finite, |v| <= max), with
 * exact products and sums (fma) and one differential correction, as
 * CPython 3.11, so results agree to the last bit. */
static double vector_norm(size_t n, double *vec, double max, int found_nan) {
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) { /* ldexp(1.0, -max_e) would overflow: make subnormals normal */
        for (size_t i = 0; i < n; i++) vec[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, vec, max / DBL_MIN, found_nan);
    }
    double scale = ldexp(1.0, -max_e), csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = vec[i] * scale;         /* lossless */
        double hi = x * x, lo = fma(x, x, -hi); /* exact square */
        double s = csum + hi, slo = (csum - s) + hi; /* exact sum, csum >= hi */
        csum = s;
        frac1 += lo;
        frac2 += slo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2));
    double hi = -h * h, lo = fma(-h, h, -hi);
    double s = csum + hi, slo = (csum - s) + hi;
    csum = s;
    frac1 += lo;
    frac2 += slo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

#define NORM_STACK 16

static Py2cValue math_hypot(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (py2c__kw_count(kwnames)) return py2c_error_format(&py2c_exc_TypeError, "math.hypot() takes no keyword arguments");
    double stack[NORM_STACK], *vec = stack, max = 0.0;
    if (nargs > NORM_STACK && !(vec = malloc(nargs * sizeof *vec))) return py2c_error_nomemory();
    int found_nan = 0;
    Py2cValue result = PY2C_NULL;
    for (size_t i = 0; i < nargs; i++) {
        double x;
        if (py2c_float_as_double(args[i], &x) < 0) goto done;
        x = fabs(x);
        vec[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    result = py2c_float(vector_norm(nargs, vec, max, found_nan));
done:
    if (vec != stack) free(vec);
    return result;
}
static PY2C_BUILTIN_FUNCTION(f_hypot, "hypot", math_hypot);

static Py2cValue math_dist(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    CHECK_ARGC("dist", 2);
    Py2cValue p = py2c_tuple_from_iterable(args[0]);
    if (PY2C_IS_NULL(p)) return PY2C_NULL;
    Py2cValue q = py2c_tuple_from_iterable(args[1]);
    if (PY2C_IS_NULL(q)) {
        py2c_decref(p);
        return PY2C_NULL;
    }
    Py2cValue result = PY2C_NULL;
    size_t n = (size_t)py2c_tuple_size(p);
    double stack[NORM_STACK], *vec = stack, max = 0.0;
    int found_nan = 0;
    if ((size_t)py2c_tuple_size(q) != n) {
        (void)py2c_error_format(&py2c_exc_ValueError, "both points must have the same number of dimensions");
        goto done;
    }
    if (n > NORM_STACK && !(vec = malloc(n * sizeof *vec))) {
        (void)py2c_error_nomemory();
        goto done;
    }
    for (size_t i = 0; i < n; i++) {
        double px, qx;
        if (py2c_float_as_double(py2c_tuple_item(p, (int64_t)i), &px) < 0 ||
            py2c_float_as_double(py2c_tuple_item(q, (int64_t)i), &qx) < 0)
            goto done;
        double x = fabs(px - qx);
        vec[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    result = py2c_float(vector_norm(n, vec, max, found_nan));
done:
    if (vec != stack) free(vec);
    py2c_decref(p);
    py2c_decref(q);
    return result;
}
static PY2C_BUILTIN_FUNCTION(f_dist, "dist", math_dist);

/* ---- fsum: Shewchuk's exact partials, CPython's rounding fix-up -------------------- */

static Py2cValue math_fsum(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    CHECK_ARGC("fsum", 1);
    Py2cValue it = py2c_iter(args[0]);
    if (PY2C_IS_NULL(it)) return PY2C_NULL;
    double stack[32], *p = stack;
    size_t n = 0, cap = 32;
    double special_sum = 0.0, inf_sum = 0.0;
    Py2cValue result = PY2C_NULL;
    for (;;) {
        Py2cValue item = py2c_iter_next(it);
        if (PY2C_IS_NULL(item)) {
            if (py2c_error_occurred()) goto done;
            break;
        }
        double x;
        int rc = py2c_float_as_double(item, &x);
        py2c_decref(item);
        if (rc < 0) goto done;
        double xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) { /* x + partials, keeping the exact low parts */
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y, lo = y - (hi - x);
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                /* an inf or nan summand, or an intermediate overflow */
                if (isfinite(xsave)) {
                    (void)py2c_error_format(&py2c_exc_OverflowError, "intermediate overflow in fsum");
                    goto done;
                }
                if (isinf(xsave)) inf_sum += xsave;
                special_sum += xsave;
                n = 0;
            } else {
                if (n >= cap) {
                    double *np = malloc(2 * cap * sizeof *np);
                    if (!np) {
                        (void)py2c_error_nomemory();
                        goto done;
                    }
                    memcpy(np, p, n * sizeof *p);
                    if (p != stack) free(p);
                    p = np;
                    cap *= 2;
                }
                p[n++] = x;
            }
        }
    }
    if (special_sum != 0.0) {
        if (isnan(inf_sum)) (void)py2c_error_format(&py2c_exc_ValueError, "-inf + inf in fsum");
        else result = py2c_float(special_sum);
        goto done;
    }
    double hi = 0.0;
    if (n > 0) {
        double lo = 0.0;
        hi = p[--n];
        while (n > 0) { /* sum from the top until the sum becomes inexact */
            double x = hi, y = p[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) break;
        }
        /* half-even rounding across the remaining partials */
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0, x = hi + y;
            if (y == x - hi) hi = x;
        }
    }
    result = py2c_float(hi);
done:
    if (p != stack) free(p);
    py2c_decref(it);
    return result;
}
static PY2C_BUILTIN_FUNCTION(f_fsum, "fsum", math_fsum);

/* ---- direct entry points (py2c/math_direct.h) ------------------------------------ */

#define DIRECT1(name)                                                                           \
    Py2cValue py2c_math_##name(Py2cValue x) { return math_1_of(&f_##name, x); }                   \
    Py2cValue py2c_math_##name##_d(double x) { return math_1_d(&f_##name, x); }
PY2C_MATH_DIRECT1(DIRECT1)
#undef DIRECT1

Py2cValue py2c__math_domain_error(void) { return domain_error(); }

Py2cValue py2c_math_log(Py2cValue x) {
    double r;
    if (PY2C_IS_NULL(loghelper(x, plain_log, &r))) return PY2C_NULL;
    return py2c_float(r);
}
Py2cValue py2c_math_log_d(double x) {
    errno = 0;
    double r = m_log(x);
    if (isnan(r) && !isnan(x)) return domain_error();
    if (isinf(r) && isfinite(x)) return domain_error();
    return py2c_float(r);
}
Py2cValue py2c_math_floor(Py2cValue x) { return rounding(x, "__floor__", floor); }
Py2cValue py2c_math_ceil(Py2cValue x) { return rounding(x, "__ceil__", ceil); }
Py2cValue py2c_math_trunc(Py2cValue x) { return rounding(x, "__trunc__", trunc); }
Py2cValue py2c_math_floor_d(double x) { return py2c_int_from_double(floor(x)); }
Py2cValue py2c_math_ceil_d(double x) { return py2c_int_from_double(ceil(x)); }
Py2cValue py2c_math_trunc_d(double x) { return py2c_int_from_double(trunc(x)); }

/* ---- the module ------------------------------------------------------------------ */

Py2cValue py2c__module_init_math(void) {
    Py2cValue m = py2c_module_new("math");
    if (PY2C_IS_NULL(m)) return m;
    static const struct {
        const char *name;
        double value;
    } consts[] = {
        {"pi", 3.141592653589793238462643383279502884197},  {"e", 2.718281828459045235360287471352662498},
        {"tau", 6.283185307179586476925286766559005768394}, {"inf", INFINITY},
        {"nan", NAN},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        if (py2c_module_add(m, consts[i].name, py2c_float(consts[i].value)) < 0) goto fail;
    static Py2cBuiltinFunction *const funcs[] = {
        &f_acos.fn,      &f_acosh.fn,    &f_asin.fn,     &f_asinh.fn,  &f_atan.fn,      &f_atanh.fn,  &f_cbrt.fn,
        &f_cos.fn,       &f_cosh.fn,     &f_erf.fn,      &f_erfc.fn,   &f_exp.fn,       &f_exp2.fn,   &f_expm1.fn,
        &f_fabs.fn,      &f_gamma.fn,    &f_lgamma.fn,   &f_log1p.fn,  &f_sin.fn,       &f_sinh.fn,   &f_sqrt.fn,
        &f_tan.fn,       &f_tanh.fn,     &f_degrees.fn,  &f_radians.fn, &f_log2_big.fn, &f_log10_big.fn,
        &f_log,          &f_floor,       &f_ceil,        &f_trunc,     &f_frexp,        &f_modf,      &f_ulp,
        &f_isfinite.fn,  &f_isinf.fn,    &f_isnan.fn,    &f_atan2.fn,  &f_copysign.fn,  &f_fmod.fn,   &f_remainder.fn,
        &f_nextafter,    &f_pow,         &f_ldexp,       &f_isclose,   &f_hypot,        &f_dist,      &f_fsum,
    };
    for (size_t i = 0; i < sizeof funcs / sizeof funcs[0]; i++)
        if (py2c_module_add(m, funcs[i]->name, py2c_obj_value(&funcs[i]->ob)) < 0) goto fail;
    if (py2c__math_add_int_functions(m) < 0) goto fail;
    return m;
fail:
    py2c_decref(m);
    return PY2C_NULL;
}
