/* The methods of bytes (CPython's Objects/bytesobject.c and
 * Objects/bytes_methods.c): searching, splitting, joining, stripping,
 * replacing, ASCII case mapping and tests, padding, codecs, hex. Character
 * classes are ASCII's (Py_ISSPACE etc.); messages are CPython 3.11's. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "str_internal.h"

static Py2cBytes *bp(Py2cValue v) { return py2c_bytes_ptr(v); }

static Py2cValue new_bytes(const char *d, int64_t n) { return py2c_bytes_from(d, (size_t)n); }

/* self[a:b] (self itself when that is all of it). */
static Py2cValue sub_bytes(Py2cValue self, int64_t a, int64_t b) {
    if (a == 0 && b == bp(self)->len) {
        py2c_incref(self);
        return self;
    }
    return new_bytes(bp(self)->data + a, b - a);
}

/* ASCII character classes (pyctype.h). */
static int c_space(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }
static int c_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static int c_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static int c_alpha(unsigned char c) { return c_lower(c) || c_upper(c); }
static int c_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static int c_alnum(unsigned char c) { return c_alpha(c) || c_digit(c); }
static unsigned char to_upper(unsigned char c) { return c_lower(c) ? (unsigned char)(c - 32) : c; }
static unsigned char to_lower(unsigned char c) { return c_upper(c) ? (unsigned char)(c + 32) : c; }

/* A bytes argument: "a bytes-like object is required, not 'str'". */
static int buf_arg(Py2cValue v, const char **d, int64_t *n) {
    if (!py2c_is_bytes(v)) {
        (void)py2c_error_format(&py2c_exc_TypeError, "a bytes-like object is required, not '%s'",
                                py2c_type_name(v));
        return -1;
    }
    *d = bp(v)->data;
    *n = bp(v)->len;
    return 0;
}

/* A growing byte buffer for results. */
typedef struct Buf {
    char *data;
    int64_t len, cap;
} Buf;

static int buf_add(Buf *b, const char *s, int64_t n) {
    if (b->len + n > b->cap) {
        int64_t cap = b->cap ? b->cap : 64;
        while (cap < b->len + n) cap *= 2;
        char *d = realloc(b->data, (size_t)cap);
        if (!d) return (void)py2c_error_nomemory(), -1;
        b->data = d;
        b->cap = cap;
    }
    if (n) memcpy(b->data + b->len, s, (size_t)n);
    b->len += n;
    return 0;
}

static Py2cValue buf_finish(Buf *b) {
    Py2cValue r = new_bytes(b->data ? b->data : "", b->len);
    free(b->data);
    return r;
}

/* ---- searching --------------------------------------------------------------- */
/* (sub, start, end) of find/rfind/index/rindex/count: sub is bytes or an int
 * in range(256) (copied into *one). */
