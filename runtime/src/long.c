/* Arbitrary-precision ints: magnitude arithmetic on base-2**32 digit arrays
 * and the signed operations on int values built from it.
 *
 * Every operand is first seen through a LongView (small ints and bools are
 * spread into a two-digit buffer), every result is built in a fresh Py2cLong
 * and handed to long_finish, which strips leading zeros and turns values
 * that fit the small range back into immediates: one canonical form. */
#include <float.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "number_internal.h"

/* ---- views and results ----------------------------------------------------- */

typedef struct LongView {
    const Py2cDigit *d;
    size_t n; /* digits, top one non-zero (n == 0 for zero) */
    int neg;
    Py2cDigit buf[2];
} LongView;

static void view_init(LongView *v, Py2cValue x) {
    if (py2c_is_obj(x)) {
        Py2cLong *l = py2c__as_long(x);
        v->neg = l->size < 0;
        v->n = (size_t)(l->size < 0 ? -l->size : l->size);
        v->d = l->d;
        return;
    }
    int64_t i = py2c_is_bool(x) ? (int64_t)py2c_bool_value(x) : py2c_small_int_value(x);
    uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    v->neg = i < 0;
    v->buf[0] = (Py2cDigit)m;
    v->buf[1] = (Py2cDigit)(m >> 32);
    v->n = m == 0 ? 0 : v->buf[1] ? 2 : 1;
    v->d = v->buf;
}

/* Every heap int has room for at least CACHED_DIGITS digits (all values below
 * 2**128, which covers the overflow of 64-bit arithmetic), and each thread
 * keeps up to LONG_CACHE_MAX freed blocks of that size for reuse: a loop whose
 * intermediate results leave the small range allocates one per operation, and
 * malloc/free was most of its time, more so with several threads at once.
 * A _Thread_local is shared by all fibers on WASI; nothing here can switch.
 *
 * Larger blocks get a capacity rounded up to BIG_GRAIN digits, so at release
 * the rounded-up digit count is a capacity the block surely has (a value
 * never holds more digits than its block was allocated for), and each
 * thread keeps the last BIG_SLOTS of them (up to BIG_MAX_DIGITS digits
 * each): arithmetic on ints of thousands of digits (pidigits) frees one
 * block per operation and asks for one of about the same size next. */
#define CACHED_DIGITS 4
#define LONG_CACHE_MAX 64
#define BIG_GRAIN 16
#define BIG_SLOTS 8
#define BIG_MAX_DIGITS 16384

static _Thread_local struct {
    Py2cLong *head; /* the next block is kept in the object's type field */
    int count;
    int nbig, next_evict;
    Py2cLong *big[BIG_SLOTS]; /* a cached block's capacity is kept in its size field */
} long_cache;

static size_t big_capacity(size_t n) { return (n + BIG_GRAIN - 1) / BIG_GRAIN * BIG_GRAIN; }

static Py2cLong *long_init(Py2cLong *l) {
    l->ob.type = &py2c_int_type;
    /* not yet visible to another thread: a plain store, not xchg's fence */
    atomic_store_explicit(&l->ob.refcount, 1, memory_order_relaxed);
    l->size = 0;
    return l;
}

Py2cLong *py2c__long_alloc(size_t n) {
    if (n <= CACHED_DIGITS && long_cache.head) {
        Py2cLong *l = long_cache.head;
        long_cache.head = (Py2cLong *)(uintptr_t)l->ob.type;
        long_cache.count--;
        return long_init(l);
    }
    if (n > (SIZE_MAX - sizeof(Py2cLong)) / sizeof(Py2cDigit) / 2) { /* refuse before the size overflows */
        (void)py2c_error_nomemory();
        return NULL;
    }
    size_t cap = n <= CACHED_DIGITS ? CACHED_DIGITS : big_capacity(n);
    if (n > CACHED_DIGITS)
        for (int i = 0; i < long_cache.nbig; i++) {
            Py2cLong *l = long_cache.big[i];
            if ((size_t)l->size >= cap && (size_t)l->size <= 2 * cap) { /* no big block for a small need */
                long_cache.big[i] = long_cache.big[--long_cache.nbig];
                return long_init(l);
            }
        }
    /* freed by py2c__long_free only: no other allocator involved */
    Py2cLong *l = malloc(sizeof(Py2cLong) + cap * sizeof(Py2cDigit));
    if (!l) {
        (void)py2c_error_nomemory();
        return NULL;
    }
    return long_init(l);
}

void py2c__long_free(Py2cLong *l) {
    /* a block holding at most CACHED_DIGITS digits may have been allocated
     * larger, never smaller, so it can serve any cached request */
    size_t n = (size_t)(l->size < 0 ? -l->size : l->size);
    if (n <= CACHED_DIGITS) {
        if (long_cache.count < LONG_CACHE_MAX) {
            l->ob.type = (const Py2cType *)(uintptr_t)long_cache.head;
            long_cache.head = l;
            long_cache.count++;
            return;
        }
    } else if (n <= BIG_MAX_DIGITS) {
        l->size = (int64_t)big_capacity(n);
        if (long_cache.nbig < BIG_SLOTS) {
            long_cache.big[long_cache.nbig++] = l;
            return;
        }
        int i = long_cache.next_evict;
        long_cache.next_evict = (i + 1) % BIG_SLOTS;
        Py2cLong *old = long_cache.big[i];
        long_cache.big[i] = l;
        l = old;
    }
    free(l);
}

void py2c__long_cache_release(void) {
    while (long_cache.head) {
        Py2cLong *l = long_cache.head;
        long_cache.head = (Py2cLong *)(uintptr_t)l->ob.type;
        free(l);
    }
    long_cache.count = 0;
    while (long_cache.nbig > 0) free(long_cache.big[--long_cache.nbig]);
}

static size_t mag_norm(const Py2cDigit *d, size_t n) {
    while (n > 0 && d[n - 1] == 0) n--;
    return n;
}

/* The canonical value of the n digits in l with sign neg; consumes l. */
static Py2cValue long_finish(Py2cLong *l, size_t n, int neg) {
    n = mag_norm(l->d, n);
    if (n <= 2) {
        uint64_t m = n == 0 ? 0 : n == 1 ? l->d[0] : ((uint64_t)l->d[1] << 32 | l->d[0]);
        if (m <= (uint64_t)PY2C_SMALL_INT_MAX || (neg && m == (uint64_t)PY2C_SMALL_INT_MAX + 1)) {
            py2c__long_free(l); /* never published: its count is still 1 */
            return py2c_int(neg ? -(int64_t)m : (int64_t)m);
        }
    }
    l->size = neg ? -(int64_t)n : (int64_t)n;
    return py2c_obj_value(&l->ob);
}

static Py2cValue long_from_mag(const Py2cDigit *d, size_t n, int neg) {
    n = mag_norm(d, n);
    Py2cLong *l = py2c__long_alloc(n);
    if (!l) return PY2C_NULL;
    if (n) memcpy(l->d, d, n * sizeof *d);
    return long_finish(l, n, neg);
}

#if defined(__SIZEOF_INT128__)
/* Operands below 2**128 (four digits at most) and results that stay there:
 * +, -, *, //, %, << and >> on one unsigned __int128 magnitude and a sign,
 * straight from the values (no LongView) and into the result's digits (no
 * long_finish): 64-bit LCGs and hashes (bench/chaos.py) make one such
 * operation per step. */
typedef unsigned __int128 Mag128;

/* |v| and its sign when |v| < 2**128 (1), else 0. */
static inline int load_mag128(Py2cValue v, Mag128 *m, int *neg) {
    if (!py2c_is_obj(v)) {
        int64_t i = py2c_is_bool(v) ? (int64_t)py2c_bool_value(v) : py2c_small_int_value(v);
        *neg = i < 0;
        *m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        return 1;
    }
    const Py2cLong *l = py2c__as_long(v);
    int64_t n = l->size < 0 ? -l->size : l->size;
    const Py2cDigit *d = l->d;
    *neg = l->size < 0;
    switch (n) {
    case 0: *m = 0; return 1;
    case 1: *m = d[0]; return 1;
    case 2: *m = (uint64_t)d[1] << 32 | d[0]; return 1;
    case 3: *m = (Mag128)d[2] << 64 | ((uint64_t)d[1] << 32 | d[0]); return 1;
    case 4: *m = (Mag128)((uint64_t)d[3] << 32 | d[2]) << 64 | ((uint64_t)d[1] << 32 | d[0]); return 1;
    default: return 0;
    }
}

static Py2cValue from_mag128(Mag128 m, int neg) {
    if (m <= (Mag128)PY2C_SMALL_INT_MAX) return py2c_int(neg ? -(int64_t)m : (int64_t)m);
    if (neg && m == (Mag128)PY2C_SMALL_INT_MAX + 1) return py2c_int(PY2C_SMALL_INT_MIN);
    Py2cLong *l = long_cache.head; /* py2c__long_alloc(4), its common case inline */
    if (l) {
        long_cache.head = (Py2cLong *)(uintptr_t)l->ob.type;
        long_cache.count--;
        long_init(l);
    } else if (!(l = py2c__long_alloc(4))) {
        return PY2C_NULL;
    }
    uint64_t lo = (uint64_t)m, hi = (uint64_t)(m >> 64);
    l->d[0] = (Py2cDigit)lo, l->d[1] = (Py2cDigit)(lo >> 32);
    l->d[2] = (Py2cDigit)hi, l->d[3] = (Py2cDigit)(hi >> 32);
    int64_t n = hi >> 32 ? 4 : hi ? 3 : 2; /* m > PY2C_SMALL_INT_MAX >= 2**32 */
    l->size = neg ? -n : n;
    return py2c_obj_value(&l->ob);
}

static inline int bits128(Mag128 m) {
    uint64_t hi = (uint64_t)(m >> 64), lo = (uint64_t)m;
    return hi ? 128 - __builtin_clzll(hi) : lo ? 64 - __builtin_clzll(lo) : 0;
}

/* a op b into *out when both are below 2**128 and this can do it (1), else
 * 0: the general path (which also raises every error). */
