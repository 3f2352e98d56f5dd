/* The random module: CPython 3.11's Mersenne Twister (MT19937 with
 * init_by_array seeding, Modules/_randommodule.c) and the methods of
 * Lib/random.py's Random, reproducing its draws exactly, so that a seeded
 * program prints the numbers CPython prints. The module-level functions use
 * a hidden global generator; random.Random(seed) makes independent ones.
 * One C function serves both: self is either a Random instance or the
 * builtin function object (then the global generator is used). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "bltin_internal.h"
#include "mod_random_internal.h"
#include "number_internal.h"
#include "sync_internal.h"

PY2C_STDLIB_MODULE("random", py2c__module_init_random);

/* ---- the generator ----------------------------------------------------------------- */

#define MT_N 624
#define MT_M 397

typedef struct RandomState {
    uint32_t mt[MT_N];
    int index;
    int has_gauss; /* gauss_next is not None */
    double gauss_next;
} RandomState;

typedef struct RandomObject {
    Py2cObject ob;
    RandomState st;
} RandomObject;

static RandomState global_state;
static atomic_int global_seeded;

/* Threads: a generator's state is read and changed under its stripe
 * (sync_internal.h), one draw of random()/getrandbits() at a time, as under
 * CPython's GIL; seeding and setstate() replace the whole state under it. */

static uint32_t genrand_next(RandomState *s) {
    uint32_t *mt = s->mt, y;
    if (s->index >= MT_N) { /* generate the next N words */
        int kk;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
            mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ ((y & 1U) ? 0x9908b0dfU : 0U);
        }
        for (; kk < MT_N - 1; kk++) {
            y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
            mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ ((y & 1U) ? 0x9908b0dfU : 0U);
        }
        y = (mt[MT_N - 1] & 0x80000000U) | (mt[0] & 0x7fffffffU);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ ((y & 1U) ? 0x9908b0dfU : 0U);
        s->index = 0;
    }
    y = mt[s->index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

static uint32_t genrand_uint32(RandomState *s) {
    Py2cStripe *lk = py2c__lock(s);
    uint32_t y = genrand_next(s);
    py2c__unlock(lk);
    return y;
}

static void init_genrand(RandomState *s, uint32_t seed) {
    s->mt[0] = seed;
    for (int i = 1; i < MT_N; i++) s->mt[i] = 1812433253U * (s->mt[i - 1] ^ (s->mt[i - 1] >> 30)) + (uint32_t)i;
    s->index = MT_N;
}

static void init_by_array(RandomState *s, const uint32_t *key, size_t key_length) {
    uint32_t *mt = s->mt;
    init_genrand(s, 19650218U);
    size_t i = 1, j = 0, k = MT_N > key_length ? MT_N : key_length;
    for (; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++, j++;
        if (i >= MT_N) mt[0] = mt[MT_N - 1], i = 1;
        if (j >= key_length) j = 0;
    }
    for (k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= MT_N) mt[0] = mt[MT_N - 1], i = 1;
    }
    mt[0] = 0x80000000U; /* non-zero initial array */
    s->index = MT_N;
    s->has_gauss = 0;
}

/* random(): 53 random bits in [0, 1). */
static double random_double(RandomState *s) {
    Py2cStripe *lk = py2c__lock(s);
    uint32_t a = genrand_next(s) >> 5, b = genrand_next(s) >> 6;
    py2c__unlock(lk);
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/* getrandbits(k) for 0 < k <= 64. */
static uint64_t randbits64(RandomState *s, int k) {
    if (k <= 32) return genrand_uint32(s) >> (32 - k);
    Py2cStripe *lk = py2c__lock(s);
    uint64_t lo = genrand_next(s);
    uint64_t hi = genrand_next(s) >> (64 - k);
    py2c__unlock(lk);
    return lo | hi << 32;
}

/* The int of n little-endian 32-bit words (halves joined by shift and or). */
static Py2cValue int_from_words(const uint32_t *w, size_t n) {
    if (n <= 2) return py2c_int_from_uint64(n == 0 ? 0 : n == 1 ? w[0] : (uint64_t)w[1] << 32 | w[0]);
    size_t half = n / 2;
    Py2cValue lo = int_from_words(w, half), hi = PY2C_NULL, sh = PY2C_NULL, sh_hi = PY2C_NULL, r = PY2C_NULL;
    if (!PY2C_IS_NULL(lo)) hi = int_from_words(w + half, n - half);
    if (!PY2C_IS_NULL(hi)) sh = py2c_int_from_uint64((uint64_t)half * 32);
    if (!PY2C_IS_NULL(sh)) sh_hi = py2c__long_binary(PY2C_OP_LSHIFT, hi, sh);
    if (!PY2C_IS_NULL(sh_hi)) r = py2c__long_binary(PY2C_OP_OR, sh_hi, lo);
    py2c_decref(lo);
    py2c_decref(hi);
    py2c_decref(sh);
    py2c_decref(sh_hi);
    return r;
}

/* getrandbits(k) for any k >= 0, as an int. */
static Py2cValue randbits(RandomState *s, uint64_t k) {
    if (k == 0) return py2c_int(0);
    if (k <= 64) return py2c_int_from_uint64(randbits64(s, (int)k));
    size_t words = (size_t)((k - 1) / 32 + 1);
    uint32_t *w = malloc(words * sizeof *w);
    if (!w) return py2c_error_nomemory();
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t r = genrand_uint32(s);
        if (k < 32) r >>= (32 - k); /* drop the least significant bits */
        w[i] = r;
    }
    Py2cValue v = int_from_words(w, words);
    free(w);
    return v;
}

/* _randbelow_with_getrandbits(n) for 0 < n < 2**64. */
static uint64_t randbelow64(RandomState *s, uint64_t n) {
    int k = 64 - __builtin_clzll(n);
    uint64_t r = randbits64(s, k);
    while (r >= n) r = randbits64(s, k);
    return r;
}

/* _randbelow(n) for an int n > 0. */
static Py2cValue randbelow(RandomState *s, Py2cValue n) {
    if (py2c_is_small_int(n)) return py2c_int((int64_t)randbelow64(s, (uint64_t)py2c_small_int_value(n)));
    uint64_t k = py2c__long_bit_length(n);
    for (;;) {
        Py2cValue r = randbits(s, k);
        if (PY2C_IS_NULL(r) || py2c__long_compare(r, n) < 0) return r;
        py2c_decref(r);
    }
}