static int parse_find(const char *name, const Py2cValue *args, size_t nargs, Py2cValue kwnames, char *one,
                      const char **sub, int64_t *subn, int64_t *start, int64_t *end) {
    if (py2c__text_tuple_nargs(name, nargs, kwnames, 1, 3) < 0) return -1;
    if (py2c_is_bytes(args[0])) {
        *sub = bp(args[0])->data;
        *subn = bp(args[0])->len;
    } else {
        int64_t x;
        int r = py2c__as_index(args[0], PY2C_INDEX_CLAMP, &x);
        if (r < 0) return -1;
        if (r > 0) {
            (void)py2c_error_format(&py2c_exc_TypeError, "argument should be integer or bytes-like object, not '%s'",
                                    py2c_type_name(args[0]));
            return -1;
        }
        if (x < 0 || x > 255) {
            (void)py2c_error_format(&py2c_exc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        *one = (char)x;
        *sub = one;
        *subn = 1;
    }
    *start = 0;
    *end = INT64_MAX;
    if (nargs > 1 && py2c__text_slice_index(args[1], start) < 0) return -1;
    if (nargs > 2 && py2c__text_slice_index(args[2], end) < 0) return -1;
    return 0;
}

static Py2cValue find_common(const char *name, Py2cValue self, const Py2cValue *args, size_t nargs,
                             Py2cValue kwnames, int dir, int raise) {
    char one;
    const char *sub;
    int64_t subn, start, end;
    if (parse_find(name, args, nargs, kwnames, &one, &sub, &subn, &start, &end) < 0) return PY2C_NULL;
    Py2cBytes *s = bp(self);
    py2c__text_adjust_indices(&start, &end, s->len);
    int64_t r = -1;
    if (end - start >= subn) {
        r = dir > 0 ? py2c__memfind(s->data + start, end - start, sub, subn)
                    : py2c__memrfind(s->data + start, end - start, sub, subn);
        if (r >= 0) r += start;
    }
    if (r < 0 && raise) return py2c_error_format(&py2c_exc_ValueError, "subsection not found");
    return py2c_int(r);
}

static Py2cValue m_find(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return find_common("find", self, args, nargs, kwnames, 1, 0);
}
static Py2cValue m_rfind(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return find_common("rfind", self, args, nargs, kwnames, -1, 0);
}
static Py2cValue m_index(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return find_common("index", self, args, nargs, kwnames, 1, 1);
}
static Py2cValue m_rindex(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return find_common("rindex", self, args, nargs, kwnames, -1, 1);
}

static Py2cValue m_count(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    char one;
    const char *sub;
    int64_t subn, start, end;
    if (parse_find("count", args, nargs, kwnames, &one, &sub, &subn, &start, &end) < 0) return PY2C_NULL;
    Py2cBytes *s = bp(self);
    py2c__text_adjust_indices(&start, &end, s->len);
    if (end < start) return py2c_int(0);
    if (subn == 0) return py2c_int(end - start + 1);
    int64_t c = 0, i = start;
    for (;;) {
        int64_t f = py2c__memfind(s->data + i, end - i, sub, subn);
        if (f < 0) break;
        c++;
        i += f + subn;
    }
    return py2c_int(c);
}

/* startswith / endswith (CPython's _Py_bytes_tailmatch). */
static int tailmatch(Py2cBytes *s, Py2cValue sub, int64_t start, int64_t end, int ends) {
    const char *d;
    int64_t n;
    if (buf_arg(sub, &d, &n) < 0) return -1;
    py2c__text_adjust_indices(&start, &end, s->len);
    if (!ends) {
        if (start > s->len - n) return 0;
    } else {
        if (end - start < n || start > s->len) return 0;
        if (end - n > start) start = end - n;
    }
    if (end - start < n) return 0;
    return memcmp(s->data + start, d, (size_t)n) == 0;
}

static Py2cValue starts_ends(const char *name, Py2cValue self, const Py2cValue *args, size_t nargs,
                             Py2cValue kwnames, int ends) {
    if (py2c__text_tuple_nargs(name, nargs, kwnames, 1, 3) < 0) return PY2C_NULL;
    int64_t start = 0, end = INT64_MAX;
    if (nargs > 1 && py2c__text_slice_index(args[1], &start) < 0) return PY2C_NULL;
    if (nargs > 2 && py2c__text_slice_index(args[2], &end) < 0) return PY2C_NULL;
    Py2cValue arg = args[0];
    if (py2c_is_tuple(arg)) {
        for (int64_t k = 0; k < py2c_tuple_size(arg); k++) {
            int r = tailmatch(bp(self), py2c_tuple_item(arg, k), start, end, ends);
            if (r != 0) return r < 0 ? PY2C_NULL : PY2C_TRUE;
        }
        return PY2C_FALSE;
    }
    if (!py2c_is_bytes(arg))
        return py2c_error_format(&py2c_exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name,
                                 py2c_type_name(arg));
    return py2c_bool(tailmatch(bp(self), arg, start, end, ends) > 0);
}

static Py2cValue m_startswith(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return starts_ends("startswith", self, args, nargs, kwnames, 0);
}
static Py2cValue m_endswith(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return starts_ends("endswith", self, args, nargs, kwnames, 1);
}

/* ---- splitting and joining --------------------------------------------------------- */
static int list_add(Py2cValue list, Py2cValue self, int64_t a, int64_t b) {
    Py2cValue part = sub_bytes(self, a, b);
    if (PY2C_IS_NULL(part)) return -1;
    int r = py2c_list_append(list, part);
    py2c_decref(part);
    return r;
}

/* (sep, maxsplit) of split/rsplit; *sep NULL for white space. */
static int parse_split(const char *name, const Py2cValue *args, size_t nargs, Py2cValue kwnames, const char **sep,
                       int64_t *sepn, int64_t *maxsplit) {
    static const char *const kwlist[] = {"sep", "maxsplit"};
    Py2cValue a[2];
    if (py2c__text_parse_kw(name, args, nargs, kwnames, kwlist, 2, a) < 0) return -1;
    *sep = NULL;
    *sepn = 0;
    *maxsplit = -1;
    if (!PY2C_IS_NULL(a[0]) && !py2c_is_none(a[0])) {
        if (buf_arg(a[0], sep, sepn) < 0) return -1;
        if (*sepn == 0) return (void)py2c_error_format(&py2c_exc_ValueError, "empty separator"), -1;
    }
    if (!PY2C_IS_NULL(a[1]) && py2c__text_int_arg(a[1], maxsplit) < 0) return -1;
    if (*maxsplit < 0) *maxsplit = INT64_MAX;
    return 0;
}

static Py2cValue m_split(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    const char *sep;
    int64_t sepn, max;
    if (parse_split("split", args, nargs, kwnames, &sep, &sepn, &max) < 0) return PY2C_NULL;
    Py2cValue list = py2c_list_new(0);
    if (PY2C_IS_NULL(list)) return list;
    const unsigned char *s = (const unsigned char *)bp(self)->data;
    int64_t len = bp(self)->len, i = 0;
    if (!sep) {
        while (max-- > 0) {
            while (i < len && c_space(s[i])) i++;
            if (i == len) break;
            int64_t j = i;
            while (i < len && !c_space(s[i])) i++;
            if (list_add(list, self, j, i) < 0) goto fail;
        }
        while (i < len && c_space(s[i])) i++;
        if (i < len && list_add(list, self, i, len) < 0) goto fail;
        return list;
    }
    while (max-- > 0) {
        int64_t f = py2c__memfind((const char *)s + i, len - i, sep, sepn);
        if (f < 0) break;
        if (list_add(list, self, i, i + f) < 0) goto fail;
        i += f + sepn;
    }
    if (list_add(list, self, i, len) < 0) goto fail;
    return list;
fail:
    py2c_decref(list);
    return PY2C_NULL;
}

static Py2cValue m_rsplit(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    const char *sep;
    int64_t sepn, max;
    if (parse_split("rsplit", args, nargs, kwnames, &sep, &sepn, &max) < 0) return PY2C_NULL;
    Py2cValue list = py2c_list_new(0);
    if (PY2C_IS_NULL(list)) return list;
    const unsigned char *s = (const unsigned char *)bp(self)->data;
    int64_t j = bp(self)->len;
    if (!sep) {
        int64_t i = j - 1;
        while (max-- > 0) {
            while (i >= 0 && c_space(s[i])) i--;
            if (i < 0) break;
            int64_t e = i + 1;
            while (i >= 0 && !c_space(s[i])) i--;
            if (list_add(list, self, i + 1, e) < 0) goto fail;
        }
        while (i >= 0 && c_space(s[i])) i--;
        if (i >= 0 && list_add(list, self, 0, i + 1) < 0) goto fail;
    } else {
        while (max-- > 0) {
            int64_t f = py2c__memrfind((const char *)s, j, sep, sepn);
            if (f < 0) break;
            if (list_add(list, self, f + sepn, j) < 0) goto fail;
            j = f;
        }
        if (list_add(list, self, 0, j) < 0) goto fail;
    }
    py2c_list_reverse(list);
    return list;
fail:
    py2c_decref(list);
    return PY2C_NULL;
}

static Py2cValue m_join(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__text_onearg("bytes.join", nargs, kwnames) < 0) return PY2C_NULL;
    if (!py2c_type_of(args[0])->iter) return py2c_error_format(&py2c_exc_TypeError, "can only join an iterable");
    Py2cValue it = py2c_iter(args[0]);
    if (PY2C_IS_NULL(it)) return it;
    Buf b = {NULL, 0, 0};
    for (int64_t k = 0;; k++) {
        Py2cValue x = py2c_iter_next(it);
        if (PY2C_IS_NULL(x)) {
            if (py2c_error_occurred()) goto fail;
            break;
        }
        if (!py2c_is_bytes(x)) {
            (void)py2c_error_format(&py2c_exc_TypeError, "sequence item %lld: expected a bytes-like object, %s found",
                                    (long long)k, py2c_type_name(x));
            py2c_decref(x);
            goto fail;
        }
        int r = (k > 0 ? buf_add(&b, bp(self)->data, bp(self)->len) : 0) < 0 ? -1
                                                                               : buf_add(&b, bp(x)->data, bp(x)->len);
        py2c_decref(x);
        if (r < 0) goto fail;
    }
    py2c_decref(it);
    return buf_finish(&b);
fail:
    py2c_decref(it);
    free(b.data);
    return PY2C_NULL;
}

static Py2cValue m_splitlines(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    static const char *const kwlist[] = {"keepends"};
    Py2cValue a[1];
    if (py2c__text_parse_kw("splitlines", args, nargs, kwnames, kwlist, 1, a) < 0) return PY2C_NULL;
    int64_t keep = 0;
    if (!PY2C_IS_NULL(a[0]) && py2c__text_int_arg(a[0], &keep) < 0) return PY2C_NULL;
    Py2cValue list = py2c_list_new(0);
    if (PY2C_IS_NULL(list)) return list;
    const char *s = bp(self)->data;
    int64_t len = bp(self)->len, i = 0;
    while (i < len) {
        int64_t j = i;
        while (i < len && s[i] != '\n' && s[i] != '\r') i++;
        int64_t eol = i;
        if (i < len) i += s[i] == '\r' && i + 1 < len && s[i + 1] == '\n' ? 2 : 1;
        if (list_add(list, self, j, keep ? i : eol) < 0) {
            py2c_decref(list);
            return PY2C_NULL;
        }
    }
    return list;
}

static Py2cValue partition(const char *qual, Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames,
                           int right) {
    if (py2c__text_onearg(qual, nargs, kwnames) < 0) return PY2C_NULL;
    const char *sep;
    int64_t sepn;
    if (buf_arg(args[0], &sep, &sepn) < 0) return PY2C_NULL;
    if (sepn == 0) return py2c_error_format(&py2c_exc_ValueError, "empty separator");
    Py2cBytes *s = bp(self);
    int64_t f = right ? py2c__memrfind(s->data, s->len, sep, sepn) : py2c__memfind(s->data, s->len, sep, sepn);
    Py2cValue parts[3];
    if (f < 0) {
        Py2cValue empty = new_bytes("", 0);
        if (PY2C_IS_NULL(empty)) return empty;
        parts[0] = right ? empty : self;
        parts[1] = empty;
        parts[2] = right ? self : empty;
        Py2cValue t = py2c_tuple_pack(3, parts);
        py2c_decref(empty);
        return t;
    }
    parts[0] = sub_bytes(self, 0, f);
    parts[1] = args[0];
    parts[2] = sub_bytes(self, f + sepn, s->len);
    Py2cValue t = PY2C_IS_NULL(parts[0]) || PY2C_IS_NULL(parts[2]) ? PY2C_NULL : py2c_tuple_pack(3, parts);
    py2c_decref(parts[0]);
    py2c_decref(parts[2]);
    return t;
}

static Py2cValue m_partition(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return partition("bytes.partition", self, args, nargs, kwnames, 0);
}
static Py2cValue m_rpartition(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return partition("bytes.rpartition", self, args, nargs, kwnames, 1);
}

/* ---- stripping and replacing ------------------------------------------------------- */
static Py2cValue strip(const char *qual, const char *name, Py2cValue self, const Py2cValue *args, size_t nargs,
                       Py2cValue kwnames, int left, int right) {
    if (py2c__text_clinic_nargs(qual, name, nargs, kwnames, 0, 1) < 0) return PY2C_NULL;
    const char *chars = NULL;
    int64_t nchars = 0;
    if (nargs == 1 && !py2c_is_none(args[0]) && buf_arg(args[0], &chars, &nchars) < 0) return PY2C_NULL;
    const unsigned char *s = (const unsigned char *)bp(self)->data;
    int64_t a = 0, z = bp(self)->len;
#define STRIPPED(c) (chars ? nchars > 0 && memchr(chars, (c), (size_t)nchars) != NULL : c_space(c))
    if (left)
        while (a < z && STRIPPED(s[a])) a++;
    if (right)
        while (z > a && STRIPPED(s[z - 1])) z--;
#undef STRIPPED
    return sub_bytes(self, a, z);
}

static Py2cValue m_strip(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return strip("bytes.strip", "strip", self, args, nargs, kwnames, 1, 1);
}
static Py2cValue m_lstrip(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return strip("bytes.lstrip", "lstrip", self, args, nargs, kwnames, 1, 0);
}
static Py2cValue m_rstrip(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return strip("bytes.rstrip", "rstrip", self, args, nargs, kwnames, 0, 1);
}

static Py2cValue m_replace(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__text_clinic_nargs("bytes.replace", "replace", nargs, kwnames, 2, 3) < 0) return PY2C_NULL;
    const char *old, *new_;
    int64_t on, nn, count = -1;
    if (buf_arg(args[0], &old, &on) < 0 || buf_arg(args[1], &new_, &nn) < 0) return PY2C_NULL;
    if (nargs == 3 && py2c__text_int_arg(args[2], &count) < 0) return PY2C_NULL;
    if (count < 0) count = INT64_MAX;
    Py2cBytes *s = bp(self);
    Buf b = {NULL, 0, 0};
    int64_t i = 0;
    if (on == 0) {
        for (; count > 0 && i <= s->len; count--) {
            if (buf_add(&b, new_, nn) < 0) goto fail;
            if (i < s->len && buf_add(&b, s->data + i, 1) < 0) goto fail;
            i++;
        }
    } else {
        for (; count > 0; count--) {
            int64_t f = py2c__memfind(s->data + i, s->len - i, old, on);
            if (f < 0) break;
            if (buf_add(&b, s->data + i, f) < 0 || buf_add(&b, new_, nn) < 0) goto fail;
            i += f + on;
        }
    }
    if (i < s->len && buf_add(&b, s->data + i, s->len - i) < 0) goto fail;
    return buf_finish(&b);
fail:
    free(b.data);
    return PY2C_NULL;
}