static int binary128(Py2cBinaryOp op, Py2cValue av, Py2cValue bv, Py2cValue *out) {
    Mag128 a, b, r;
    int an, bn;
    if (!load_mag128(av, &a, &an) || !load_mag128(bv, &b, &bn)) return 0;
    int narrow = (uint64_t)(a >> 64) == 0 && (uint64_t)(b >> 64) == 0; /* both below 2**64 */
    switch (op) {
    case PY2C_OP_SUB:
    case PY2C_OP_ADD:
        if (op == PY2C_OP_SUB) bn = b != 0 && !bn;
        if (an == bn) {
            r = a + b;
            if (r < a) return 0; /* past 2**128 */
            *out = from_mag128(r, an);
        } else {
            *out = a >= b ? from_mag128(a - b, an) : from_mag128(b - a, bn);
        }
        return 1;
    case PY2C_OP_MUL:
        /* 64-bit where it is enough: wasm32 has no 128-bit multiply or divide
         * (compiler-rt calls), and neither does x86-64 for division. */
        if (narrow) {
            *out = from_mag128((Mag128)(uint64_t)a * (uint64_t)b, an != bn);
        } else {
            if (bits128(a) + bits128(b) > 128) return 0; /* the product could pass 2**128 */
            *out = from_mag128(a * b, an != bn);
        }
        return 1;
    case PY2C_OP_FLOORDIV:
    case PY2C_OP_MOD: {
        if (b == 0) return 0; /* ZeroDivisionError on the general path */
        Mag128 q, m;
        if (narrow) {
            q = (uint64_t)a / (uint64_t)b, m = (uint64_t)a % (uint64_t)b;
        } else if ((b & (b - 1)) == 0) { /* a power of two: % 2**64 of 64-bit LCGs */
            int k = (uint64_t)b ? __builtin_ctzll((uint64_t)b) : 64 + __builtin_ctzll((uint64_t)(b >> 64));
            q = a >> k, m = a & (b - 1);
        } else if (a < b) {
            q = 0, m = a;
        } else {
            q = a / b, m = a % b;
        }
        if (an != bn && m != 0) q += 1, m = b - m; /* Python rounds toward minus infinity */
        *out = op == PY2C_OP_FLOORDIV ? from_mag128(q, an != bn) : from_mag128(m, bn);
        return 1;
    }
    case PY2C_OP_LSHIFT:
        if (bn || b >= 128 || a == 0 || bits128(a) + (int)b > 128) return 0; /* errors, zero, longer results */
        *out = from_mag128(a << (int)b, an);
        return 1;
    case PY2C_OP_RSHIFT:
        if (bn) return 0; /* ValueError on the general path */
        if (b >= 128) {
            *out = py2c_int(an ? -1 : 0);
        } else { /* floor division by 2**b: -a >> k == -(((a - 1) >> k) + 1) */
            int k = (int)b;
            *out = an ? from_mag128(((a - 1) >> k) + 1, 1) : from_mag128(a >> k, 0);
        }
        return 1;
    default: return 0;
    }
}
#endif

Py2cValue py2c_int_from_uint64(uint64_t v) {
    if (v <= (uint64_t)PY2C_SMALL_INT_MAX) return py2c_int((int64_t)v);
    Py2cDigit d[2] = {(Py2cDigit)v, (Py2cDigit)(v >> 32)};
    return long_from_mag(d, 2, 0);
}

Py2cValue py2c_int_from_int64(int64_t v) {
    if (v >= PY2C_SMALL_INT_MIN && v <= PY2C_SMALL_INT_MAX) return py2c_int(v);
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    Py2cDigit d[2] = {(Py2cDigit)m, (Py2cDigit)(m >> 32)};
    return long_from_mag(d, 2, v < 0);
}

int py2c_int_sign(Py2cValue v) {
    if (py2c_is_obj(v)) return py2c__as_long(v)->size < 0 ? -1 : 1;
    int64_t i = py2c_is_bool(v) ? (int64_t)py2c_bool_value(v) : py2c_small_int_value(v);
    return (i > 0) - (i < 0);
}

int py2c_int_as_int64(Py2cValue v, int64_t *out) {
    if (!py2c_is_obj(v)) {
        *out = py2c_is_bool(v) ? (int64_t)py2c_bool_value(v) : py2c_small_int_value(v);
        return 0;
    }
    LongView a;
    view_init(&a, v);
    if (a.n <= 2) {
        uint64_t m = (uint64_t)a.d[0] | (a.n > 1 ? (uint64_t)a.d[1] << 32 : 0);
        if (!a.neg && m <= (uint64_t)INT64_MAX) return *out = (int64_t)m, 0;
        if (a.neg && m <= (uint64_t)INT64_MAX + 1) return *out = (int64_t)(0 - m), 0;
    }
    (void)py2c_error_format(&py2c_exc_OverflowError, "Python int too large to convert to C long");
    return -1;
}

int64_t py2c_int_as_int64_clamped(Py2cValue v) {
    int64_t r;
    if (!py2c_is_obj(v)) return py2c_is_bool(v) ? (int64_t)py2c_bool_value(v) : py2c_small_int_value(v);
    LongView a;
    view_init(&a, v);
    if (a.n <= 2) {
        uint64_t m = (uint64_t)a.d[0] | (a.n > 1 ? (uint64_t)a.d[1] << 32 : 0);
        if (!a.neg && m <= (uint64_t)INT64_MAX) return (int64_t)m;
        if (a.neg && m <= (uint64_t)INT64_MAX) return -(int64_t)m;
    }
    r = a.neg ? INT64_MIN : INT64_MAX;
    return r;
}

/* ---- magnitude arithmetic ---------------------------------------------------- */

static int mag_cmp(const Py2cDigit *a, size_t na, const Py2cDigit *b, size_t nb) {
    if (na != nb) return na < nb ? -1 : 1;
    for (size_t i = na; i-- > 0;)
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
}

/* Digits stay base 2**32 in memory (number_internal.h's layout, shared with
 * int.c, numhash.c and mod_random.c), but on little-endian hosts two
 * adjacent digits are one 64-bit limb: addition and subtraction run on limbs
 * (LONG_LIMB64), and where 64x64->128-bit products are native (64-bit
 * hosts: LONG_WIDE) so do the multiplications by a word and the schoolbook
 * rows: half the iterations. wasm32 has 64-bit adds but its 128-bit
 * multiply is a libcall, so it multiplies digit by digit. PY2C__LONG_NARROW
 * selects the digit loops everywhere, to test them natively. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && !defined(PY2C__LONG_NARROW)
#define LONG_LIMB64 1
static inline uint64_t ld2(const Py2cDigit *p) {
    uint64_t w;
    memcpy(&w, p, sizeof w);
    return w;
}
static inline void st2(Py2cDigit *p, uint64_t w) { memcpy(p, &w, sizeof w); }
#else
#define LONG_LIMB64 0
#endif
#if LONG_LIMB64 && defined(__SIZEOF_INT128__) && UINTPTR_MAX > 0xFFFFFFFFu
#define LONG_WIDE 1
typedef unsigned __int128 Wide;
#else
#define LONG_WIDE 0
#endif

/* x86-64 (GCC or clang): the add, subtract and multiply-by-a-word loops on
 * 64-bit limbs in inline assembly, where the carry stays in the carry flag
 * from limb to limb (adc/sbb; lea, inc, dec and mov leave it alone): C can
 * only rebuild it with setb/or per limb, twice the instructions, and these
 * three loops are 90% of bench/pidigits.py. Each takes n >= 1 limbs (2n
 * digits) and pointers past their ends, indexed from -n up to 0: rounds of
 * four limbs, then the n % 4 left one at a time (the carry flag is saved
 * across the test between them with sbb and restored with neg). out may
 * alias a or b (each limb is read before it is written). */
#if LONG_LIMB64 && LONG_WIDE && defined(__x86_64__) && defined(__GNUC__) && !defined(PY2C__LONG_NO_ASM)
#define LONG_ASM 1
/* One limb of an add or subtract (OP adcq or sbbq) at byte offset OFF. */
#define LIMB_ADDSUB(OP, OFF)                      \
    "movq " OFF "(%[a],%[i],8), %[t]\n\t"         \
    OP " " OFF "(%[b],%[i],8), %[t]\n\t"          \
    "movq %[t], " OFF "(%[o],%[i],8)\n\t"

/* out = a + b (OP adcq) or a - b (OP sbbq) over n limbs: the body of
 * limbs_add and limbs_sub; T ends as minus the carry (borrow) out. */
#define LIMBS_ADDSUB_ASM(OP)                                                        \
    "xorl %k[t], %k[t]\n\t" /* clears the carry flag */                             \
    "testq %[q], %[q]\n\t"                                                          \
    "jz 4f\n"                                                                       \
    "1:\n\t" LIMB_ADDSUB(OP, "") LIMB_ADDSUB(OP, "8") LIMB_ADDSUB(OP, "16")         \
    LIMB_ADDSUB(OP, "24")                                                           \
    "leaq 4(%[i]), %[i]\n\t"                                                        \
    "decq %[q]\n\t"                                                                 \
    "jnz 1b\n"                                                                      \
    "4:\n\t"                                                                        \
    "sbbq %[t], %[t]\n\t"                                                           \
    "testq %[r], %[r]\n\t"                                                          \
    "jz 7f\n\t"                                                                     \
    "negq %[t]\n"                                                                   \
    "5:\n\t" LIMB_ADDSUB(OP, "")                                                    \
    "incq %[i]\n\t"                                                                 \
    "decq %[r]\n\t"                                                                 \
    "jnz 5b\n\t"                                                                    \
    "sbbq %[t], %[t]\n"                                                             \
    "7:"

/* out = a + b over n limbs; returns the carry out (0 or 1). */
static inline uint64_t limbs_add(Py2cDigit *out, const Py2cDigit *a, const Py2cDigit *b, size_t n) {
    int64_t i = -(int64_t)n;
    uint64_t t, q = n / 4, r = n % 4;
    __asm__ volatile(LIMBS_ADDSUB_ASM("adcq")
                     : [t] "=&r"(t), [i] "+r"(i), [q] "+r"(q), [r] "+r"(r)
                     : [a] "r"(a + 2 * n), [b] "r"(b + 2 * n), [o] "r"(out + 2 * n)
                     : "cc", "memory");
    return t & 1;
}