/* ---- seeding ----------------------------------------------------------------------- */

/* init_by_array with the 32-bit words of |n| (one 0 word for 0). */
static void seed_from_int(RandomState *s, Py2cValue n) {
    if (py2c_is_big_int(n)) {
        Py2cLong *l = py2c__as_long(n);
        size_t nd = (size_t)(l->size < 0 ? -l->size : l->size);
        init_by_array(s, l->d, nd);
        return;
    }
    int64_t v = py2c_is_bool(n) ? py2c_bool_value(n) : py2c_small_int_value(n);
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    uint32_t key[2] = {(uint32_t)m, (uint32_t)(m >> 32)};
    init_by_array(s, key, key[1] ? 2 : 1);
}

/* int.from_bytes(data + sha512(data).digest(), 'big') as key words. */
static int seed_from_bytes(RandomState *s, const unsigned char *data, size_t len) {
    unsigned char *buf = malloc(len + 64);
    if (!buf) return py2c_error_nomemory(), -1;
    memcpy(buf, data, len);
    py2c__sha512(data, len, buf + len);
    size_t n = len + 64, start = 0;
    while (start < n && buf[start] == 0) start++; /* leading zero bytes add nothing */
    size_t nbytes = n - start, words = nbytes ? (nbytes + 3) / 4 : 1;
    uint32_t *key = calloc(words, sizeof *key);
    if (!key) {
        free(buf);
        return py2c_error_nomemory(), -1;
    }
    for (size_t i = 0; i < nbytes; i++) key[i / 4] |= (uint32_t)buf[n - 1 - i] << (8 * (i % 4));
    init_by_array(s, key, words);
    free(key);
    free(buf);
    return 0;
}

static void seed_from_os(RandomState *s) {
    uint32_t key[MT_N];
    size_t got = 0;
    FILE *f = fopen("/dev/urandom", "rb");
    if (f) {
        got = fread(key, sizeof key[0], MT_N, f);
        fclose(f);
    }
    if (got < MT_N) { /* no entropy source: the time and pid, as CPython's fallback */
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        key[0] = (uint32_t)ts.tv_sec, key[1] = (uint32_t)ts.tv_nsec, key[2] = (uint32_t)getpid();
        got = 3;
    }
    init_by_array(s, key, got);
}

static int seed_value(RandomState *s, Py2cValue a) {
    if (PY2C_IS_NULL(a) || py2c_is_none(a)) {
        seed_from_os(s);
        return 0;
    }
    if (py2c_is_int(a)) {
        seed_from_int(s, a);
        return 0;
    }
    if (py2c_is_str(a)) {
        int64_t len;
        const char *data = py2c_str_utf8(a, &len);
        return seed_from_bytes(s, (const unsigned char *)data, (size_t)len);
    }
    if (py2c_is_bytes(a)) {
        Py2cBytes *b = py2c_bytes_ptr(a);
        return seed_from_bytes(s, (const unsigned char *)b->data, (size_t)b->len);
    }
    if (py2c_is_float(a)) { /* the hash, as a size_t */
        Py2cHash h = py2c_hash(a);
        uint64_t m = (uint64_t)h;
        uint32_t key[2] = {(uint32_t)m, (uint32_t)(m >> 32)};
        init_by_array(s, key, key[1] ? 2 : 1);
        return 0;
    }
    (void)py2c_error_format(&py2c_exc_TypeError, "The only supported seed types are: None,\n"
                                                 "int, float, str, bytes, and bytearray.");
    return -1;
}

/* Version 1 seeding of str and bytes (Python 2's string hash, 64 bits):
 * bytes count as Latin-1 text. */
static void seed_version1(RandomState *s, Py2cValue a) {
    const unsigned char *p;
    int64_t n;
    int is_str = py2c_is_str(a);
    if (is_str) {
        p = (const unsigned char *)py2c_str_utf8(a, &n);
    } else {
        p = (const unsigned char *)py2c_bytes_ptr(a)->data;
        n = py2c_bytes_ptr(a)->len;
    }
    uint64_t x = 0, count = 0;
    for (int64_t i = 0; i < n;) {
        uint32_t c = p[i++];
        if (is_str && c >= 0x80) { /* decode one UTF-8 sequence (the str is valid UTF-8) */
            int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
            c &= 0x3Fu >> extra;
            for (int k = 0; k < extra && i < n; k++) c = c << 6 | (p[i++] & 0x3Fu);
        }
        if (count++ == 0) x = (uint64_t)c << 7;
        x = (1000003 * x) ^ c;
    }
    x ^= count;
    uint32_t key[2] = {(uint32_t)x, (uint32_t)(x >> 32)};
    init_by_array(s, key, key[1] ? 2 : 1);
}

/* ---- the state of a call ----------------------------------------------------------- */

extern const Py2cType py2c__random_type;

static RandomState *state_of(Py2cValue self) {
    if (py2c_is_obj(self) && py2c_obj_ptr(self)->type == &py2c__random_type)
        return &((RandomObject *)py2c_obj_ptr(self))->st;
    if (!atomic_load_explicit(&global_seeded, memory_order_acquire)) {
        RandomState fresh; /* seeded outside the stripe (it reads /dev/urandom) */
        seed_from_os(&fresh);
        fresh.gauss_next = 0.0;
        Py2cStripe *lk = py2c__lock(&global_state);
        if (!atomic_load_explicit(&global_seeded, memory_order_relaxed)) {
            global_state = fresh;
            atomic_store_explicit(&global_seeded, 1, memory_order_release);
        }
        py2c__unlock(lk);
    }
    return &global_state;
}

/* Argument parsing with the messages of a Python function (the methods of
 * random.py's Random): npos positional-or-keyword parameters, the first
 * nreq of them required, then keyword-only ones up to n. */
