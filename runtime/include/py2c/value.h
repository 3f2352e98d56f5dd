/* The value word: one 64-bit NaN-boxed word for every Python value.
 *
 *   bits (high 16)      meaning
 *   < 0xFFF9            a double, stored as itself (NaNs are canonical:
 *                       0x7FF8000000000000 or 0xFFF8000000000000)
 *   0xFFF9              pointer to a heap object (low 48 bits)
 *   0xFFFA              small int: 48-bit two's complement in the low 48 bits
 *   0xFFFB              bool (low bit)
 *   0xFFFC              None
 *   0xFFFD, 0xFFFE      reserved
 *   0xFFFF              PY2C_NULL: "no value", the error sentinel
 *
 * The layout is part of the runtime ABI (PY2C_ABI_VERSION): generated code
 * inlines these helpers. */
#ifndef PY2C_VALUE_H
#define PY2C_VALUE_H

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

/* Bumped whenever a change here or in another public header would make old
 * generated code wrong; generated files static-assert it. */
#define PY2C_ABI_VERSION 6

#if defined(__GNUC__) || defined(__clang__)
#define PY2C_WARN_UNUSED __attribute__((warn_unused_result))
#define PY2C_NORETURN __attribute__((noreturn))
#define PY2C_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define PY2C_WARN_UNUSED
#define PY2C_NORETURN
#define PY2C_PRINTF(f, a)
#endif

typedef struct Py2cValue {
    uint64_t bits;
} Py2cValue;

#define PY2C__TAG_OBJ 0xFFF9u
#define PY2C__TAG_INT 0xFFFAu
#define PY2C__TAG_BOOL 0xFFFBu
#define PY2C__TAG_NONE 0xFFFCu
#define PY2C__TAG_NULL 0xFFFFu
#define PY2C__BOXED_MIN ((uint64_t)PY2C__TAG_OBJ << 48)
#define PY2C__PAYLOAD_MASK (((uint64_t)1 << 48) - 1)
#define PY2C__MAKE(tag, payload) ((Py2cValue){((uint64_t)(tag) << 48) | ((uint64_t)(payload) & PY2C__PAYLOAD_MASK)})

/* Small ints: the range an int has without allocating. Ints outside it are
 * heap objects of the same Python type (py2c/int.h). */
#define PY2C_SMALL_INT_MIN (-((int64_t)1 << 47))
#define PY2C_SMALL_INT_MAX (((int64_t)1 << 47) - 1)

#define PY2C_NULL PY2C__MAKE(PY2C__TAG_NULL, 0)
#define PY2C_NONE PY2C__MAKE(PY2C__TAG_NONE, 0)
#define PY2C_TRUE PY2C__MAKE(PY2C__TAG_BOOL, 1)
#define PY2C_FALSE PY2C__MAKE(PY2C__TAG_BOOL, 0)
#define PY2C_IS_NULL(v) ((v).bits == PY2C_NULL.bits)

static inline unsigned py2c__tag(Py2cValue v) { return (unsigned)(v.bits >> 48); }

static inline bool py2c_is_float(Py2cValue v) { return v.bits < PY2C__BOXED_MIN; }
static inline bool py2c_is_obj(Py2cValue v) { return py2c__tag(v) == PY2C__TAG_OBJ; }
static inline bool py2c_is_small_int(Py2cValue v) { return py2c__tag(v) == PY2C__TAG_INT; }
static inline bool py2c_is_bool(Py2cValue v) { return py2c__tag(v) == PY2C__TAG_BOOL; }
static inline bool py2c_is_none(Py2cValue v) { return py2c__tag(v) == PY2C__TAG_NONE; }

static inline double py2c_float_value(Py2cValue v) {
    double d;
    memcpy(&d, &v.bits, sizeof d);
    return d;
}

/* Any double; NaNs are canonicalised (keeping the sign) so that no double
 * can look like a boxed value. */
static inline Py2cValue py2c_float(double d) {
    Py2cValue v;
    if (d != d) {
        v.bits = signbit(d) ? 0xFFF8000000000000u : 0x7FF8000000000000u;
        return v;
    }
    memcpy(&v.bits, &d, sizeof d);
    return v;
}

/* i must lie in [PY2C_SMALL_INT_MIN, PY2C_SMALL_INT_MAX] (the compiler checks
 * literals; the runtime checks results). */
static inline Py2cValue py2c_int(int64_t i) { return PY2C__MAKE(PY2C__TAG_INT, (uint64_t)i); }

/* Sign-extends the 48-bit payload (relies on arithmetic right shift, as every
 * supported compiler does). */
static inline int64_t py2c_small_int_value(Py2cValue v) { return (int64_t)(v.bits << 16) >> 16; }

static inline Py2cValue py2c_bool(bool b) { return b ? PY2C_TRUE : PY2C_FALSE; }
static inline bool py2c_bool_value(Py2cValue v) { return (v.bits & 1) != 0; }

#endif