static Py2cValue affix(const char *qual, Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames,
                       int suffix) {
    if (py2c__text_onearg(qual, nargs, kwnames) < 0) return PY2C_NULL;
    const char *p;
    int64_t n;
    if (buf_arg(args[0], &p, &n) < 0) return PY2C_NULL;
    Py2cBytes *s = bp(self);
    if (n == 0 || n > s->len) return sub_bytes(self, 0, s->len);
    if (!suffix && memcmp(s->data, p, (size_t)n) == 0) return sub_bytes(self, n, s->len);
    if (suffix && memcmp(s->data + s->len - n, p, (size_t)n) == 0) return sub_bytes(self, 0, s->len - n);
    return sub_bytes(self, 0, s->len);
}

static Py2cValue m_removeprefix(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return affix("bytes.removeprefix", self, args, nargs, kwnames, 0);
}
static Py2cValue m_removesuffix(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return affix("bytes.removesuffix", self, args, nargs, kwnames, 1);
}

/* ---- case mapping and tests ------------------------------------------------------- */
enum { UPPER, LOWER, SWAP, CAPITALIZE, TITLE };

static Py2cValue map_case(const char *qual, Py2cValue self, size_t nargs, Py2cValue kwnames, int how) {
    if (py2c__text_noargs(qual, nargs, kwnames) < 0) return PY2C_NULL;
    Py2cBytes *s = bp(self);
    Py2cBytes *r = py2c__bytes_alloc(s->len);
    if (!r) return PY2C_NULL;
    int prev_cased = 0;
    for (int64_t i = 0; i < s->len; i++) {
        unsigned char c = (unsigned char)s->data[i];
        switch (how) {
        case UPPER: c = to_upper(c); break;
        case LOWER: c = to_lower(c); break;
        case SWAP: c = c_lower(c) ? to_upper(c) : to_lower(c); break;
        case CAPITALIZE: c = i == 0 ? to_upper(c) : to_lower(c); break;
        case TITLE:
            c = prev_cased ? to_lower(c) : to_upper(c);
            prev_cased = c_alpha(c);
            break;
        }
        r->data[i] = (char)c;
    }
    return py2c_obj_value(&r->ob);
}