static int py_parse(const char *fname, const char *const *names, int npos, int nreq, int n, const Py2cValue *args,
                    size_t nargs, Py2cValue kwnames, Py2cValue *out) {
    for (int i = 0; i < n; i++) out[i] = (size_t)i < nargs && i < npos ? args[i] : PY2C_NULL;
    size_t nkw = py2c__kw_count(kwnames);
    for (size_t k = 0; k < nkw; k++) {
        Py2cValue name = py2c__kw_name(kwnames, k);
        int i = 0;
        while (i < n && !py2c__str_eq_cstr(name, names[i])) i++;
        const char *text = py2c_str_utf8(name, NULL);
        if (i == n) {
            (void)py2c_error_format(&py2c_exc_TypeError, "Random.%s() got an unexpected keyword argument '%s'", fname,
                                    text);
            return -1;
        }
        if (!PY2C_IS_NULL(out[i])) {
            (void)py2c_error_format(&py2c_exc_TypeError, "Random.%s() got multiple values for argument '%s'", fname,
                                    text);
            return -1;
        }
        out[i] = args[nargs + k];
    }
    if (nargs > (size_t)npos) { /* counts include self */
        if (nreq == npos)
            (void)py2c_error_format(&py2c_exc_TypeError, "Random.%s() takes %d positional argument%s but %zu were given",
                                    fname, npos + 1, npos ? "s" : "", nargs + 1);
        else
            (void)py2c_error_format(&py2c_exc_TypeError,
                                    "Random.%s() takes from %d to %d positional arguments but %zu were given", fname,
                                    nreq + 1, npos + 1, nargs + 1);
        return -1;
    }
    int missing = 0;
    for (int i = 0; i < nreq; i++) missing += PY2C_IS_NULL(out[i]);
    if (missing) {
        char list[200] = "";
        size_t len = 0;
        for (int i = 0, seen = 0; i < nreq && len < sizeof list - 40; i++) {
            if (!PY2C_IS_NULL(out[i])) continue;
            seen++;
            const char *sep = seen == 1 ? "" : seen < missing ? ", " : missing == 2 ? " and " : ", and ";
            len += (size_t)snprintf(list + len, sizeof list - len, "%s'%s'", sep, names[i]);
        }
        (void)py2c_error_format(&py2c_exc_TypeError, "Random.%s() missing %d required positional argument%s: %s", fname,
                                missing, missing == 1 ? "" : "s", list);
        return -1;
    }
    return 0;
}

#define PARSE(fname, npos, nreq, ...)                                                              \
    static const char *const names[] = {__VA_ARGS__};                                            \
    Py2cValue a[sizeof names / sizeof names[0]];                                                  \
    if (py_parse(fname, names, npos, nreq, (int)(sizeof names / sizeof names[0]), args, nargs, kwnames, a) < 0) \
    return PY2C_NULL

static int arg_double(Py2cValue v, double dflt, double *out) {
    if (PY2C_IS_NULL(v)) {
        *out = dflt;
        return 0;
    }
    return py2c_float_as_double(v, out);
}

/* ---- seed, random, getrandbits, state ------------------------------------------------ */

static Py2cValue rnd_seed(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    PARSE("seed", 2, 0, "a", "version");
    RandomState *s = state_of(self), next;
    memset(&next, 0, sizeof next);
    if (!PY2C_IS_NULL(a[1]) && py2c_is_small_int(a[1]) && py2c_small_int_value(a[1]) == 1 &&
        !PY2C_IS_NULL(a[0]) && (py2c_is_str(a[0]) || py2c_is_bytes(a[0]))) {
        seed_version1(&next, a[0]);
    } else if (seed_value(&next, a[0]) < 0) {
        return PY2C_NULL;
    }
    next.has_gauss = 0;
    Py2cStripe *lk = py2c__lock(s);
    *s = next;
    py2c__unlock(lk);
    return PY2C_NONE;
}

static Py2cValue rnd_random(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__args_no_kw("Random.random", kwnames) < 0) return PY2C_NULL;
    if (nargs) return py2c_error_format(&py2c_exc_TypeError, "Random.random() takes no arguments (%zu given)", nargs);
    return py2c_float(random_double(state_of(self)));
}

static Py2cValue rnd_getrandbits(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__args_no_kw("Random.getrandbits", kwnames) < 0) return PY2C_NULL;
    if (nargs != 1)
        return py2c_error_format(&py2c_exc_TypeError, "Random.getrandbits() takes exactly one argument (%zu given)", nargs);
    int64_t k;
    if (py2c__bltin_as_int64(args[0], &k) < 0) return PY2C_NULL;
    if (k < 0) return py2c_error_format(&py2c_exc_ValueError, "number of bits must be non-negative");
    return randbits(state_of(self), (uint64_t)k);
}

static Py2cValue rnd_randbytes(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    PARSE("randbytes", 1, 1, "n");
    int64_t n;
    if (py2c__bltin_as_int64(a[0], &n) < 0) return PY2C_NULL;
    if (n < 0) return py2c_error_format(&py2c_exc_ValueError, "number of bits must be non-negative");
    RandomState *s = state_of(self);
    unsigned char *buf = malloc((size_t)n + 4);
    if (!buf) return py2c_error_nomemory();
    /* getrandbits(n * 8).to_bytes(n, 'little') */
    uint64_t k = (uint64_t)n * 8;
    for (size_t i = 0; k > 0; i += 4, k = k > 32 ? k - 32 : 0) {
        uint32_t r = genrand_uint32(s);
        if (k < 32) r >>= (32 - k);
        for (int j = 0; j < 4; j++) buf[i + (size_t)j] = (unsigned char)(r >> (8 * j));
    }
    Py2cValue b = py2c_bytes_from((const char *)buf, (size_t)n);
    free(buf);
    return b;
}

static Py2cValue rnd_getstate(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py_parse("getstate", NULL, 0, 0, 0, args, nargs, kwnames, NULL) < 0) return PY2C_NULL;
    RandomState *s = state_of(self), copy;
    Py2cStripe *lk = py2c__lock(s);
    copy = *s;
    py2c__unlock(lk);
    Py2cValue inner = py2c_tuple_new(MT_N + 1);
    if (PY2C_IS_NULL(inner)) return inner;
    for (int i = 0; i < MT_N; i++) py2c_tuple_ptr(inner)->items[i] = py2c_int(copy.mt[i]);
    py2c_tuple_ptr(inner)->items[MT_N] = py2c_int(copy.index);
    Py2cValue items[3] = {py2c_int(3), inner, copy.has_gauss ? py2c_float(copy.gauss_next) : PY2C_NONE};
    Py2cValue t = py2c_tuple_pack(3, items);
    py2c_decref(inner);
    return t;
}