/* out = a - b over n limbs; returns the borrow out (0 or 1). */
static inline uint64_t limbs_sub(Py2cDigit *out, const Py2cDigit *a, const Py2cDigit *b, size_t n) {
    int64_t i = -(int64_t)n;
    uint64_t t, q = n / 4, r = n % 4;
    __asm__ volatile(LIMBS_ADDSUB_ASM("sbbq")
                     : [t] "=&r"(t), [i] "+r"(i), [q] "+r"(q), [r] "+r"(r)
                     : [a] "r"(a + 2 * n), [b] "r"(b + 2 * n), [o] "r"(out + 2 * n)
                     : "cc", "memory");
    return t & 1;
}

/* limbs_mul1 with BMI2's mulx, which leaves the flags alone: one carry
 * chain adds each product's high half into the next one's low half across
 * the whole loop (under 4 instructions per limb instead of 7). HI and C
 * take turns holding the previous high half. */
#define LIMB_MULX(OFF, CIN, HOUT)                         \
    "mulxq " OFF "(%[a],%[i],8), %[lo], " HOUT "\n\t"     \
    "adcq " CIN ", %[lo]\n\t"                             \
    "movq %[lo], " OFF "(%[o],%[i],8)\n\t"

static uint64_t limbs_mul1_bmi2(Py2cDigit *out, const Py2cDigit *a, size_t n, uint64_t m) {
    int64_t i = -(int64_t)n;
    uint64_t c, lo, hi, q = n / 4, r = n % 4;
    __asm__ volatile("xorl %k[c], %k[c]\n\t" /* clears the carry flag */
                     "testq %[q], %[q]\n\t"
                     "jz 4f\n"
                     "1:\n\t" LIMB_MULX("", "%[c]", "%[hi]") LIMB_MULX("8", "%[hi]", "%[c]")
                     LIMB_MULX("16", "%[c]", "%[hi]") LIMB_MULX("24", "%[hi]", "%[c]")
                     "leaq 4(%[i]), %[i]\n\t"
                     "decq %[q]\n\t"
                     "jnz 1b\n"
                     "4:\n\t"
                     "sbbq %[hi], %[hi]\n\t"
                     "testq %[r], %[r]\n\t"
                     "jz 6f\n\t"
                     "negq %[hi]\n"
                     "5:\n\t" LIMB_MULX("", "%[c]", "%[hi]")
                     "movq %[hi], %[c]\n\t"
                     "incq %[i]\n\t"
                     "decq %[r]\n\t"
                     "jnz 5b\n\t"
                     "jmp 7f\n"
                     "6:\n\t"
                     "negq %[hi]\n"
                     "7:\n\t"
                     "adcq $0, %[c]"
                     : [c] "=&r"(c), [i] "+r"(i), [lo] "=&r"(lo), [hi] "=&r"(hi), [q] "+r"(q), [r] "+r"(r)
                     : [a] "r"(a + 2 * n), [o] "r"(out + 2 * n), "d"(m)
                     : "cc", "memory");
    return c;
}

/* out = a * m over n limbs; returns the high limb (out must not alias a
 * ahead of itself: out == a is fine). Without mulx (whose result would
 * land in rdx, where m must stay), two limbs per round: the pair's low
 * halves and the carry in are summed on one carry chain. */
static inline uint64_t limbs_mul1(Py2cDigit *out, const Py2cDigit *a, size_t n, uint64_t m) {
    if (__builtin_cpu_supports("bmi2")) return limbs_mul1_bmi2(out, a, n, m);
    int64_t i = -(int64_t)n;
    uint64_t c = 0, lo, hi;
    __asm__ volatile("testb $1, %b[i]\n\t"
                     "jz 2f\n\t"
                     "movq (%[a],%[i],8), %%rax\n\t"
                     "mulq %[m]\n\t"
                     "movq %%rax, (%[o],%[i],8)\n\t"
                     "movq %%rdx, %[c]\n\t"
                     "incq %[i]\n\t"
                     "jz 3f\n"
                     "2:\n\t"
                     "movq (%[a],%[i],8), %%rax\n\t"
                     "mulq %[m]\n\t"
                     "movq %%rax, %[lo]\n\t"
                     "movq %%rdx, %[hi]\n\t"
                     "movq 8(%[a],%[i],8), %%rax\n\t"
                     "mulq %[m]\n\t"
                     "addq %[c], %[lo]\n\t"
                     "adcq %[hi], %%rax\n\t"
                     "adcq $0, %%rdx\n\t"
                     "movq %[lo], (%[o],%[i],8)\n\t"
                     "movq %%rax, 8(%[o],%[i],8)\n\t"
                     "movq %%rdx, %[c]\n\t"
                     "addq $2, %[i]\n\t"
                     "jnz 2b\n"
                     "3:"
                     : [c] "+&r"(c), [i] "+r"(i), [lo] "=&r"(lo), [hi] "=&r"(hi)
                     : [a] "r"(a + 2 * n), [o] "r"(out + 2 * n), [m] "r"(m)
                     : "rax", "rdx", "cc", "memory");
    return c;
}
#else
#define LONG_ASM 0
#endif

/* out[0 .. max(na,nb)] = a + b; returns the digit count. out may alias a or b
 * (every position is read before it is written). */
static size_t mag_add(const Py2cDigit *a, size_t na, const Py2cDigit *b, size_t nb, Py2cDigit *out) {
    if (na < nb) {
        const Py2cDigit *t = a;
        a = b, b = t;
        size_t tn = na;
        na = nb, nb = tn;
    }
    uint64_t carry = 0;
    size_t i = 0;
#if LONG_ASM
    if (nb >= 2) carry = limbs_add(out, a, b, nb / 2), i = nb & ~(size_t)1;
#elif LONG_LIMB64
    for (; i + 4 <= nb; i += 4) { /* two limbs per round: half the loop overhead */
        uint64_t s0, s1;
        uint64_t c1 = __builtin_add_overflow(ld2(a + i), ld2(b + i), &s0);
        uint64_t c2 = __builtin_add_overflow(s0, carry, &s0);
        uint64_t c3 = __builtin_add_overflow(ld2(a + i + 2), ld2(b + i + 2), &s1);
        uint64_t c4 = __builtin_add_overflow(s1, c1 | c2, &s1);
        st2(out + i, s0);
        st2(out + i + 2, s1);
        carry = c3 | c4;
    }
    for (; i + 2 <= nb; i += 2) {
        uint64_t s;
        uint64_t c1 = __builtin_add_overflow(ld2(a + i), ld2(b + i), &s);
        uint64_t c2 = __builtin_add_overflow(s, carry, &s);
        st2(out + i, s);
        carry = c1 | c2;
    }
#endif
    for (; i < nb; i++) {
        carry += (uint64_t)a[i] + b[i];
        out[i] = (Py2cDigit)carry;
        carry >>= 32;
    }
    for (; carry && i < na; i++) {
        carry += a[i];
        out[i] = (Py2cDigit)carry;
        carry >>= 32;
    }
    if (i < na && out != a) memcpy(out + i, a + i, (na - i) * sizeof *out);
    out[na] = (Py2cDigit)carry;
    return na + 1;
}

/* out = a - b for a >= b; out may alias a or b. */
static size_t mag_sub(const Py2cDigit *a, size_t na, const Py2cDigit *b, size_t nb, Py2cDigit *out) {
    uint64_t borrow = 0;
    size_t i = 0;
#if LONG_ASM
    if (nb >= 2) borrow = limbs_sub(out, a, b, nb / 2), i = nb & ~(size_t)1;
#elif LONG_LIMB64
    for (; i + 4 <= nb; i += 4) {
        uint64_t t0, t1;
        uint64_t b1 = __builtin_sub_overflow(ld2(a + i), ld2(b + i), &t0);
        uint64_t b2 = __builtin_sub_overflow(t0, borrow, &t0);
        uint64_t b3 = __builtin_sub_overflow(ld2(a + i + 2), ld2(b + i + 2), &t1);
        uint64_t b4 = __builtin_sub_overflow(t1, b1 | b2, &t1);
        st2(out + i, t0);
        st2(out + i + 2, t1);
        borrow = b3 | b4;
    }
    for (; i + 2 <= nb; i += 2) {
        uint64_t t;
        uint64_t b1 = __builtin_sub_overflow(ld2(a + i), ld2(b + i), &t);
        uint64_t b2 = __builtin_sub_overflow(t, borrow, &t);
        st2(out + i, t);
        borrow = b1 | b2;
    }
#endif
    for (; i < nb; i++) {
        uint64_t t = (uint64_t)a[i] - b[i] - borrow;
        borrow = t >> 63;
        out[i] = (Py2cDigit)t;
    }
    for (; borrow && i < na; i++) {
        uint64_t t = (uint64_t)a[i] - borrow;
        borrow = t >> 63;
        out[i] = (Py2cDigit)t;
    }
    if (i < na && out != a) memcpy(out + i, a + i, (na - i) * sizeof *out);
    return na;
}

/* out[0 .. k) = a * m for a one-word m (below 2**64; below 2**32 without
 * LONG_WIDE) in one pass, no zeroing, no temporary; returns the digit count
 * k written: na + 1 when m < 2**32 (the top digit then holds the whole
 * carry), else na + 2. out must not alias a. */