#define CASE_METHOD(name, how)                                                                     \
    static Py2cValue m_##name(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) { \
        (void)args;                                                                                \
        return map_case("bytes." #name, self, nargs, kwnames, how);                                \
    }
CASE_METHOD(upper, UPPER)
CASE_METHOD(lower, LOWER)
CASE_METHOD(swapcase, SWAP)
CASE_METHOD(capitalize, CAPITALIZE)
CASE_METHOD(title, TITLE)

/* isalnum, isalpha, isdigit, isspace: non-empty and every byte in the class. */
static Py2cValue all_of(const char *qual, Py2cValue self, size_t nargs, Py2cValue kwnames, int (*cls)(unsigned char)) {
    if (py2c__text_noargs(qual, nargs, kwnames) < 0) return PY2C_NULL;
    Py2cBytes *s = bp(self);
    if (s->len == 0) return PY2C_FALSE;
    for (int64_t i = 0; i < s->len; i++)
        if (!cls((unsigned char)s->data[i])) return PY2C_FALSE;
    return PY2C_TRUE;
}

#define CLASS_METHOD(name, cls)                                                                    \
    static Py2cValue m_##name(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) { \
        (void)args;                                                                                \
        return all_of("bytes." #name, self, nargs, kwnames, cls);                                  \
    }