static Py2cValue rnd_setstate(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    PARSE("setstate", 1, 1, "state");
    Py2cValue state = a[0];
    if (!py2c_is_tuple(state) || py2c_tuple_size(state) != 3 || !py2c_is_int(py2c_tuple_item(state, 0)))
        return py2c_error_format(&py2c_exc_TypeError, "state vector must be a tuple");
    Py2cValue version = py2c_tuple_item(state, 0), inner = py2c_tuple_item(state, 1),
              gauss = py2c_tuple_item(state, 2);
    if (!py2c_is_small_int(version) || (py2c_small_int_value(version) != 3 && py2c_small_int_value(version) != 2)) {
        Py2cValue vs = py2c_repr(version);
        if (PY2C_IS_NULL(vs)) return vs;
        (void)py2c_error_format(&py2c_exc_ValueError, "state with version %s passed to Random.setstate() of version 3",
                                py2c_str_utf8(vs, NULL));
        py2c_decref(vs);
        return PY2C_NULL;
    }
    if (!py2c_is_tuple(inner)) return py2c_error_format(&py2c_exc_TypeError, "state vector must be a tuple");
    if (py2c_tuple_size(inner) != MT_N + 1) return py2c_error_format(&py2c_exc_ValueError, "state vector is the wrong size");
    RandomState next;
    for (int i = 0; i <= MT_N; i++) {
        int64_t v;
        if (py2c__bltin_as_int64(py2c_tuple_item(inner, i), &v) < 0) return PY2C_NULL;
        if (i < MT_N && (v < 0 || v > 0xffffffffLL))
            return py2c_error_format(&py2c_exc_OverflowError, "Python int too large to convert to C unsigned long");
        if (i < MT_N) next.mt[i] = (uint32_t)v;
        else if (v < 0 || v > MT_N) return py2c_error_format(&py2c_exc_ValueError, "invalid state");
        else next.index = (int)v;
    }
    next.has_gauss = !py2c_is_none(gauss);
    next.gauss_next = 0.0;
    if (next.has_gauss && py2c_float_as_double(gauss, &next.gauss_next) < 0) return PY2C_NULL;
    RandomState *s = state_of(self);
    Py2cStripe *lk = py2c__lock(s);
    *s = next;
    py2c__unlock(lk);
    return PY2C_NONE;
}

/* ---- integers: randrange, randint ---------------------------------------------------- */

/* operator.index(v), or int(v) when it equals v (the deprecated float
 * path); what names the argument in "non-integer ... for randrange()". */
static Py2cValue range_index(Py2cValue v, const char *what) {
    if (py2c_is_int(v)) return py2c_number_index(v);
    Py2cValue i = py2c_number_index(v);
    if (!PY2C_IS_NULL(i) || !py2c_error_matches(&py2c_exc_TypeError)) return i;
    py2c_error_clear();
    i = py2c_number_int(v);
    if (PY2C_IS_NULL(i)) return i;
    int eq = py2c_compare_bool(i, v, PY2C_EQ);
    if (eq <= 0) {
        py2c_decref(i);
        if (eq == 0) (void)py2c_error_format(&py2c_exc_ValueError, "non-integer %s for randrange()", what);
        return PY2C_NULL;
    }
    return i;
}

static char *int_text(Py2cValue v) {
    size_t len;
    return py2c__long_to_text(v, 10, &len);
}

static Py2cValue randrange_impl(RandomState *s, Py2cValue start, Py2cValue stop, Py2cValue step) {
    Py2cValue istart = range_index(start, "arg 1"), istop = PY2C_NULL, istep = PY2C_NULL, width = PY2C_NULL,
              n = PY2C_NULL, r = PY2C_NULL, t = PY2C_NULL, result = PY2C_NULL;
    if (PY2C_IS_NULL(istart)) return istart;
    if (PY2C_IS_NULL(stop) || py2c_is_none(stop)) {
        if (!PY2C_IS_NULL(step) && !(py2c_is_small_int(step) && py2c_small_int_value(step) == 1)) {
            (void)py2c_error_format(&py2c_exc_TypeError, "Missing a non-None stop argument");
        } else if (py2c_int_sign(istart) > 0) {
            result = randbelow(s, istart);
        } else {
            (void)py2c_error_format(&py2c_exc_ValueError, "empty range for randrange()");
        }
        goto done;
    }
    istop = range_index(stop, "stop");
    if (PY2C_IS_NULL(istop)) goto done;
    width = py2c__long_binary(PY2C_OP_SUB, istop, istart);
    if (PY2C_IS_NULL(width)) goto done;
    istep = PY2C_IS_NULL(step) ? py2c_int(1) : range_index(step, "step");
    if (PY2C_IS_NULL(istep)) goto done;
    if (py2c_is_small_int(istep) && py2c_small_int_value(istep) == 1) {
        if (py2c_int_sign(width) > 0) {
            r = randbelow(s, width);
            if (!PY2C_IS_NULL(r)) result = py2c__long_binary(PY2C_OP_ADD, istart, r);
        } else {
            char *a = int_text(istart), *b = a ? int_text(istop) : NULL, *c = b ? int_text(width) : NULL;
            if (c) (void)py2c_error_format(&py2c_exc_ValueError, "empty range for randrange() (%s, %s, %s)", a, b, c);
            free(a), free(b), free(c);
        }
        goto done;
    }
    int sign = py2c_int_sign(istep);
    if (sign == 0) {
        (void)py2c_error_format(&py2c_exc_ValueError, "zero step for randrange()");
        goto done;
    }
    /* n = (width + istep -/+ 1) // istep */
    t = py2c__long_binary(PY2C_OP_ADD, width, istep);
    if (PY2C_IS_NULL(t)) goto done;
    {
        Py2cValue t2 = py2c__long_binary(sign > 0 ? PY2C_OP_SUB : PY2C_OP_ADD, t, py2c_int(1));
        py2c_decref(t);
        t = t2;
    }
    if (PY2C_IS_NULL(t)) goto done;
    n = py2c__long_binary(PY2C_OP_FLOORDIV, t, istep);
    if (PY2C_IS_NULL(n)) goto done;
    if (py2c_int_sign(n) <= 0) {
        (void)py2c_error_format(&py2c_exc_ValueError, "empty range for randrange()");
        goto done;
    }
    r = randbelow(s, n);
    if (PY2C_IS_NULL(r)) goto done;
    py2c_decref(t);
    t = py2c__long_binary(PY2C_OP_MUL, istep, r);
    if (!PY2C_IS_NULL(t)) result = py2c__long_binary(PY2C_OP_ADD, istart, t);
done:
    py2c_decref(istart);
    py2c_decref(istop);
    py2c_decref(istep);
    py2c_decref(width);
    py2c_decref(n);
    py2c_decref(r);
    py2c_decref(t);
    return result;
}