static size_t mag_mul1(const Py2cDigit *a, size_t na, uint64_t m, Py2cDigit *out) {
    size_t i = 0;
#if LONG_WIDE
    uint64_t carry = 0;
#if LONG_ASM
    if (na >= 2) carry = limbs_mul1(out, a, na / 2, m), i = na & ~(size_t)1;
#endif
    for (; i + 4 <= na; i += 4) {
        Wide p0 = (Wide)ld2(a + i) * m + carry;
        Wide p1 = (Wide)ld2(a + i + 2) * m + (uint64_t)(p0 >> 64);
        st2(out + i, (uint64_t)p0);
        st2(out + i + 2, (uint64_t)p1);
        carry = (uint64_t)(p1 >> 64);
    }
    for (; i + 2 <= na; i += 2) {
        Wide p = (Wide)ld2(a + i) * m + carry;
        st2(out + i, (uint64_t)p);
        carry = (uint64_t)(p >> 64);
    }
    if (i < na) { /* a[i] * m + carry < 2**96 */
        Wide p = (Wide)a[i] * m + carry;
        out[i++] = (Py2cDigit)p;
        carry = (uint64_t)(p >> 32);
    }
    out[i] = (Py2cDigit)carry;
    if (m >> 32 == 0) return na + 1; /* carry < 2**32 */
    out[i + 1] = (Py2cDigit)(carry >> 32);
    return na + 2;
#else
    uint64_t carry = 0;
    for (; i < na; i++) {
        carry += (uint64_t)a[i] * (Py2cDigit)m;
        out[i] = (Py2cDigit)carry;
        carry >>= 32;
    }
    out[na] = (Py2cDigit)carry;
    return na + 1;
#endif
}

#if LONG_WIDE
/* out[0 .. na) += a * m; returns the carry out (a 64-bit word). */
static uint64_t mag_addmul1(const Py2cDigit *a, size_t na, uint64_t m, Py2cDigit *out) {
    uint64_t carry = 0;
    size_t i = 0;
    for (; i + 2 <= na; i += 2) { /* (2**64-1)**2 + 2*(2**64-1) == 2**128-1: no overflow */
        Wide p = (Wide)ld2(a + i) * m + ld2(out + i) + carry;
        st2(out + i, (uint64_t)p);
        carry = (uint64_t)(p >> 64);
    }
    if (i < na) {
        Wide p = (Wide)a[i] * m + out[i] + carry;
        out[i] = (Py2cDigit)p;
        carry = (uint64_t)(p >> 32);
    }
    return carry;
}

/* out[0 .. na+nb) = a * b (schoolbook, one row per 64-bit limb of b); out
 * must not alias. Row j covers out[j .. j+na+2), and its carry lands on
 * digits no earlier row has written. */
static void mag_mul_school(const Py2cDigit *a, size_t na, const Py2cDigit *b, size_t nb, Py2cDigit *out) {
    if (na < nb) {
        const Py2cDigit *t = a;
        a = b, b = t;
        size_t tn = na;
        na = nb, nb = tn;
    }
    size_t j = nb >= 2 ? 2 : 1;
    size_t w = mag_mul1(a, na, nb >= 2 ? ld2(b) : b[0], out);
    for (size_t k = w; k < na + nb; k++) out[k] = 0; /* the digit past a one-digit row's carry */
    for (; j + 2 <= nb; j += 2) {
        uint64_t c = mag_addmul1(a, na, ld2(b + j), out + j);
        st2(out + j + na, c);
    }
    if (j < nb) out[j + na] = (Py2cDigit)mag_addmul1(a, na, b[j], out + j); /* carry < 2**32 */
}
#else
/* out[0 .. na+nb) = a * b (schoolbook); out must not alias. */
static void mag_mul_school(const Py2cDigit *a, size_t na, const Py2cDigit *b, size_t nb, Py2cDigit *out) {
    if (na < nb) {
        const Py2cDigit *t = a;
        a = b, b = t;
        size_t tn = na;
        na = nb, nb = tn;
    }
    mag_mul1(a, na, b[0], out);
    for (size_t j = 1; j < nb; j++) {
        uint64_t carry = 0, bj = b[j];
        for (size_t i = 0; i < na; i++) {
            carry += bj * a[i] + out[i + j];
            out[i + j] = (Py2cDigit)carry;
            carry >>= 32;
        }
        out[j + na] = (Py2cDigit)carry;
    }
}
#endif

#define KARATSUBA_CUTOFF 48

/* acc[0 .. nacc) += x[0 .. nx); the carry must fit (it does by construction). */
static void mag_add_into(Py2cDigit *acc, size_t nacc, const Py2cDigit *x, size_t nx) {
    uint64_t carry = 0;
    size_t i = 0;
    for (; i < nx; i++) {
        carry += (uint64_t)acc[i] + x[i];
        acc[i] = (Py2cDigit)carry;
        carry >>= 32;
    }
    for (; carry && i < nacc; i++) {
        carry += acc[i];
        acc[i] = (Py2cDigit)carry;
        carry >>= 32;
    }
}

static void mag_sub_into(Py2cDigit *acc, size_t nacc, const Py2cDigit *x, size_t nx) {
    int64_t borrow = 0;
    size_t i = 0;
    for (; i < nx; i++) {
        int64_t t = (int64_t)acc[i] - x[i] - borrow;
        borrow = t < 0;
        acc[i] = (Py2cDigit)t;
    }
    for (; borrow && i < nacc; i++) {
        int64_t t = (int64_t)acc[i] - borrow;
        borrow = t < 0;
        acc[i] = (Py2cDigit)t;
    }
}

/* Karatsuba for balanced operands; falls back to schoolbook for small or
 * lopsided ones. Returns -1 on allocation failure. */
static int mag_mul(const Py2cDigit *a, size_t na, const Py2cDigit *b, size_t nb, Py2cDigit *out) {
    if (na < nb) {
        const Py2cDigit *t = a;
        a = b, b = t;
        size_t tn = na;
        na = nb, nb = tn;
    }
    if (nb < KARATSUBA_CUTOFF) {
        mag_mul_school(a, na, b, nb, out);
        return 0;
    }
    if (2 * nb <= na) { /* lopsided: slice a into nb-digit pieces */
        memset(out, 0, (na + nb) * sizeof *out);
        Py2cDigit *tmp = malloc(2 * nb * sizeof *tmp);
        if (!tmp) return -1;
        for (size_t i = 0; i < na; i += nb) {
            size_t k = na - i < nb ? na - i : nb;
            if (mag_mul(a + i, k, b, nb, tmp) < 0) return free(tmp), -1;
            mag_add_into(out + i, na + nb - i, tmp, k + nb);
        }
        free(tmp);
        return 0;
    }
    /* a = a1*B + a0, b = b1*B + b0 with B = 2**(32*h). */
    size_t h = nb / 2;
    const Py2cDigit *a0 = a, *a1 = a + h, *b0 = b, *b1 = b + h;
    size_t na0 = mag_norm(a0, h), na1 = na - h, nb0 = mag_norm(b0, h), nb1 = nb - h;
    size_t ns = na1 + 1, nt = nb1 + 1;
    Py2cDigit *buf = malloc((ns + nt + (ns + nt)) * sizeof *buf);
    if (!buf) return -1;
    Py2cDigit *s = buf, *t = buf + ns, *st = buf + ns + nt;
    size_t sn = mag_norm(s, mag_add(a1, na1, a0, na0, s));
    size_t tn = mag_norm(t, mag_add(b1, nb1, b0, nb0, t));
    memset(out, 0, (na + nb) * sizeof *out);
    /* z0 = a0*b0 into out[0..2h), z2 = a1*b1 into out[2h..) */
    if (na0 && nb0 && mag_mul(a0, na0, b0, nb0, out) < 0) return free(buf), -1;
    if (mag_mul(a1, na1, b1, nb1, out + 2 * h) < 0) return free(buf), -1;
    /* z1 = s*t - z0 - z2, added at h */
    memset(st, 0, (ns + nt) * sizeof *st);
    if (sn && tn && mag_mul(s, sn, t, tn, st) < 0) return free(buf), -1;
    size_t stn = sn + tn;
    mag_sub_into(st, stn, out, mag_norm(out, 2 * h));                     /* - z0 */
    mag_sub_into(st, stn, out + 2 * h, mag_norm(out + 2 * h, na1 + nb1)); /* - z2 */
    mag_add_into(out + h, na + nb - h, st, mag_norm(st, stn));
    free(buf);
    return 0;
}

#if !LONG_WIDE
/* q = a / d, returns a % d (single digit divisor). q may alias a. */
static Py2cDigit mag_divrem1(const Py2cDigit *a, size_t na, Py2cDigit d, Py2cDigit *q) {
    uint64_t rem = 0;
    for (size_t i = na; i-- > 0;) {
        uint64_t cur = rem << 32 | a[i];
        q[i] = (Py2cDigit)(cur / d);
        rem = cur % d;
    }
    return (Py2cDigit)rem;
}
#endif

static int clz32(Py2cDigit x) { return x ? __builtin_clz(x) : 32; }

#if LONG_WIDE
/* q = (u1*2**64 + u0) / d with u1 < d, d normalised (top bit set) and
 * dinv = floor((2**128 - 1) / d) - 2**64: two multiplications instead of a
 * 128-by-64-bit division, which is a libcall (Moller and Granlund,
 * "Improved division by invariant integers", 2011, algorithm 4). */
static inline uint64_t div2by1(uint64_t u1, uint64_t u0, uint64_t d, uint64_t dinv, uint64_t *rem) {
    Wide qq = (Wide)dinv * u1 + (((Wide)(u1 + 1) << 64) | u0);
    uint64_t q1 = (uint64_t)(qq >> 64), q0 = (uint64_t)qq;
    uint64_t r = u0 - q1 * d;
    if (r > q0) q1--, r += d;
    if (r >= d) q1++, r -= d;
    *rem = r;
    return q1;
}

/* The n64 limbs of digits d[0 .. n) shifted left by s < 64 bits, plus one
 * limb for what comes out on top when top is set. */
static void limbs_shifted(const Py2cDigit *d, size_t n, int s, uint64_t *out, size_t n64, int top) {
    uint64_t prev = 0;
    for (size_t i = 0; i < n64; i++) {
        uint64_t w = 2 * i + 1 < n ? ld2(d + 2 * i) : d[2 * i];
        out[i] = w << s | (s ? prev >> (64 - s) : 0);
        prev = w;
    }
    if (top) out[n64] = s ? prev >> (64 - s) : 0;
}