CLASS_METHOD(isalnum, c_alnum)
CLASS_METHOD(isalpha, c_alpha)
CLASS_METHOD(isdigit, c_digit)
CLASS_METHOD(isspace, c_space)

/* islower / isupper: some cased byte, none of the other case. */
static Py2cValue cased(const char *qual, Py2cValue self, size_t nargs, Py2cValue kwnames, int upper) {
    if (py2c__text_noargs(qual, nargs, kwnames) < 0) return PY2C_NULL;
    Py2cBytes *s = bp(self);
    int seen = 0;
    for (int64_t i = 0; i < s->len; i++) {
        unsigned char c = (unsigned char)s->data[i];
        if (upper ? c_lower(c) : c_upper(c)) return PY2C_FALSE;
        if (upper ? c_upper(c) : c_lower(c)) seen = 1;
    }
    return py2c_bool(seen);
}

static Py2cValue m_islower(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    return cased("bytes.islower", self, nargs, kwnames, 0);
}
static Py2cValue m_isupper(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    return cased("bytes.isupper", self, nargs, kwnames, 1);
}

static Py2cValue m_istitle(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__text_noargs("bytes.istitle", nargs, kwnames) < 0) return PY2C_NULL;
    Py2cBytes *s = bp(self);
    int cased_seen = 0, prev_cased = 0;
    for (int64_t i = 0; i < s->len; i++) {
        unsigned char c = (unsigned char)s->data[i];
        if (c_upper(c)) {
            if (prev_cased) return PY2C_FALSE;
            prev_cased = cased_seen = 1;
        } else if (c_lower(c)) {
            if (!prev_cased) return PY2C_FALSE;
            prev_cased = cased_seen = 1;
        } else {
            prev_cased = 0;
        }
    }
    return py2c_bool(cased_seen);
}