static Py2cValue rnd_randrange(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    PARSE("randrange", 3, 1, "start", "stop", "step");
    return randrange_impl(state_of(self), a[0], a[1], a[2]);
}

static Py2cValue rnd_randint(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    PARSE("randint", 2, 2, "a", "b");
    Py2cValue b1 = py2c_binary_op(a[1], py2c_int(1), PY2C_OP_ADD);
    if (PY2C_IS_NULL(b1)) return b1;
    Py2cValue r = randrange_impl(state_of(self), a[0], b1, PY2C_NULL);
    py2c_decref(b1);
    return r;
}

/* ---- sequences: choice, shuffle, sample, choices ----------------------------------- */

/* seq[i] (a new reference); a list's item is read under its stripe. */
static Py2cValue item_at(Py2cValue seq, int64_t i) {
    if (py2c_is_list(seq)) {
        Py2cList *l = py2c_list_ptr(seq);
        Py2cStripe *lk = py2c__lock(l);
        Py2cValue v = PY2C_NULL;
        if (i >= 0 && i < l->size) py2c_incref(v = l->items[i]);
        py2c__unlock(lk);
        if (!PY2C_IS_NULL(v)) return v;
    }
    if (py2c_is_tuple(seq)) {
        Py2cValue v = py2c_tuple_item(seq, i);
        py2c_incref(v);
        return v;
    }
    Py2cValue key = py2c_int_from_int64(i);
    if (PY2C_IS_NULL(key)) return key;
    Py2cValue v = py2c_getitem(seq, key);
    py2c_decref(key);
    return v;
}

/* list.append(seq[i]). */
static int append_item_at(Py2cValue list, Py2cValue seq, int64_t i) {
    Py2cValue v = item_at(seq, i);
    if (PY2C_IS_NULL(v)) return -1;
    int rc = py2c_list_append(list, v);
    py2c_decref(v);
    return rc;
}

static Py2cValue rnd_choice(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    PARSE("choice", 1, 1, "seq");
    int64_t n = py2c_len(a[0]);
    if (n < 0) return PY2C_NULL;
    if (n == 0) return py2c_error_format(&py2c_exc_IndexError, "Cannot choose from an empty sequence");
    return item_at(a[0], (int64_t)randbelow64(state_of(self), (uint64_t)n));
}

static Py2cValue rnd_shuffle(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    PARSE("shuffle", 1, 1, "x");
    Py2cValue x = a[0];
    RandomState *s = state_of(self);
    int64_t n = py2c_len(x);
    if (n < 0) return PY2C_NULL;
    for (int64_t i = n - 1; i >= 1; i--) {
        int64_t j = (int64_t)randbelow64(s, (uint64_t)i + 1);
        if (py2c_is_list(x)) {
            /* one swap under the list's stripe (x[i], x[j] = x[j], x[i] of
             * CPython's random.py is two steps, so no less atomic) */
            Py2cList *l = py2c_list_ptr(x);
            Py2cStripe *lk = py2c__lock(l);
            int same = l->size == n;
            if (same) {
                Py2cValue t = l->items[i];
                l->items[i] = l->items[j];
                l->items[j] = t;
            }
            py2c__unlock(lk);
            if (same) continue;
        }
        /* x[i], x[j] = x[j], x[i] */
        Py2cValue xj = item_at(x, j);
        if (PY2C_IS_NULL(xj)) return xj;
        Py2cValue xi = item_at(x, i);
        if (PY2C_IS_NULL(xi)) {
            py2c_decref(xj);
            return xi;
        }
        Py2cValue ki = py2c_int(i), kj = py2c_int(j);
        int rc = py2c_setitem(x, ki, xj);
        if (rc == 0) rc = py2c_setitem(x, kj, xi);
        py2c_decref(xi);
        py2c_decref(xj);
        if (rc < 0) return PY2C_NULL;
    }
    return PY2C_NONE;
}

/* The k indices sample() picks from a population of n: CPython's two
 * branches (a pool for small populations, a set of picks for large ones),
 * which consume the generator differently. */
static int sample_indices(RandomState *s, int64_t n, int64_t k, int64_t *out) {
    double setsize = 21;
    if (k > 5) setsize += pow(4.0, ceil(log((double)(k * 3)) / log(4.0)));
    if ((double)n <= setsize) {
        int64_t *pool = malloc((size_t)(n ? n : 1) * sizeof *pool);
        if (!pool) return py2c_error_nomemory(), -1;
        for (int64_t i = 0; i < n; i++) pool[i] = i;
        for (int64_t i = 0; i < k; i++) {
            int64_t j = (int64_t)randbelow64(s, (uint64_t)(n - i));
            out[i] = pool[j];
            pool[j] = pool[n - i - 1];
        }
        free(pool);
        return 0;
    }
    /* an open-addressing set of the picked indices (stored + 1; 0 = empty) */
    size_t cap = 16;
    while (cap < (size_t)k * 2 + 2) cap *= 2;
    uint64_t *set = calloc(cap, sizeof *set);
    if (!set) return py2c_error_nomemory(), -1;
    for (int64_t i = 0; i < k; i++) {
        for (;;) {
            uint64_t j = randbelow64(s, (uint64_t)n);
            size_t h = (size_t)(j * 0x9E3779B97F4A7C15ULL) & (cap - 1);
            while (set[h] && set[h] != j + 1) h = (h + 1) & (cap - 1);
            if (set[h]) continue; /* already selected: draw again */
            set[h] = j + 1;
            out[i] = (int64_t)j;
            break;
        }
    }
    free(set);
    return 0;
}

static int is_sequence(Py2cValue v) {
    if (py2c_is_list(v) || py2c_is_tuple(v) || py2c_is_str(v) || py2c_is_bytes(v)) return 1;
    const Py2cType *t = py2c_type_of(v);
    if (t == &py2c_range_type) return 1;
    if (py2c_is_anyset(v) || t == &py2c_dict_type || py2c__is_subtype(t, &py2c_dict_type)) return 0;
    return t->getitem != NULL && t->len != NULL;
}