/* Algorithm D on 64-bit limbs (the digit version below, with twice the
 * digits per step and a reciprocal instead of a division per quotient
 * limb). Same contract as mag_divrem; needs nb >= 3 (a divisor of two
 * limbs at least). The quotient's limbs past digit na-nb are zero and not
 * stored. */
static int mag_divrem_wide(const Py2cDigit *a, size_t na, const Py2cDigit *b, size_t nb, Py2cDigit *q, Py2cDigit *r) {
    size_t ma = (na + 1) / 2, mb = (nb + 1) / 2;
    uint64_t stack[96], *u = stack;
    if (ma + 1 + mb > sizeof stack / sizeof *stack && !(u = malloc((ma + 1 + mb) * sizeof *u))) return -1;
    uint64_t *v = u + ma + 1;
    uint64_t btop = nb % 2 ? b[nb - 1] : ld2(b + nb - 2);
    int s = __builtin_clzll(btop);
    limbs_shifted(b, nb, s, v, mb, 0);
    limbs_shifted(a, na, s, u, ma, 1);
    uint64_t vtop = v[mb - 1], vnext = v[mb - 2];
    uint64_t dinv = (uint64_t)(~(Wide)0 / vtop); /* floor((2**128-1)/vtop) - 2**64, mod 2**64 */
    size_t nq = na - nb + 1;                      /* quotient digits that can be non-zero */
    for (size_t j = ma - mb + 1; j-- > 0;) {
        uint64_t qhat, rhat;
        uint64_t u2 = u[j + mb], u1 = u[j + mb - 1], u0 = u[j + mb - 2];
        int rhat_big = 0; /* rhat >= 2**64: the refinement test is false */
        if (u2 >= vtop) { /* u2 == vtop: the quotient limb is 2**64 - 1 or less */
            qhat = UINT64_MAX;
            Wide rr = ((Wide)u2 << 64 | u1) - (Wide)qhat * vtop;
            rhat_big = (uint64_t)(rr >> 64) != 0;
            rhat = (uint64_t)rr;
        } else {
            qhat = div2by1(u2, u1, vtop, dinv, &rhat);
        }
        while (!rhat_big && (Wide)qhat * vnext > ((Wide)rhat << 64 | u0)) {
            qhat--;
            rhat_big = __builtin_add_overflow(rhat, vtop, &rhat);
        }
        /* u[j .. j+mb] -= qhat * v */
        uint64_t carry = 0, borrow = 0;
        for (size_t i = 0; i < mb; i++) {
            Wide p = (Wide)qhat * v[i] + carry;
            carry = (uint64_t)(p >> 64);
            uint64_t t;
            uint64_t b1 = __builtin_sub_overflow(u[i + j], (uint64_t)p, &t);
            uint64_t b2 = __builtin_sub_overflow(t, borrow, &t);
            u[i + j] = t;
            borrow = b1 | b2;
        }
        Wide top = (Wide)u[j + mb] - carry - borrow;
        u[j + mb] = (uint64_t)top;
        if (top >> 64) { /* qhat was one too large (rare): add v back */
            qhat--;
            uint64_t c = 0;
            for (size_t i = 0; i < mb; i++) {
                Wide t = (Wide)u[i + j] + v[i] + c;
                u[i + j] = (uint64_t)t;
                c = (uint64_t)(t >> 64);
            }
            u[j + mb] += c;
        }
        if (2 * j < nq) q[2 * j] = (Py2cDigit)qhat;
        if (2 * j + 1 < nq) q[2 * j + 1] = (Py2cDigit)(qhat >> 32);
    }
    if (r)
        for (size_t i = 0; i < nb; i++) { /* digit i of u >> s */
            size_t li = i / 2;
            uint64_t w = u[li] >> s | (s ? u[li + 1] << (64 - s) : 0);
            r[i] = (Py2cDigit)(i % 2 ? w >> 32 : w);
        }
    if (u != stack) free(u);
    return 0;
}

/* q = a / d and returns a % d for a one-limb divisor d (below 2**64), with
 * the quotient limbs from div2by1 (no division instruction per limb). Only
 * the nq low quotient digits are stored (the rest are zero). */
static uint64_t mag_divrem_limb(const Py2cDigit *a, size_t na, uint64_t d, Py2cDigit *q, size_t nq) {
    int s = __builtin_clzll(d);
    uint64_t dn = d << s, dinv = (uint64_t)(~(Wide)0 / dn);
    size_t ma = (na + 1) / 2;
#define LIMB(i) (2 * (i) + 1 < na ? ld2(a + 2 * (i)) : (uint64_t)a[2 * (i)])
    uint64_t r = s ? LIMB(ma - 1) >> (64 - s) : 0; /* < 2**s <= dn */
    for (size_t i = ma; i-- > 0;) {
        uint64_t u = LIMB(i) << s | (s && i ? LIMB(i - 1) >> (64 - s) : 0);
        uint64_t qi = div2by1(r, u, dn, dinv, &r);
        if (2 * i < nq) q[2 * i] = (Py2cDigit)qi;
        if (2 * i + 1 < nq) q[2 * i + 1] = (Py2cDigit)(qi >> 32);
    }
#undef LIMB
    return r >> s;
}
#endif

/* Knuth's algorithm D: q[0 .. na-nb] = a / b, r[0 .. nb) = a % b, for
 * nb >= 2, na >= nb. Returns -1 on allocation failure. */
static int mag_divrem(const Py2cDigit *a, size_t na, const Py2cDigit *b, size_t nb, Py2cDigit *q, Py2cDigit *r) {
#if LONG_WIDE
    if (nb >= 3) return mag_divrem_wide(a, na, b, nb, q, r);
#endif
    int s = clz32(b[nb - 1]);
    Py2cDigit *u = malloc((na + 1 + nb) * sizeof *u);
    if (!u) return -1;
    Py2cDigit *v = u + na + 1;
    /* normalise: shift both left so that v's top bit is set */
    for (size_t i = nb; i-- > 0;)
        v[i] = (Py2cDigit)((b[i] << s) | (s && i ? b[i - 1] >> (32 - s) : 0));
    u[na] = s ? a[na - 1] >> (32 - s) : 0;
    for (size_t i = na; i-- > 0;)
        u[i] = (Py2cDigit)((a[i] << s) | (s && i ? a[i - 1] >> (32 - s) : 0));
    uint64_t vtop = v[nb - 1], vnext = v[nb - 2];
    for (size_t j = na - nb + 1; j-- > 0;) {
        uint64_t num = (uint64_t)u[j + nb] << 32 | u[j + nb - 1];
        uint64_t qhat = num / vtop, rhat = num % vtop;
        while (qhat > 0xFFFFFFFFu || qhat * vnext > (rhat << 32 | u[j + nb - 2])) {
            qhat--;
            rhat += vtop;
            if (rhat > 0xFFFFFFFFu) break;
        }
        /* u[j .. j+nb] -= qhat * v */
        int64_t borrow = 0;
        uint64_t carry = 0;
        for (size_t i = 0; i < nb; i++) {
            carry += qhat * v[i];
            int64_t t = (int64_t)u[i + j] - (int64_t)(Py2cDigit)carry - borrow;
            carry >>= 32;
            borrow = t < 0;
            u[i + j] = (Py2cDigit)t;
        }
        int64_t t = (int64_t)u[j + nb] - (int64_t)carry - borrow;
        u[j + nb] = (Py2cDigit)t;
        if (t < 0) { /* qhat was one too large: add v back */
            qhat--;
            uint64_t c = 0;
            for (size_t i = 0; i < nb; i++) {
                c += (uint64_t)u[i + j] + v[i];
                u[i + j] = (Py2cDigit)c;
                c >>= 32;
            }
            u[j + nb] += (Py2cDigit)c;
        }
        q[j] = (Py2cDigit)qhat;
    }
    if (r)
        for (size_t i = 0; i < nb; i++)
            r[i] = (Py2cDigit)((u[i] >> s) | (s ? (uint64_t)u[i + 1] << (32 - s) : 0));
    free(u);
    return 0;
}

/* ---- signed operations --------------------------------------------------------- */

static Py2cValue add_views(const LongView *a, const LongView *b, int negate_b) {
    int bneg = b->neg ^ negate_b;
    size_t n = (a->n > b->n ? a->n : b->n) + 1;
    Py2cLong *r = py2c__long_alloc(n);
    if (!r) return PY2C_NULL;
    if (a->neg == bneg) return long_finish(r, mag_add(a->d, a->n, b->d, b->n, r->d), a->neg);
    if (mag_cmp(a->d, a->n, b->d, b->n) >= 0) return long_finish(r, mag_sub(a->d, a->n, b->d, b->n, r->d), a->neg);
    return long_finish(r, mag_sub(b->d, b->n, a->d, a->n, r->d), bneg);
}

static Py2cValue mul_views(const LongView *a, const LongView *b) {
    if (a->n == 0 || b->n == 0) return py2c_int(0);
    if (a->n < b->n) {
        const LongView *t = a;
        a = b, b = t;
    }
    if (b->n == 1 || (LONG_WIDE && b->n == 2)) { /* big * small: one pass */
        uint64_t m = b->n == 1 ? b->d[0] : (uint64_t)b->d[1] << 32 | b->d[0];
        Py2cLong *r = py2c__long_alloc(a->n + 2);
        if (!r) return PY2C_NULL;
        return long_finish(r, mag_mul1(a->d, a->n, m, r->d), a->neg != b->neg);
    }
    Py2cLong *r = py2c__long_alloc(a->n + b->n);
    if (!r) return PY2C_NULL;
    if (mag_mul(a->d, a->n, b->d, b->n, r->d) < 0) {
        free(r);
        return py2c_error_nomemory();
    }
    return long_finish(r, a->n + b->n, a->neg != b->neg);
}

static Py2cValue zero_division(Py2cBinaryOp op) {
    return py2c_error_format(&py2c_exc_ZeroDivisionError, op == PY2C_OP_MOD ? "integer modulo by zero"
                                                          : "integer division or modulo by zero");
}