static Py2cValue m_isascii(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__text_noargs("bytes.isascii", nargs, kwnames) < 0) return PY2C_NULL;
    Py2cBytes *s = bp(self);
    for (int64_t i = 0; i < s->len; i++)
        if ((unsigned char)s->data[i] >= 0x80) return PY2C_FALSE;
    return PY2C_TRUE;
}

/* ---- padding ----------------------------------------------------------------------- */
static Py2cValue pad(Py2cValue self, int64_t left, int64_t right, char fill) {
    Py2cBytes *s = bp(self);
    if (left <= 0 && right <= 0) return sub_bytes(self, 0, s->len);
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    Py2cBytes *r = py2c__bytes_alloc(left + s->len + right);
    if (!r) return PY2C_NULL;
    memset(r->data, fill, (size_t)left);
    memcpy(r->data + left, s->data, (size_t)s->len);
    memset(r->data + left + s->len, fill, (size_t)right);
    return py2c_obj_value(&r->ob);
}

/* center/ljust/rjust(width[, fillchar]): how 0 center, 1 ljust, 2 rjust. */
static Py2cValue justify(const char *name, const char *qual, Py2cValue self, const Py2cValue *args, size_t nargs,
                         Py2cValue kwnames, int how) {
    if (py2c__text_clinic_nargs(qual, name, nargs, kwnames, 1, 2) < 0) return PY2C_NULL;
    int64_t width;
    if (py2c__text_int_arg(args[0], &width) < 0) return PY2C_NULL;
    char fill = ' ';
    if (nargs == 2) {
        if (!py2c_is_bytes(args[1]) || bp(args[1])->len != 1)
            return py2c_error_format(&py2c_exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %s",
                                     name, py2c_type_name(args[1]));
        fill = bp(args[1])->data[0];
    }
    int64_t len = bp(self)->len;
    if (width <= len) return sub_bytes(self, 0, len);
    int64_t marg = width - len;
    if (how == 1) return pad(self, 0, marg, fill);
    if (how == 2) return pad(self, marg, 0, fill);
    int64_t left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

static Py2cValue m_center(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return justify("center", "bytes.center", self, args, nargs, kwnames, 0);
}
static Py2cValue m_ljust(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return justify("ljust", "bytes.ljust", self, args, nargs, kwnames, 1);
}
static Py2cValue m_rjust(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return justify("rjust", "bytes.rjust", self, args, nargs, kwnames, 2);
}

static Py2cValue m_zfill(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__text_onearg("bytes.zfill", nargs, kwnames) < 0) return PY2C_NULL;
    int64_t width;
    if (py2c__text_int_arg(args[0], &width) < 0) return PY2C_NULL;
    Py2cBytes *s = bp(self);
    if (width <= s->len) return sub_bytes(self, 0, s->len);
    Py2cValue r = pad(self, width - s->len, 0, '0');
    if (PY2C_IS_NULL(r)) return r;
    Py2cBytes *p = bp(r);
    int64_t fill = width - s->len;
    if (p->data[fill] == '+' || p->data[fill] == '-') {
        p->data[0] = p->data[fill];
        p->data[fill] = '0';
    }
    return r;
}