/* bisect.bisect_right(a, x, 0, hi) over a list. */
static int64_t bisect_right(Py2cValue a, Py2cValue x, int64_t hi, int *err) {
    int64_t lo = 0;
    while (lo < hi) {
        int64_t mid = (lo + hi) / 2;
        int lt = py2c_compare_bool(x, py2c_list_item(a, mid), PY2C_LT);
        if (lt < 0) return *err = 1, 0;
        if (lt) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

/* list(itertools.accumulate(iterable)) */
static Py2cValue accumulate(Py2cValue iterable) {
    Py2cValue it = py2c_iter(iterable);
    if (PY2C_IS_NULL(it)) return it;
    Py2cValue out = py2c_list_new(0), acc = PY2C_NULL;
    if (PY2C_IS_NULL(out)) goto fail;
    for (;;) {
        Py2cValue v = py2c_iter_next(it);
        if (PY2C_IS_NULL(v)) {
            if (py2c_error_occurred()) goto fail;
            break;
        }
        if (PY2C_IS_NULL(acc)) {
            acc = v;
        } else {
            Py2cValue sum = py2c_binary_op(acc, v, PY2C_OP_ADD);
            py2c_decref(v);
            py2c_decref(acc);
            acc = sum;
            if (PY2C_IS_NULL(acc)) goto fail;
        }
        if (py2c_list_append(out, acc) < 0) goto fail;
    }
    py2c_decref(acc);
    py2c_decref(it);
    return out;
fail:
    py2c_decref(acc);
    py2c_decref(out);
    py2c_decref(it);
    return PY2C_NULL;
}

static Py2cValue rnd_sample(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    PARSE("sample", 2, 2, "population", "k", "counts");
    Py2cValue pop = a[0], counts = a[2], cum = PY2C_NULL, result = PY2C_NULL;
    RandomState *s = state_of(self);
    if (!is_sequence(pop))
        return py2c_error_format(&py2c_exc_TypeError,
                                 "Population must be a sequence.  For dicts or sets, use sorted(d).");
    int64_t n = py2c_len(pop), k, *picks = NULL, ncum = 0;
    if (n < 0) return PY2C_NULL;
    if (!PY2C_IS_NULL(counts) && !py2c_is_none(counts)) {
        cum = accumulate(counts);
        if (PY2C_IS_NULL(cum)) return cum;
        if (py2c_list_size(cum) != n) {
            (void)py2c_error_format(&py2c_exc_ValueError, "The number of counts does not match the population");
            goto done;
        }
        Py2cValue total = py2c_list_item(cum, n - 1);
        if (!py2c_is_int(total)) {
            (void)py2c_error_format(&py2c_exc_TypeError, "Counts must be integers");
            goto done;
        }
        if (py2c_int_sign(total) <= 0) {
            (void)py2c_error_format(&py2c_exc_ValueError, "Total of counts must be greater than zero");
            goto done;
        }
        ncum = n - 1; /* cum_counts.pop() */
        if (py2c_int_as_int64(total, &n) < 0) goto done;
    }
    if (py2c__bltin_as_int64(a[1], &k) < 0) goto done;
    if (k < 0 || k > n) {
        (void)py2c_error_format(&py2c_exc_ValueError, "Sample larger than population or is negative");
        goto done;
    }
    picks = malloc((size_t)(k ? k : 1) * sizeof *picks);
    if (!picks) {
        (void)py2c_error_nomemory();
        goto done;
    }
    if (sample_indices(s, n, k, picks) < 0) goto done;
    result = py2c_list_new((size_t)k);
    if (PY2C_IS_NULL(result)) goto done;
    for (int64_t i = 0; i < k; i++) {
        int64_t idx = picks[i];
        if (!PY2C_IS_NULL(cum)) {
            int err = 0;
            idx = bisect_right(cum, py2c_int(idx), ncum, &err);
            if (err) goto fail;
        }
        if (append_item_at(result, pop, idx) < 0) goto fail;
    }
    goto done;
fail:
    PY2C_CLEAR(result);
done:
    free(picks);
    py2c_decref(cum);
    return result;
}

static Py2cValue rnd_choices(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    PARSE("choices", 2, 1, "population", "weights", "cum_weights", "k");
    Py2cValue pop = a[0], weights = a[1], cumw = a[2], cum = PY2C_NULL, result = PY2C_NULL;
    RandomState *s = state_of(self);
    int64_t n = py2c_len(pop), k = 1;
    if (n < 0) return PY2C_NULL;
    int has_w = !PY2C_IS_NULL(weights) && !py2c_is_none(weights);
    int has_cw = !PY2C_IS_NULL(cumw) && !py2c_is_none(cumw);
    if (!PY2C_IS_NULL(a[3]) && py2c__bltin_as_int64(a[3], &k) < 0) return PY2C_NULL;
    if (k < 0) k = 0; /* _repeat(None, k) with k < 0 repeats nothing */
    if (!has_cw && !has_w) {
        double nf = (double)n;
        result = py2c_list_new((size_t)k);
        if (PY2C_IS_NULL(result)) return result;
        for (int64_t i = 0; i < k; i++) {
            if (append_item_at(result, pop, (int64_t)floor(random_double(s) * nf)) < 0) {
                py2c_decref(result);
                return PY2C_NULL;
            }
        }
        return result;
    }
    if (!has_cw) {
        cum = accumulate(weights);
        if (PY2C_IS_NULL(cum)) {
            if (py2c_error_matches(&py2c_exc_TypeError) && py2c_is_int(weights)) {
                py2c_error_clear();
                char *t = int_text(weights);
                if (t) (void)py2c_error_format(&py2c_exc_TypeError, "The number of choices must be a keyword argument: k=%s", t);
                free(t);
            }
            return PY2C_NULL;
        }
    } else if (has_w) {
        return py2c_error_format(&py2c_exc_TypeError, "Cannot specify both weights and cumulative weights");
    } else {
        cum = py2c_list_from_iterable(cumw);
        if (PY2C_IS_NULL(cum)) return cum;
    }
    if (py2c_list_size(cum) != n) {
        (void)py2c_error_format(&py2c_exc_ValueError, "The number of weights does not match the population");
        goto done;
    }
    if (n == 0) {
        (void)py2c_error_format(&py2c_exc_IndexError, "list index out of range");
        goto done;
    }
    Py2cValue tv = py2c_binary_op(py2c_list_item(cum, n - 1), py2c_float(0.0), PY2C_OP_ADD);
    if (PY2C_IS_NULL(tv)) goto done;
    double total = py2c_is_float(tv) ? py2c_float_value(tv) : 0.0;
    int tv_float = py2c_is_float(tv);
    py2c_decref(tv);
    if (!tv_float) { /* a user type's __add__: keep CPython's comparison messages out of scope */
        (void)py2c_error_format(&py2c_exc_TypeError, "weights must be numbers");
        goto done;
    }
    if (total <= 0.0) {
        (void)py2c_error_format(&py2c_exc_ValueError, "Total of weights must be greater than zero");
        goto done;
    }
    if (!isfinite(total)) {
        (void)py2c_error_format(&py2c_exc_ValueError, "Total of weights must be finite");
        goto done;
    }
    result = py2c_list_new((size_t)k);
    if (PY2C_IS_NULL(result)) goto done;
    for (int64_t i = 0; i < k; i++) {
        int err = 0;
        int64_t idx = bisect_right(cum, py2c_float(random_double(s) * total), n - 1, &err);
        if (err) goto fail;
        if (append_item_at(result, pop, idx) < 0) goto fail;
    }
    goto done;
fail:
    PY2C_CLEAR(result);
done:
    py2c_decref(cum);
    return result;
}

/* ---- real-valued distributions ----------------------------------------------------- */

static const double TWOPI = 2.0 * 3.141592653589793;

static Py2cValue rnd_uniform(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    PARSE("uniform", 2, 2, "a", "b");
    /* a + (b - a) * random(), in Python arithmetic */
    Py2cValue d = py2c_binary_op(a[1], a[0], PY2C_OP_SUB);
    if (PY2C_IS_NULL(d)) return d;
    Py2cValue m = py2c_binary_op(d, py2c_float(random_double(state_of(self))), PY2C_OP_MUL);
    py2c_decref(d);
    if (PY2C_IS_NULL(m)) return m;
    Py2cValue r = py2c_binary_op(a[0], m, PY2C_OP_ADD);
    py2c_decref(m);
    return r;
}

static Py2cValue rnd_triangular(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    PARSE("triangular", 3, 0, "low", "high", "mode");
    double low, high, mode, c = 0.5;
    if (arg_double(a[0], 0.0, &low) < 0 || arg_double(a[1], 1.0, &high) < 0) return PY2C_NULL;
    double u = random_double(state_of(self));
    if (!PY2C_IS_NULL(a[2]) && !py2c_is_none(a[2])) {
        if (py2c_float_as_double(a[2], &mode) < 0) return PY2C_NULL;
        if (high - low == 0.0) { /* ZeroDivisionError: return low as given */
            Py2cValue l = PY2C_IS_NULL(a[0]) ? py2c_float(0.0) : a[0];
            py2c_incref(l);
            return l;
        }
        c = (mode - low) / (high - low);
    }
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        double t = low;
        low = high;
        high = t;
    }
    return py2c_float(low + (high - low) * sqrt(u * c));
}

static double normalvariate(RandomState *s) {
    static const double nv_magicconst = 1.7155277699214135; /* 4 * exp(-0.5) / sqrt(2.0) */
    for (;;) {
        double u1 = random_double(s), u2 = 1.0 - random_double(s);
        double z = nv_magicconst * (u1 - 0.5) / u2;
        if (z * z / 4.0 <= -log(u2)) return z;
    }
}

static Py2cValue rnd_normalvariate(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    PARSE("normalvariate", 2, 0, "mu", "sigma");
    double mu, sigma;
    if (arg_double(a[0], 0.0, &mu) < 0 || arg_double(a[1], 1.0, &sigma) < 0) return PY2C_NULL;
    return py2c_float(mu + normalvariate(state_of(self)) * sigma);
}

static Py2cValue rnd_lognormvariate(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    PARSE("lognormvariate", 2, 2, "mu", "sigma");
    double mu, sigma;
    if (arg_double(a[0], 0.0, &mu) < 0 || arg_double(a[1], 1.0, &sigma) < 0) return PY2C_NULL;
    double r = exp(mu + normalvariate(state_of(self)) * sigma);
    if (isinf(r)) return py2c_error_format(&py2c_exc_OverflowError, "math range error");
    return py2c_float(r);
}

static Py2cValue rnd_gauss(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    PARSE("gauss", 2, 0, "mu", "sigma");
    double mu, sigma, z;
    if (arg_double(a[0], 0.0, &mu) < 0 || arg_double(a[1], 1.0, &sigma) < 0) return PY2C_NULL;
    RandomState *s = state_of(self);
    Py2cStripe *lk = py2c__lock(s);
    if (s->has_gauss) {
        z = s->gauss_next;
        s->has_gauss = 0;
    } else {
        double x2pi = random_double(s) * TWOPI;
        double g2rad = sqrt(-2.0 * log(1.0 - random_double(s)));
        z = cos(x2pi) * g2rad;
        s->gauss_next = sin(x2pi) * g2rad;
        s->has_gauss = 1;
    }
    py2c__unlock(lk);
    return py2c_float(mu + z * sigma);
}

static Py2cValue rnd_expovariate(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    PARSE("expovariate", 1, 1, "lambd");
    double lambd;
    if (py2c_float_as_double(a[0], &lambd) < 0) return PY2C_NULL;
    double x = -log(1.0 - random_double(state_of(self)));
    if (lambd == 0.0) return py2c_error_format(&py2c_exc_ZeroDivisionError, "float division by zero");
    return py2c_float(x / lambd);
}

/* Python's float %: the result has the sign of the divisor. */
static double py_fmod(double x, double y) {
    double m = fmod(x, y);
    if (m != 0.0) {
        if ((y < 0) != (m < 0)) m += y;
    } else {
        m = copysign(0.0, y);
    }
    return m;
}

static Py2cValue rnd_vonmisesvariate(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    PARSE("vonmisesvariate", 2, 2, "mu", "kappa");
    double mu, kappa, z;
    if (py2c_float_as_double(a[0], &mu) < 0 || py2c_float_as_double(a[1], &kappa) < 0) return PY2C_NULL;
    RandomState *s = state_of(self);
    if (kappa <= 1e-6) return py2c_float(TWOPI * random_double(s));
    double sv = 0.5 / kappa, r = sv + sqrt(1.0 + sv * sv);
    for (;;) {
        double u1 = random_double(s);
        z = cos(3.141592653589793 * u1);
        double d = z / (r + z), u2 = random_double(s);
        if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d)) break;
    }
    double q = 1.0 / r, f = (q + z) / (1.0 + q * z), u3 = random_double(s);
    return py2c_float(u3 > 0.5 ? py_fmod(mu + acos(f), TWOPI) : py_fmod(mu - acos(f), TWOPI));
}