#if defined(__SIZEOF_INT128__)
/* Bits s .. s+127 of the magnitude d[0 .. n). */
static Mag128 mag_bits128(const Py2cDigit *d, size_t n, uint64_t s) {
    size_t di = (size_t)(s / 32);
    int bs = (int)(s % 32);
    Mag128 w = 0;
    for (size_t k = 4; k-- > 0;) w = w << 32 | (di + k < n ? d[di + k] : 0);
    w >>= bs;
    if (bs && di + 4 < n) w |= (Mag128)d[di + 4] << (128 - bs);
    return w;
}

static uint64_t mag_bit_length(const Py2cDigit *d, size_t n) {
    return n ? (uint64_t)n * 32 - (uint64_t)__builtin_clz(d[n - 1]) : 0;
}

/* floor(|a| / |b|) into *q when the top bits of the operands decide it (1),
 * else 0. With s = bitlen(b) - 64, |b| = B*2**s + bl and |a| = A*2**s + al
 * (0 <= al, bl < 2**s), the quotient lies in [A/(B+1), (A+1)/B): when both
 * ends have the same floor, that is it. This is O(1) where algorithm D
 * would make a normalised copy of both operands and a multiply-subtract
 * pass: the common case of quotients far below 2**64 (pidigits' digit
 * extraction), where the interval is narrower than 2**-60. */
static int quot_estimate(const LongView *a, const LongView *b, uint64_t *q) {
    uint64_t lb = mag_bit_length(b->d, b->n), la = mag_bit_length(a->d, a->n);
    if (lb < 64 || la > lb + 63) return 0; /* A < 2**127, B >= 2**63: the quotient is below 2**64 */
    if (la < lb) return *q = 0, 1;
    uint64_t s = lb - 64;
    Mag128 A = mag_bits128(a->d, a->n, s), B = mag_bits128(b->d, b->n, s);
    Mag128 lo = A / (B + 1), hi = (A + 1) / B;
    if (s == 0) lo = hi = A / B; /* exact operands */
    if (lo != hi) return 0;
    *q = (uint64_t)lo;
    return 1;
}

/* a - q*b for q == floor(a/b) (so 0 <= a - q*b < b, and na <= nb + 2).
 * With out, the nb low digits of the difference go there (the rest are
 * zero); without, only whether it is non-zero, stopping at the first
 * non-zero digit (at once for almost every inexact division). */
static int mag_submul(const Py2cDigit *a, size_t na, const Py2cDigit *b, size_t nb, uint64_t q, Py2cDigit *out) {
    int nz = 0;
    uint64_t borrow = 0;
    if (q >> 32 == 0) {
        uint64_t carry = 0;
        for (size_t i = 0; i < na; i++) {
            carry += q * (i < nb ? b[i] : 0);
            uint64_t t = (uint64_t)a[i] - (Py2cDigit)carry - borrow;
            carry >>= 32;
            borrow = t >> 63;
            if ((Py2cDigit)t) {
                if (!out) return 1;
                nz = 1;
            }
            if (out && i < nb) out[i] = (Py2cDigit)t;
        }
    } else {
        Mag128 carry = 0;
        for (size_t i = 0; i < na; i++) {
            carry += (Mag128)q * (i < nb ? b[i] : 0);
            uint64_t t = (uint64_t)a[i] - (Py2cDigit)carry - borrow;
            carry >>= 32;
            borrow = t >> 63;
            if ((Py2cDigit)t) {
                if (!out) return 1;
                nz = 1;
            }
            if (out && i < nb) out[i] = (Py2cDigit)t;
        }
    }
    if (out)
        for (size_t i = na; i < nb; i++) out[i] = 0;
    return nz;
}

/* divmod_views when quot_estimate found the quotient qm of the magnitudes. */
static int divmod_small_quotient(const LongView *a, const LongView *b, uint64_t qm, Py2cValue *qo, Py2cValue *ro) {
    int qneg = a->neg != b->neg;
    Py2cLong *r = NULL;
    if (ro) {
        r = py2c__long_alloc(b->n);
        if (!r) return -1;
    }
    /* trunc -> floor when the signs differ and the division is inexact:
     * |q| + 1, r = |b| - |r| with b's sign */
    int nz = ro || qneg ? mag_submul(a->d, a->n, b->d, b->n, qm, r ? r->d : NULL) : 0;
    int adjust = qneg && nz;
    if (qo) {
        *qo = from_mag128((Mag128)qm + (unsigned)adjust, qneg);
        if (PY2C_IS_NULL(*qo)) {
            if (r) py2c__long_free(r);
            return -1;
        }
    }
    if (ro) {
        size_t rn = mag_norm(r->d, b->n);
        if (adjust) rn = mag_sub(b->d, b->n, r->d, rn, r->d);
        *ro = long_finish(r, rn, adjust ? b->neg : a->neg);
    }
    return 0;
}
#endif

/* Floor division and modulo with Python's signs. */
static int divmod_views(const LongView *a, const LongView *b, Py2cValue *qo, Py2cValue *ro) {
#if defined(__SIZEOF_INT128__)
    uint64_t qm;
    if (b->n >= 2 && quot_estimate(a, b, &qm)) return divmod_small_quotient(a, b, qm, qo, ro);
#endif
    size_t qn = a->n >= b->n ? a->n - b->n + 1 : 1;
    Py2cLong *q = py2c__long_alloc(qn + 1), *r = py2c__long_alloc(b->n + 1);
    if (!q || !r) {
        free(q), free(r);
        return -1;
    }
    size_t rn;
    if (mag_cmp(a->d, a->n, b->d, b->n) < 0) {
        q->d[0] = 0;
        if (a->n) memcpy(r->d, a->d, a->n * sizeof *a->d);
        rn = a->n;
    } else if (b->n == 1 || (LONG_WIDE && b->n == 2)) {
#if LONG_WIDE
        uint64_t rem = mag_divrem_limb(a->d, a->n, b->n == 1 ? b->d[0] : ld2(b->d), q->d, a->n - b->n + 1);
        r->d[0] = (Py2cDigit)rem;
        r->d[1] = (Py2cDigit)(rem >> 32);
        rn = 2;
#else
        r->d[0] = mag_divrem1(a->d, a->n, b->d[0], q->d);
        rn = 1;
#endif
    } else {
        if (mag_divrem(a->d, a->n, b->d, b->n, q->d, r->d) < 0) {
            free(q), free(r);
            (void)py2c_error_nomemory();
            return -1;
        }
        rn = b->n;
    }
    rn = mag_norm(r->d, rn);
    int rneg = a->neg;
    if (rn != 0 && a->neg != b->neg) {
        /* trunc -> floor: |q| + 1, r = |b| - |r| with b's sign */
        Py2cDigit one = 1;
        qn = mag_add(q->d, qn, &one, 1, q->d); /* q has room: qn digits + no carry out past |a| */
        rn = mag_sub(b->d, b->n, r->d, rn, r->d);
        rneg = b->neg;
    }
    Py2cValue qv = long_finish(q, qn, a->neg != b->neg);
    Py2cValue rv = long_finish(r, rn, rneg);
    if (qo) *qo = qv;
    else py2c_decref(qv);
    if (ro) *ro = rv;
    else py2c_decref(rv);
    return 0;
}

int py2c__long_divmod(Py2cValue a, Py2cValue b, Py2cValue *q, Py2cValue *r) {
    LongView x, y;
    view_init(&x, a);
    view_init(&y, b);
    if (y.n == 0) {
        (void)zero_division(PY2C_OP_DIVMOD);
        return -1;
    }
    return divmod_views(&x, &y, q, r);
}

/* Two's complement of a view into n digits (n > a->n). */
static void to_twos(const LongView *a, Py2cDigit *out, size_t n) {
    memset(out, 0, n * sizeof *out);
    if (a->n) memcpy(out, a->d, a->n * sizeof *out);
    if (!a->neg) return;
    uint64_t carry = 1;
    for (size_t i = 0; i < n; i++) {
        carry += (Py2cDigit)~out[i];
        out[i] = (Py2cDigit)carry;
        carry >>= 32;
    }
}

static Py2cValue bitop_views(Py2cBinaryOp op, const LongView *a, const LongView *b) {
    size_t n = (a->n > b->n ? a->n : b->n) + 1;
    Py2cLong *r = py2c__long_alloc(n);
    Py2cDigit *y = malloc(n * sizeof *y);
    if (!r || !y) {
        free(r), free(y);
        return py2c_error_nomemory();
    }
    to_twos(a, r->d, n);
    to_twos(b, y, n);
    for (size_t i = 0; i < n; i++)
        r->d[i] = op == PY2C_OP_AND ? r->d[i] & y[i] : op == PY2C_OP_OR ? r->d[i] | y[i] : r->d[i] ^ y[i];
    free(y);
    int neg = (r->d[n - 1] >> 31) != 0;
    if (neg) {
        uint64_t carry = 1;
        for (size_t i = 0; i < n; i++) {
            carry += (Py2cDigit)~r->d[i];
            r->d[i] = (Py2cDigit)carry;
            carry >>= 32;
        }
    }
    return long_finish(r, n, neg);
}

static Py2cValue lshift_view(const LongView *a, uint64_t k) {
    if (a->n == 0) return py2c_int(0);
    if (k > ((uint64_t)1 << 40)) return py2c_error_nomemory();
    size_t ds = (size_t)(k / 32);
    int bs = (int)(k % 32);
    Py2cLong *r = py2c__long_alloc(a->n + ds + 1);
    if (!r) return PY2C_NULL;
    memset(r->d, 0, ds * sizeof *r->d);
    Py2cDigit carry = 0;
    for (size_t i = 0; i < a->n; i++) {
        r->d[ds + i] = (Py2cDigit)((a->d[i] << bs) | carry);
        carry = bs ? a->d[i] >> (32 - bs) : 0;
    }
    r->d[ds + a->n] = carry;
    return long_finish(r, a->n + ds + 1, a->neg);
}