static Py2cValue m_expandtabs(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    static const char *const kwlist[] = {"tabsize"};
    Py2cValue a[1];
    if (py2c__text_parse_kw("expandtabs", args, nargs, kwnames, kwlist, 1, a) < 0) return PY2C_NULL;
    int64_t tab = 8;
    if (!PY2C_IS_NULL(a[0]) && py2c__text_int_arg(a[0], &tab) < 0) return PY2C_NULL;
    Py2cBytes *s = bp(self);
    Buf b = {NULL, 0, 0};
    int64_t col = 0;
    for (int64_t i = 0; i < s->len; i++) {
        char c = s->data[i];
        if (c == '\t') {
            if (tab > 0) {
                int64_t n = tab - col % tab;
                col += n;
                for (; n > 0; n--)
                    if (buf_add(&b, " ", 1) < 0) goto fail;
            }
            continue;
        }
        if (buf_add(&b, &c, 1) < 0) goto fail;
        col = c == '\n' || c == '\r' ? 0 : col + 1;
    }
    return buf_finish(&b);
fail:
    free(b.data);
    return PY2C_NULL;
}

/* ---- translate and maketrans --------------------------------------------------------- */
static Py2cValue m_translate(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    static const char *const kwlist[] = {"table", "delete"};
    Py2cValue a[2];
    if (py2c__text_parse_kw("translate", args, nargs, kwnames, kwlist, 2, a) < 0) return PY2C_NULL;
    if (PY2C_IS_NULL(a[0]))
        return py2c_error_format(&py2c_exc_TypeError, "translate() missing required argument 'table' (pos 1)");
    const char *table = NULL, *del = "";
    int64_t tn = 0, dn = 0;
    if (!py2c_is_none(a[0])) {
        if (buf_arg(a[0], &table, &tn) < 0) return PY2C_NULL;
        if (tn != 256)
            return py2c_error_format(&py2c_exc_ValueError, "translation table must be 256 characters long");
    }
    if (!PY2C_IS_NULL(a[1]) && buf_arg(a[1], &del, &dn) < 0) return PY2C_NULL;
    Py2cBytes *s = bp(self);
    Buf b = {NULL, 0, 0};
    for (int64_t i = 0; i < s->len; i++) {
        unsigned char c = (unsigned char)s->data[i];
        if (dn > 0 && memchr(del, c, (size_t)dn)) continue;
        char o = table ? table[c] : (char)c;
        if (buf_add(&b, &o, 1) < 0) {
            free(b.data);
            return PY2C_NULL;
        }
    }
    return buf_finish(&b);
}

/* bytes.maketrans(frm, to) (a static method: self is ignored). */
static Py2cValue m_maketrans(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (py2c__text_clinic_nargs("maketrans", "maketrans", nargs, kwnames, 2, 2) < 0) return PY2C_NULL;
    const char *f, *t;
    int64_t fn, tn;
    if (buf_arg(args[0], &f, &fn) < 0 || buf_arg(args[1], &t, &tn) < 0) return PY2C_NULL;
    if (fn != tn) return py2c_error_format(&py2c_exc_ValueError, "maketrans arguments must have same length");
    char table[256];
    for (int i = 0; i < 256; i++) table[i] = (char)i;
    for (int64_t i = 0; i < fn; i++) table[(unsigned char)f[i]] = t[i];
    return new_bytes(table, 256);
}

/* ---- codecs and hex --------------------------------------------------------------- */
static Py2cValue m_decode(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    static const char *const kwlist[] = {"encoding", "errors"};
    Py2cValue a[2];
    if (py2c__text_parse_kw("decode", args, nargs, kwnames, kwlist, 2, a) < 0) return PY2C_NULL;
    for (int k = 0; k < 2; k++)
        if (!PY2C_IS_NULL(a[k]) && !py2c_is_str(a[k]))
            return py2c_error_format(&py2c_exc_TypeError, "decode() argument '%s' must be str, not %s", kwlist[k],
                                     py2c_type_name(a[k]));
    Py2cBytes *p = bp(self);
    return py2c__bytes_decode(p->data, p->len, PY2C_IS_NULL(a[0]) ? "utf-8" : py2c_str_utf8(a[0], NULL),
                              PY2C_IS_NULL(a[1]) ? "strict" : py2c_str_utf8(a[1], NULL));
}