static int gammavariate(RandomState *s, double alpha, double beta, double *out) {
    static const double log4 = 1.3862943611198906, sg_magicconst = 2.504077396776274; /* log(4), 1+log(4.5) */
    if (alpha <= 0.0 || beta <= 0.0) {
        (void)py2c_error_format(&py2c_exc_ValueError, "gammavariate: alpha and beta must be > 0.0");
        return -1;
    }
    if (alpha > 1.0) {
        double ainv = sqrt(2.0 * alpha - 1.0), bbb = alpha - log4, ccc = alpha + ainv;
        for (;;) {
            double u1 = random_double(s);
            if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
            double u2 = 1.0 - random_double(s);
            double v = log(u1 / (1.0 - u1)) / ainv, x = alpha * exp(v), z = u1 * u1 * u2, r = bbb + ccc * v - x;
            if (r + sg_magicconst - 4.5 * z >= 0.0 || r >= log(z)) {
                *out = x * beta;
                return 0;
            }
        }
    }
    if (alpha == 1.0) {
        *out = -log(1.0 - random_double(s)) * beta;
        return 0;
    }
    double x;
    for (;;) {
        double u = random_double(s), b = (2.718281828459045 + alpha) / 2.718281828459045, p = b * u;
        x = p <= 1.0 ? pow(p, 1.0 / alpha) : -log((b - p) / alpha);
        double u1 = random_double(s);
        if (p > 1.0) {
            if (u1 <= pow(x, alpha - 1.0)) break;
        } else if (u1 <= exp(-x)) {
            break;
        }
    }
    *out = x * beta;
    return 0;
}