/* Floor of a / 2**k. */
static Py2cValue rshift_view(const LongView *a, uint64_t k) {
    if ((uint64_t)a->n * 32 <= k) return py2c_int(a->neg && a->n ? -1 : 0);
    size_t ds = (size_t)(k / 32);
    int bs = (int)(k % 32);
    size_t n = a->n - ds;
    Py2cLong *r = py2c__long_alloc(n + 1);
    if (!r) return PY2C_NULL;
    int lost = 0;
    for (size_t i = 0; i < ds; i++) lost |= a->d[i] != 0;
    if (bs) lost |= (a->d[ds] & (((Py2cDigit)1 << bs) - 1)) != 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t hi = ds + i + 1 < a->n ? a->d[ds + i + 1] : 0;
        r->d[i] = (Py2cDigit)(((uint64_t)a->d[ds + i] >> bs) | (bs ? hi << (32 - bs) : 0));
    }
    r->d[n] = 0;
    if (a->neg && lost) { /* round towards minus infinity */
        Py2cDigit one = 1;
        n = mag_add(r->d, n, &one, 1, r->d);
    }
    return long_finish(r, n, a->neg);
}

uint64_t py2c__long_bit_length(Py2cValue v) {
    LongView a;
    view_init(&a, v);
    if (a.n == 0) return 0;
    return (uint64_t)a.n * 32 - (uint64_t)clz32(a.d[a.n - 1]);
}

static Py2cValue pow_views(const LongView *base, Py2cValue basev, uint64_t e) {
    /* left-to-right square and multiply */
    Py2cValue r = py2c_int(1);
    if (e == 0) return r;
    if (base->n == 0) return py2c_int(0);
    if (base->n == 1 && base->d[0] == 1) return py2c_int(base->neg && (e & 1) ? -1 : 1);
    if (base->n * 32.0 * (double)e > 8.0 * 1024 * 1024 * 1024 * 8) return py2c_error_nomemory();
    int top = 63 - __builtin_clzll(e);
    for (int i = top; i >= 0; i--) {
        LongView rv;
        view_init(&rv, r);
        Py2cValue sq = mul_views(&rv, &rv);
        py2c_decref(r);
        if (PY2C_IS_NULL(sq)) return sq;
        r = sq;
        if ((e >> i) & 1) {
            view_init(&rv, r);
            Py2cValue m = mul_views(&rv, base);
            py2c_decref(r);
            if (PY2C_IS_NULL(m)) return m;
            r = m;
        }
    }
    (void)basev;
    return r;
}

int py2c__long_compare(Py2cValue a, Py2cValue b) {
    if (!py2c_is_obj(a) && !py2c_is_obj(b)) {
        int64_t x = py2c_is_bool(a) ? (int64_t)py2c_bool_value(a) : py2c_small_int_value(a);
        int64_t y = py2c_is_bool(b) ? (int64_t)py2c_bool_value(b) : py2c_small_int_value(b);
        return (x > y) - (x < y);
    }
    LongView x, y;
    view_init(&x, a);
    view_init(&y, b);
    if (x.neg != y.neg) return x.neg ? -1 : 1;
    int c = mag_cmp(x.d, x.n, y.d, y.n);
    return x.neg ? -c : c;
}

static Py2cValue small_or_view_binary(Py2cBinaryOp op, Py2cValue a, Py2cValue b);

Py2cValue py2c__long_binary(Py2cBinaryOp op, Py2cValue a, Py2cValue b) {
#if defined(__SIZEOF_INT128__)
    Py2cValue r;
    if (binary128(op, a, b, &r)) return r;
#endif
    return small_or_view_binary(op, a, b);
}

static Py2cValue shift_count(Py2cValue b, uint64_t *k, int *neg_huge) {
    *neg_huge = 0;
    if (py2c_int_sign(b) < 0) return py2c_error_format(&py2c_exc_ValueError, "negative shift count");
    int64_t v;
    if (py2c_is_obj(b)) {
        *neg_huge = 1; /* beyond 2**47 */
        *k = UINT64_MAX;
        return py2c_int(0);
    }
    v = py2c_is_bool(b) ? (int64_t)py2c_bool_value(b) : py2c_small_int_value(b);
    *k = (uint64_t)v;
    return py2c_int(0);
}

static Py2cValue pow_value(Py2cValue a, Py2cValue b) {
    if (py2c_int_sign(b) < 0) { /* CPython computes a negative power in float */
        double x, y;
        if (py2c_int_as_double(a, &x) < 0 || py2c_int_as_double(b, &y) < 0) return PY2C_NULL;
        return py2c__float_binary_op(PY2C_OP_POW, x, y);
    }
    LongView x;
    view_init(&x, a);
    if (py2c_is_obj(b)) { /* huge exponent: only trivial bases are representable */
        if (x.n == 0) return py2c_int(0);
        if (x.n == 1 && x.d[0] == 1) {
            LongView e;
            view_init(&e, b);
            return py2c_int(x.neg && (e.d[0] & 1) ? -1 : 1);
        }
        return py2c_error_nomemory();
    }
    int64_t e = py2c_is_bool(b) ? (int64_t)py2c_bool_value(b) : py2c_small_int_value(b);
    return pow_views(&x, a, (uint64_t)e);
}

static Py2cValue small_or_view_binary(Py2cBinaryOp op, Py2cValue a, Py2cValue b) {
    LongView x, y;
    uint64_t k;
    int huge;
    Py2cValue q, r;
    view_init(&x, a);
    view_init(&y, b);
    switch (op) {
    case PY2C_OP_ADD: return add_views(&x, &y, 0);
    case PY2C_OP_SUB: return add_views(&x, &y, 1);
    case PY2C_OP_MUL: return mul_views(&x, &y);
    case PY2C_OP_TRUEDIV: return py2c__long_truediv(a, b);
    case PY2C_OP_FLOORDIV:
    case PY2C_OP_MOD:
    case PY2C_OP_DIVMOD:
        if (y.n == 0) return zero_division(op);
        if (divmod_views(&x, &y, op == PY2C_OP_MOD ? NULL : &q, op == PY2C_OP_FLOORDIV ? NULL : &r) < 0)
            return PY2C_NULL;
        if (op == PY2C_OP_FLOORDIV) return q;
        if (op == PY2C_OP_MOD) return r;
        {
            Py2cValue items[2] = {q, r};
            Py2cValue t = py2c_tuple_pack(2, items);
            py2c_decref(q);
            py2c_decref(r);
            return t;
        }
    case PY2C_OP_POW: return pow_value(a, b);
    case PY2C_OP_LSHIFT:
        if (PY2C_IS_NULL(shift_count(b, &k, &huge))) return PY2C_NULL;
        if (huge && x.n) return py2c_error_format(&py2c_exc_OverflowError, "too many digits in integer");
        return lshift_view(&x, k);
    case PY2C_OP_RSHIFT:
        if (PY2C_IS_NULL(shift_count(b, &k, &huge))) return PY2C_NULL;
        return rshift_view(&x, k);
    case PY2C_OP_AND:
    case PY2C_OP_OR:
    case PY2C_OP_XOR: return bitop_views(op, &x, &y);
    case PY2C_OP_MATMUL:
    case PY2C_BINARY_OP_COUNT: break;
    }
    return PY2C_NOT_IMPLEMENTED;
}

Py2cValue py2c__long_neg(Py2cValue a) {
    LongView x;
    view_init(&x, a);
    return long_from_mag(x.d, x.n, !x.neg);
}

Py2cValue py2c__long_abs(Py2cValue a) {
    LongView x;
    view_init(&x, a);
    return long_from_mag(x.d, x.n, 0);
}

Py2cValue py2c__long_invert(Py2cValue a) { /* ~a == -(a + 1) */
    LongView x, one;
    view_init(&x, a);
    view_init(&one, py2c_int(1));
    Py2cValue s = add_views(&x, &one, 0);
    if (PY2C_IS_NULL(s)) return s;
    Py2cValue r = py2c__long_neg(s);
    py2c_decref(s);
    return r;
}

/* ---- three-argument pow ------------------------------------------------------- */

static Py2cValue mulmod(Py2cValue a, Py2cValue b, Py2cValue m) {
    Py2cValue p = py2c__long_binary(PY2C_OP_MUL, a, b);
    if (PY2C_IS_NULL(p)) return p;
    Py2cValue r = py2c__long_binary(PY2C_OP_MOD, p, m);
    py2c_decref(p);
    return r;
}

/* The inverse of a modulo m (m > 1) by the extended Euclidean algorithm. */
static Py2cValue mod_inverse(Py2cValue a, Py2cValue m) {
    Py2cValue r0, r1, s0 = py2c_int(1), s1 = py2c_int(0);
    r0 = py2c__long_binary(PY2C_OP_MOD, a, m);
    if (PY2C_IS_NULL(r0)) return r0;
    py2c_incref(m);
    r1 = m;
    /* invariant: r0 == s0 * a (mod m), r1 == s1 * a (mod m) */
    while (py2c_int_sign(r1) != 0) {
        Py2cValue q, r;
        if (py2c__long_divmod(r0, r1, &q, &r) < 0) goto fail;
        Py2cValue qs = py2c__long_binary(PY2C_OP_MUL, q, s1);
        py2c_decref(q);
        if (PY2C_IS_NULL(qs)) {
            py2c_decref(r);
            goto fail;
        }
        Py2cValue s2 = py2c__long_binary(PY2C_OP_SUB, s0, qs);
        py2c_decref(qs);
        if (PY2C_IS_NULL(s2)) {
            py2c_decref(r);
            goto fail;
        }
        py2c_decref(r0);
        py2c_decref(s0);
        r0 = r1, s0 = s1;
        r1 = r, s1 = s2;
    }
    py2c_decref(r1);
    py2c_decref(s1);
    if (!(py2c_is_small_int(r0) && py2c_small_int_value(r0) == 1)) {
        py2c_decref(r0);
        py2c_decref(s0);
        return py2c_error_format(&py2c_exc_ValueError, "base is not invertible for the given modulus");
    }
    py2c_decref(r0);
    Py2cValue inv = py2c__long_binary(PY2C_OP_MOD, s0, m);
    py2c_decref(s0);
    return inv;
fail:
    py2c_decref(r0), py2c_decref(r1), py2c_decref(s0), py2c_decref(s1);
    return PY2C_NULL;
}