/* hex([sep[, bytes_per_sep]]) */
static Py2cValue m_hex(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    static const char *const kwlist[] = {"sep", "bytes_per_sep"};
    Py2cValue a[2];
    if (py2c__text_parse_kw("hex", args, nargs, kwnames, kwlist, 2, a) < 0) return PY2C_NULL;
    uint32_t sep = 0;
    int64_t per = 1;
    if (!PY2C_IS_NULL(a[0]) && !py2c_is_none(a[0])) {
        if (py2c_is_str(a[0]) || py2c_is_bytes(a[0])) {
            int64_t n = py2c_len(a[0]);
            if (n != 1) return py2c_error_format(&py2c_exc_ValueError, "sep must be length 1.");
            sep = py2c_is_str(a[0]) ? (unsigned char)py2c_str_utf8(a[0], NULL)[0] : (unsigned char)bp(a[0])->data[0];
            if (sep >= 0x80) return py2c_error_format(&py2c_exc_ValueError, "sep must be ASCII.");
        } else if (!py2c_type_of(a[0])->len) {
            return py2c_error_format(&py2c_exc_TypeError, "object of type '%s' has no len()", py2c_type_name(a[0]));
        } else {
            return py2c_error_format(&py2c_exc_TypeError, "sep must be str or bytes.");
        }
    }
    if (!PY2C_IS_NULL(a[1]) && py2c__text_int_arg(a[1], &per) < 0) return PY2C_NULL;
    if (per == 0) sep = 0;
    int64_t group = per < 0 ? -per : per;
    Py2cBytes *p = bp(self);
    Py2cTextBuf b;
    py2c__tb_init(&b);
    static const char hex[] = "0123456789abcdef";
    for (int64_t i = 0; i < p->len; i++) {
        if (sep && i > 0 && (per > 0 ? (p->len - i) % group : i % group) == 0) py2c__tb_add_char(&b, sep);
        char two[2] = {hex[(unsigned char)p->data[i] >> 4], hex[p->data[i] & 15]};
        py2c__tb_add(&b, two, 2, 2);
    }
    return py2c__tb_finish(&b);
}

static int hexval(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* bytes.fromhex(string) (a class method). */
static Py2cValue m_fromhex(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (py2c__text_onearg("bytes.fromhex", nargs, kwnames) < 0) return PY2C_NULL;
    if (!py2c_is_str(args[0]))
        return py2c_error_format(&py2c_exc_TypeError, "fromhex() argument must be str, not %s",
                                 py2c_type_name(args[0]));
    int64_t n;
    const unsigned char *s = (const unsigned char *)py2c_str_utf8(args[0], &n);
    int64_t bad = -1;
    for (int64_t i = 0; i < n; i++) /* any non-ASCII character is reported first (as CPython) */
        if (s[i] >= 0x80) {
            bad = py2c__utf8_count((const char *)s, i);
            goto error;
        }
    Buf b = {NULL, 0, 0};
    for (int64_t i = 0; i < n;) {
        if (c_space(s[i])) {
            i++;
            continue;
        }
        int hi = hexval(s[i]), lo = i + 1 < n ? hexval(s[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            free(b.data);
            bad = hi < 0 ? i : i + 1;
            goto error;
        }
        char c = (char)(hi * 16 + lo);
        if (buf_add(&b, &c, 1) < 0) {
            free(b.data);
            return PY2C_NULL;
        }
        i += 2;
    }
    return buf_finish(&b);
error:
    return py2c_error_format(&py2c_exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %lld",
                             (long long)bad);
}

const Py2cMethodDef py2c__bytes_methods[] = {
    {"decode", m_decode},
    {"hex", m_hex},
    {"find", m_find},
    {"rfind", m_rfind},
    {"index", m_index},
    {"rindex", m_rindex},
    {"count", m_count},
    {"startswith", m_startswith},
    {"endswith", m_endswith},
    {"split", m_split},
    {"rsplit", m_rsplit},
    {"join", m_join},
    {"splitlines", m_splitlines},
    {"partition", m_partition},
    {"rpartition", m_rpartition},
    {"strip", m_strip},
    {"lstrip", m_lstrip},
    {"rstrip", m_rstrip},
    {"replace", m_replace},
    {"removeprefix", m_removeprefix},
    {"removesuffix", m_removesuffix},
    {"upper", m_upper},
    {"lower", m_lower},
    {"swapcase", m_swapcase},
    {"capitalize", m_capitalize},
    {"title", m_title},
    {"isalnum", m_isalnum},
    {"isalpha", m_isalpha},
    {"isdigit", m_isdigit},
    {"isspace", m_isspace},
    {"islower", m_islower},
    {"isupper", m_isupper},
    {"istitle", m_istitle},
    {"isascii", m_isascii},
    {"center", m_center},
    {"ljust", m_ljust},
    {"rjust", m_rjust},
    {"zfill", m_zfill},
    {"expandtabs", m_expandtabs},
    {"translate", m_translate},
    {NULL, NULL},
};

const Py2cMethodDef py2c__bytes_classmethods[] = {
    {"fromhex", m_fromhex},
    {"maketrans", m_maketrans},
    {NULL, NULL},
};