static Py2cValue rnd_gammavariate(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    PARSE("gammavariate", 2, 2, "alpha", "beta");
    double alpha, beta, r;
    if (py2c_float_as_double(a[0], &alpha) < 0 || py2c_float_as_double(a[1], &beta) < 0) return PY2C_NULL;
    if (gammavariate(state_of(self), alpha, beta, &r) < 0) return PY2C_NULL;
    return py2c_float(r);
}

static Py2cValue rnd_betavariate(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    PARSE("betavariate", 2, 2, "alpha", "beta");
    double alpha, beta, y, y2;
    if (py2c_float_as_double(a[0], &alpha) < 0 || py2c_float_as_double(a[1], &beta) < 0) return PY2C_NULL;
    RandomState *s = state_of(self);
    if (gammavariate(s, alpha, 1.0, &y) < 0) return PY2C_NULL;
    if (y == 0.0) return py2c_float(0.0);
    if (gammavariate(s, beta, 1.0, &y2) < 0) return PY2C_NULL;
    return py2c_float(y / (y + y2));
}

static Py2cValue rnd_paretovariate(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    PARSE("paretovariate", 1, 1, "alpha");
    double alpha;
    if (py2c_float_as_double(a[0], &alpha) < 0) return PY2C_NULL;
    double u = 1.0 - random_double(state_of(self));
    if (alpha == 0.0) return py2c_error_format(&py2c_exc_ZeroDivisionError, "float division by zero");
    return py2c_float(pow(u, -1.0 / alpha));
}

static Py2cValue rnd_weibullvariate(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    PARSE("weibullvariate", 2, 2, "alpha", "beta");
    double alpha, beta;
    if (py2c_float_as_double(a[0], &alpha) < 0 || py2c_float_as_double(a[1], &beta) < 0) return PY2C_NULL;
    double u = 1.0 - random_double(state_of(self));
    if (beta == 0.0) return py2c_error_format(&py2c_exc_ZeroDivisionError, "float division by zero");
    return py2c_float(alpha * pow(-log(u), 1.0 / beta));
}

/* ---- the Random type and the module ------------------------------------------------ */

#define RANDOM_METHODS(X)                                                                                     \
    X(seed) X(random) X(getrandbits) X(randbytes) X(getstate) X(setstate) X(randrange) X(randint) X(choice)     \
        X(shuffle) X(sample) X(choices) X(uniform) X(triangular) X(normalvariate) X(lognormvariate) X(gauss)    \
            X(expovariate) X(vonmisesvariate) X(gammavariate) X(betavariate) X(paretovariate) X(weibullvariate)

static const Py2cMethodDef random_methods[] = {
#define X(name) {#name, rnd_##name},
    RANDOM_METHODS(X)
#undef X
    {NULL, NULL}};

static Py2cValue random_new(Py2cValue cls, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)cls;
    if (py2c__args_no_kw("Random", kwnames) < 0) return PY2C_NULL;
    if (nargs > 1) return py2c_error_format(&py2c_exc_TypeError, "Random() expected at most 1 argument, got %zu", nargs);
    RandomObject *r = (RandomObject *)py2c__object_new(&py2c__random_type, sizeof *r);
    if (!r) return PY2C_NULL;
    Py2cValue v = py2c_obj_value(&r->ob);
    if (seed_value(&r->st, nargs ? args[0] : PY2C_NULL) < 0) {
        py2c_decref(v);
        return PY2C_NULL;
    }
    r->st.has_gauss = 0;
    return v;
}

static void random_dealloc(Py2cObject *o) { free(o); }

const Py2cType py2c__random_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "Random",
    .module = "random",
    .base = &py2c_object_type,
    .basicsize = sizeof(RandomObject),
    .dealloc = random_dealloc,
    .new_ = random_new,
    .hash = py2c_object_hash,
    .methods = random_methods,
};

#define X(name) static PY2C_BUILTIN_FUNCTION(f_##name, #name, rnd_##name);
RANDOM_METHODS(X)
#undef X

Py2cValue py2c__module_init_random(void) {
    Py2cValue m = py2c_module_new("random");
    if (PY2C_IS_NULL(m)) return m;
    static Py2cBuiltinFunction *const funcs[] = {
#define X(name) &f_##name,
        RANDOM_METHODS(X)
#undef X
    };
    for (size_t i = 0; i < sizeof funcs / sizeof funcs[0]; i++)
        if (py2c_module_add(m, funcs[i]->name, py2c_obj_value(&funcs[i]->ob)) < 0) goto fail;
    if (py2c_module_add(m, "Random", py2c_type_value(&py2c__random_type)) < 0) goto fail;
    return m;
fail:
    py2c_decref(m);
    return PY2C_NULL;
}
