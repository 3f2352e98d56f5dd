/* Numbers: declarations shared by the runtime's int, long, float, number and
 * numhash files, and the hashing entry points other areas need (tuple and
 * set hashing). Private to the runtime. */
#ifndef PY2C_NUMBER_INTERNAL_H
#define PY2C_NUMBER_INTERNAL_H

#include "internal.h"

/* ---- hashing (CPython's numeric hash: modulus 2**61 - 1) ---------------- */
#define PY2C__HASH_BITS 61
#define PY2C__HASH_MODULUS (((uint64_t)1 << PY2C__HASH_BITS) - 1)
#define PY2C__HASH_INF 314159
/* hash(x) for a double: equal to the hash of an equal int; NaN hashes 0
 * (CPython 3.11 uses the object's identity, which immediates do not have). */
Py2cHash py2c__hash_double(double x);
/* hash(v) for an int or bool value (small or big). */
Py2cHash py2c__hash_int(Py2cValue v);

/* ---- big ints ---------------------------------------------------------- */
typedef uint32_t Py2cDigit;
#define PY2C__DIGIT_BITS 32

/* A heap int: magnitude in base 2**32, least significant digit first, top
 * digit non-zero; size is the digit count, negated for negative values.
 * Only values outside the small range are ever heap ints. */
typedef struct Py2cLong {
    Py2cObject ob;
    int64_t size;
    Py2cDigit d[];
} Py2cLong;

/* A heap int with room for n digits, count 1, size 0 (NULL with MemoryError),
 * and its release: blocks of up to four digits are kept per thread for reuse
 * (long.c); py2c__long_cache_release frees them when a thread ends. */
Py2cLong *py2c__long_alloc(size_t n);
void py2c__long_free(Py2cLong *l);
void py2c__long_cache_release(void);
static inline Py2cLong *py2c__as_long(Py2cValue v) { return (Py2cLong *)py2c_obj_ptr(v); }

/* Int arithmetic on int/bool operands (small or big), canonical results.
 * op is a Py2cBinaryOp (not MATMUL); DIVMOD returns a tuple. */
Py2cValue py2c__long_binary(Py2cBinaryOp op, Py2cValue a, Py2cValue b);
Py2cValue py2c__long_neg(Py2cValue a);
Py2cValue py2c__long_abs(Py2cValue a);
Py2cValue py2c__long_invert(Py2cValue a);
Py2cValue py2c__long_pow3(Py2cValue a, Py2cValue b, Py2cValue m);
/* Floor quotient and remainder (both may be NULL pointers if not wanted). */
int py2c__long_divmod(Py2cValue a, Py2cValue b, Py2cValue *q, Py2cValue *r);
/* -1, 0, 1. */
int py2c__long_compare(Py2cValue a, Py2cValue b);
/* Exact comparison of an int with a finite or infinite (not NaN) double. */
int py2c__long_compare_double(Py2cValue a, double d);
/* a / b correctly rounded ("integer division result too large for a float"). */
Py2cValue py2c__long_truediv(Py2cValue a, Py2cValue b);
/* Number of bits of |a| (bit_length). */
uint64_t py2c__long_bit_length(Py2cValue a);
/* Text of a in base 2, 8, 10 or 16 (lower case) into a malloc'ed buffer
 * (NUL-terminated, sign included, no prefix); NULL with an exception set
 * (the 4300-digit limit for base 10, MemoryError). */
char *py2c__long_to_text(Py2cValue a, int base, size_t *len);
/* int(str) digits already validated: ASCII digits of base (underscores
 * allowed and skipped), no sign. */
Py2cValue py2c__long_from_digits(const char *s, size_t n, int base, int neg);
/* The exact value m * 2**e of a finite double as an int (truncated when
 * e < 0 leaves a fraction). */
Py2cValue py2c__long_from_double_trunc(double d);
/* Exact (mantissa, exponent) decomposition of a finite double:
 * d == m * 2**e, m odd or zero. */
void py2c__double_split(double d, int64_t *m, int *e);
/* int -> str limit of CPython 3.11 (sys.set_int_max_str_digits). */
#define PY2C__INT_MAX_STR_DIGITS 4300

/* ---- conversions used across files ------------------------------------- */
/* v as a double if it is a number (float, int, bool): 1 with *out set, 0 if
 * not a number, -1 with OverflowError for a too large int. */
int py2c__num_as_double(Py2cValue v, double *out);
/* The numeric richcompare shared by int, bool and float. */
Py2cValue py2c__num_richcompare(Py2cValue a, Py2cValue b, Py2cCompareOp op);
/* The float binary operators on doubles (op: ADD..POW and DIVMOD). */
Py2cValue py2c__float_binary_op(Py2cBinaryOp op, double x, double y);
/* repr of a float into buf (>= 32 bytes). */
int py2c__float_repr(double x, char *buf);
/* Dunder methods shared by int, bool and float (method tables). */
Py2cValue py2c__number_round_method(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames);
Py2cValue py2c__number_trunc(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames);
Py2cValue py2c__number_floor(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames);
Py2cValue py2c__number_ceil(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames);
Py2cValue py2c__number_int(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames);
Py2cValue py2c__number_float(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames);
Py2cValue py2c__number_index(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames);
/* The format slots of int/bool and float (number_format.c). */
Py2cValue py2c__int_format_slot(Py2cValue self, Py2cValue spec);
Py2cValue py2c__float_format_slot(Py2cValue self, Py2cValue spec);
/* Decimal text of a small int into buf (>= 24 bytes). */
int py2c__int_format(int64_t v, char *buf);

/* Strips str.strip() whitespace from both ends of UTF-8 text. */
void py2c__num_strip(const char **s, size_t *n);
/* The bytes of a str or bytes value (borrowed), NULL for other values. */
const char *py2c__num_str_data(Py2cValue s, size_t *len);
/* Unicode digits and spaces of str text as ASCII (CPython's
 * _PyUnicode_TransformDecimalAndSpaceToASCII): 0 when text is ASCII, 1 with a
 * malloc'ed *out, -1 with MemoryError set (long_str.c). */
int py2c__num_to_ascii(const char *text, size_t len, char **out, size_t *outlen);
/* int(text, base) / float(text) where text is the content of orig (a str or
 * bytes, whose repr goes into the ValueError; PY2C_NULL: text itself). */
Py2cValue py2c__int_from_text_obj(const char *text, size_t len, int base, Py2cValue orig);
Py2cValue py2c__float_from_text_obj(const char *text, size_t len, Py2cValue orig);
/* repr(v) as a malloc'ed C string truncated to max code points (max < 0:
 * whole); NULL with an exception set. */
char *py2c__num_str_repr(Py2cValue s, int64_t max);

#endif