Py2cValue py2c__long_pow3(Py2cValue a, Py2cValue b, Py2cValue m) {
    int ms = py2c_int_sign(m);
    if (ms == 0) return py2c_error_format(&py2c_exc_ValueError, "pow() 3rd argument cannot be 0");
    /* Work with |m| and fix the sign at the end, as CPython does. */
    Py2cValue mod = py2c__long_abs(m);
    if (PY2C_IS_NULL(mod)) return mod;
    Py2cValue base, exp, result = PY2C_NULL;
    if (py2c_is_small_int(mod) && py2c_small_int_value(mod) == 1) {
        py2c_decref(mod);
        return py2c_int(0);
    }
    if (py2c_int_sign(b) < 0) {
        base = mod_inverse(a, mod);
        if (PY2C_IS_NULL(base)) goto out_mod;
        exp = py2c__long_neg(b);
        if (PY2C_IS_NULL(exp)) {
            py2c_decref(base);
            goto out_mod;
        }
    } else {
        base = py2c__long_binary(PY2C_OP_MOD, a, mod);
        if (PY2C_IS_NULL(base)) goto out_mod;
        exp = b;
        py2c_incref(exp);
    }
    result = py2c_int(1);
    uint64_t nbits = py2c__long_bit_length(exp);
    LongView e;
    view_init(&e, exp);
    for (uint64_t i = nbits; i-- > 0;) {
        Py2cValue t = mulmod(result, result, mod);
        py2c_decref(result);
        result = t;
        if (PY2C_IS_NULL(result)) break;
        if ((e.d[i / 32] >> (i % 32)) & 1) {
            t = mulmod(result, base, mod);
            py2c_decref(result);
            result = t;
            if (PY2C_IS_NULL(result)) break;
        }
    }
    if (!PY2C_IS_NULL(result)) { /* reduce once more (exp == 0 leaves 1) */
        Py2cValue t = py2c__long_binary(PY2C_OP_MOD, result, mod);
        py2c_decref(result);
        result = t;
    }
    if (!PY2C_IS_NULL(result) && ms < 0 && py2c_int_sign(result) != 0) {
        Py2cValue t = py2c__long_binary(PY2C_OP_SUB, result, mod);
        py2c_decref(result);
        result = t;
    }
    py2c_decref(base);
    py2c_decref(exp);
out_mod:
    py2c_decref(mod);
    return result;
}

/* ---- floats -------------------------------------------------------------------- */

void py2c__double_split(double d, int64_t *m, int *e) {
    if (d == 0.0) {
        *m = 0, *e = 0;
        return;
    }
    int ex;
    double f = frexp(d, &ex);                    /* d = f * 2**ex, 0.5 <= |f| < 1 */
    int64_t mant = (int64_t)ldexp(f, 53);         /* exact */
    ex -= 53;
    while ((mant & 1) == 0) mant /= 2, ex++;
    *m = mant, *e = ex;
}

Py2cValue py2c__long_from_double_trunc(double d) {
    int64_t m;
    int e;
    py2c__double_split(d, &m, &e);
    int64_t am = m < 0 ? -m : m;
    if (e >= 0) {
        LongView v;
        v.neg = m < 0;
        v.buf[0] = (Py2cDigit)am;
        v.buf[1] = (Py2cDigit)((uint64_t)am >> 32);
        v.n = am == 0 ? 0 : v.buf[1] ? 2 : 1;
        v.d = v.buf;
        return lshift_view(&v, (uint64_t)e);
    }
    if (e <= -64) return py2c_int(0);
    am >>= -e;
    return py2c_int_from_int64(m < 0 ? -am : am);
}

int py2c_int_as_double(Py2cValue v, double *out) {
    if (!py2c_is_obj(v)) {
        *out = (double)(py2c_is_bool(v) ? (int64_t)py2c_bool_value(v) : py2c_small_int_value(v));
        return 0;
    }
    LongView a;
    view_init(&a, v);
    uint64_t nbits = py2c__long_bit_length(v);
    /* the top 64 bits, with a sticky bit for everything below: one rounding
     * in the conversion to double then rounds the exact value correctly */
    uint64_t top;
    int sticky = 0;
    if (nbits <= 64) {
        top = (uint64_t)a.d[0] | (a.n > 1 ? (uint64_t)a.d[1] << 32 : 0);
        nbits = 64;
    } else {
        uint64_t shift = nbits - 64;
        size_t ds = (size_t)(shift / 32);
        int bs = (int)(shift % 32);
        uint64_t w0 = a.d[ds], w1 = ds + 1 < a.n ? a.d[ds + 1] : 0, w2 = ds + 2 < a.n ? a.d[ds + 2] : 0;
        top = (w0 >> bs) | (w1 << (32 - bs)) | (bs ? w2 << (64 - bs) : 0);
        if (bs == 0) top = w0 | w1 << 32;
        for (size_t i = 0; i < ds && !sticky; i++) sticky = a.d[i] != 0;
        if (bs && (w0 & (((uint64_t)1 << bs) - 1))) sticky = 1;
    }
    if (sticky) top |= 1;
    if (nbits > 1024 + 64) {
        (void)py2c_error_format(&py2c_exc_OverflowError, "int too large to convert to float");
        return -1;
    }
    double r = ldexp((double)top, (int)(nbits - 64));
    if (isinf(r)) {
        (void)py2c_error_format(&py2c_exc_OverflowError, "int too large to convert to float");
        return -1;
    }
    *out = a.neg ? -r : r;
    return 0;
}

/* Exact comparison of int a with a non-NaN double d. */
int py2c__long_compare_double(Py2cValue a, double d) {
    if (isinf(d)) return d > 0 ? -1 : 1;
    if (!py2c_is_obj(a)) { /* small ints are exact doubles */
        double x = (double)(py2c_is_bool(a) ? (int64_t)py2c_bool_value(a) : py2c_small_int_value(a));
        return (x > d) - (x < d);
    }
    double fl = floor(d);
    Py2cValue fi = py2c__long_from_double_trunc(fl);
    if (PY2C_IS_NULL(fi)) { /* allocation failure: fall back to rounding */
        py2c_error_clear();
        double x;
        if (py2c_int_as_double(a, &x) < 0) {
            py2c_error_clear();
            return py2c_int_sign(a);
        }
        return (x > d) - (x < d);
    }
    int c = py2c__long_compare(a, fi);
    py2c_decref(fi);
    if (c == 0 && fl != d) c = -1; /* a == floor(d) < d */
    return c;
}

/* a / b correctly rounded: q = a * 2**-shift // b with a sticky bit, keeping
 * DBL_MANT_DIG + 2 significant bits (fewer for subnormal results), rounded
 * half to even by hand, then scaled. */
Py2cValue py2c__long_truediv(Py2cValue a, Py2cValue b) {
    LongView x, y;
    view_init(&x, a);
    view_init(&y, b);
    if (y.n == 0) return py2c_error_format(&py2c_exc_ZeroDivisionError, "division by zero");
    int neg = x.neg != y.neg;
    if (x.n == 0) return py2c_float(neg ? -0.0 : 0.0);
    int64_t na = (int64_t)py2c__long_bit_length(a), nb = (int64_t)py2c__long_bit_length(b);
    if (na <= 53 && nb <= 53) { /* both exact in doubles: one IEEE division */
        double dx = 0, dy = 1;
        if (py2c_int_as_double(a, &dx) < 0 || py2c_int_as_double(b, &dy) < 0) return PY2C_NULL;
        return py2c_float(dx / dy);
    }
    int64_t diff = na - nb; /* 2**(diff-1) < |a/b| < 2**(diff+1) */
    if (diff > DBL_MAX_EXP)
        return py2c_error_format(&py2c_exc_OverflowError, "integer division result too large for a float");
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return py2c_float(neg ? -0.0 : 0.0);
    int64_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    LongView ax = x, ay = y; /* magnitudes */
    ax.neg = 0, ay.neg = 0;
    if (ax.d == x.buf) ax.d = ax.buf;
    if (ay.d == y.buf) ay.d = ay.buf;
    int inexact = 0;
    Py2cValue num;
    if (shift > 0) {
        num = rshift_view(&ax, (uint64_t)shift);
        /* bits shifted out make the quotient inexact */
        uint64_t k = (uint64_t)shift;
        for (size_t i = 0; i < ax.n && (uint64_t)i * 32 < k && !inexact; i++) {
            uint64_t bits_here = k - (uint64_t)i * 32;
            Py2cDigit mask = bits_here >= 32 ? 0xFFFFFFFFu : (((Py2cDigit)1 << bits_here) - 1);
            if (ax.d[i] & mask) inexact = 1;
        }
    } else {
        num = lshift_view(&ax, (uint64_t)-shift);
    }
    if (PY2C_IS_NULL(num)) return num;
    Py2cValue q, r;
    LongView nv;
    view_init(&nv, num);
    int rc = divmod_views(&nv, &ay, &q, &r);
    py2c_decref(num);
    if (rc < 0) return PY2C_NULL;
    if (py2c_int_sign(r) != 0) inexact = 1;
    py2c_decref(r);
    /* q has at most DBL_MANT_DIG + 3 bits: fits in uint64_t */
    LongView qv;
    view_init(&qv, q);
    uint64_t qm = qv.n == 0 ? 0 : (uint64_t)qv.d[0] | (qv.n > 1 ? (uint64_t)qv.d[1] << 32 : 0);
    py2c_decref(q);
    int qbits = qm ? 64 - __builtin_clzll(qm) : 0;
    int64_t extra = (qbits > DBL_MIN_EXP - shift ? qbits : DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    if (extra > 0) {
        uint64_t mask = ((uint64_t)1 << extra) - 1, half = (uint64_t)1 << (extra - 1);
        uint64_t low = qm & mask;
        qm &= ~mask;
        if (low > half || (low == half && (inexact || (qm >> extra) & 1))) qm += (uint64_t)1 << extra;
    }
    double res = ldexp((double)qm, (int)shift);
    if (isinf(res))
        return py2c_error_format(&py2c_exc_OverflowError, "integer division result too large for a float");
    return py2c_float(neg ? -res : res);
}
