/* The methods of str (CPython's Objects/unicodeobject.c), with CPython 3.11's
 * argument handling and messages. Text is searched as UTF-8 bytes (a valid
 * UTF-8 needle only matches at character boundaries); character positions
 * are converted at the edges. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "container_internal.h"
#include "str_internal.h"

/* ---- arguments ------------------------------------------------------------- */
size_t py2c__text_nkw(Py2cValue kwnames) {
    return PY2C_IS_NULL(kwnames) ? 0 : (size_t)py2c_tuple_size(kwnames);
}

static int no_kwargs(const char *qual, Py2cValue kwnames) {
    if (py2c__text_nkw(kwnames) == 0) return 0;
    (void)py2c_error_format(&py2c_exc_TypeError, "%s() takes no keyword arguments", qual);
    return -1;
}

/* "str.upper() takes no arguments (1 given)" */
int py2c__text_noargs(const char *qual, size_t nargs, Py2cValue kwnames) {
    if (no_kwargs(qual, kwnames) < 0) return -1;
    if (nargs == 0) return 0;
    (void)py2c_error_format(&py2c_exc_TypeError, "%s() takes no arguments (%zu given)", qual, nargs);
    return -1;
}

/* "str.join() takes exactly one argument (0 given)" */
static int onearg(const char *qual, size_t nargs, Py2cValue kwnames) {
    if (no_kwargs(qual, kwnames) < 0) return -1;
    if (nargs == 1) return 0;
    (void)py2c_error_format(&py2c_exc_TypeError, "%s() takes exactly one argument (%zu given)", qual, nargs);
    return -1;
}

/* Argument Clinic positional-only: "strip expected at most 1 argument, got 2". */
static int clinic_nargs(const char *qual, const char *name, size_t nargs, Py2cValue kwnames, size_t min, size_t max) {
    if (no_kwargs(qual, kwnames) < 0) return -1;
    if (nargs < min) {
        (void)py2c_error_format(&py2c_exc_TypeError, "%s expected at least %zu argument%s, got %zu", name, min,
                                min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        (void)py2c_error_format(&py2c_exc_TypeError, "%s expected at most %zu argument%s, got %zu", name, max,
                                max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

/* PyArg_ParseTuple style: "find() takes at least 1 argument (0 given)". */
static int tuple_nargs(const char *name, size_t nargs, Py2cValue kwnames, size_t min, size_t max) {
    if (no_kwargs(name, kwnames) < 0) return -1;
    if (nargs < min || nargs > max) {
        size_t lim = nargs < min ? min : max;
        (void)py2c_error_format(&py2c_exc_TypeError, "%s() takes %s %zu argument%s (%zu given)", name,
                                nargs < min ? "at least" : "at most", lim, lim == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

/* Methods with keyword parameters: out[i] is the argument for kwlist[i], or
 * PY2C_NULL (borrowed). */
int py2c__text_parse_kw(const char *name, const Py2cValue *args, size_t nargs, Py2cValue kwnames,
                    const char *const *kwlist, size_t max, Py2cValue *out) {
    size_t nkw = py2c__text_nkw(kwnames);
    if (nargs + nkw > max) {
        (void)py2c_error_format(&py2c_exc_TypeError, "%s() takes at most %zu argument%s (%zu given)", name, max,
                                max == 1 ? "" : "s", nargs + nkw);
        return -1;
    }
    for (size_t i = 0; i < max; i++) out[i] = i < nargs ? args[i] : PY2C_NULL;
    for (size_t k = 0; k < nkw; k++) {
        Py2cValue key = py2c_tuple_item(kwnames, (int64_t)k);
        size_t i = 0;
        while (i < max && !py2c_str_equal_cstr(key, kwlist[i])) i++;
        if (i == max) {
            (void)py2c_error_format(&py2c_exc_TypeError, "'%s' is an invalid keyword argument for %s()",
                                    py2c_str_utf8(key, NULL), name);
            return -1;
        }
        if (i < nargs) {
            (void)py2c_error_format(&py2c_exc_TypeError, "argument for %s() given by name ('%s') and position (%zu)",
                                    name, kwlist[i], i + 1);
            return -1;
        }
        out[i] = args[nargs + k];
    }
    return 0;
}

/* An integer argument ("'str' object cannot be interpreted as an integer");
 * big values clamp. */
static int int_arg(Py2cValue v, int64_t *out) {
    return py2c__as_index(v, PY2C_INDEX_CLAMP | PY2C_INDEX_REQUIRED, out);
}

/* A start or end argument: None or an index (clamped), as _PyEval_SliceIndex. */
static int slice_index_arg(Py2cValue v, int64_t *out) {
    if (PY2C_IS_NULL(v) || py2c_is_none(v)) return 0;
    int r = py2c__as_index(v, PY2C_INDEX_CLAMP, out);
    if (r == 0) return 0;
    if (r > 0)
        (void)py2c_error_format(&py2c_exc_TypeError,
                                "slice indices must be integers or None or have an __index__ method");
    return -1;
}

static int str_arg(Py2cValue v) {
    if (py2c_is_str(v)) return 0;
    (void)py2c_error_format(&py2c_exc_TypeError, "must be str, not %s", py2c_type_name(v));
    return -1;
}

/* The helpers above for bytes.c's methods (str_internal.h). */
int py2c__text_onearg(const char *qual, size_t nargs, Py2cValue kwnames) { return onearg(qual, nargs, kwnames); }
int py2c__text_clinic_nargs(const char *qual, const char *name, size_t nargs, Py2cValue kwnames, size_t min,
                            size_t max) {
    return clinic_nargs(qual, name, nargs, kwnames, min, max);
}
int py2c__text_tuple_nargs(const char *name, size_t nargs, Py2cValue kwnames, size_t min, size_t max) {
    return tuple_nargs(name, nargs, kwnames, min, max);
}
int py2c__text_int_arg(Py2cValue v, int64_t *out) { return int_arg(v, out); }
int py2c__text_slice_index(Py2cValue v, int64_t *out) { return slice_index_arg(v, out); }

/* ---- searching ---------------------------------------------------------------- */
static int64_t byte_find(const char *h, int64_t hn, const char *n, int64_t nn) {
    return py2c__memfind(h, hn, n, nn);
}

static int64_t byte_rfind(const char *h, int64_t hn, const char *n, int64_t nn) {
    if (nn > hn) return -1;
    if (nn == 0) return hn;
    for (int64_t i = hn - nn; i >= 0; i--)
        if (h[i] == n[0] && memcmp(h + i, n, (size_t)nn) == 0) return i;
    return -1;
}

int64_t py2c__memrfind(const char *h, int64_t hn, const char *n, int64_t nn) { return byte_rfind(h, hn, n, nn); }

static int64_t byte_count(const char *h, int64_t hn, const char *n, int64_t nn, int64_t max) {
    int64_t c = 0, i = 0;
    while (c < max) {
        int64_t f = byte_find(h + i, hn - i, n, nn);
        if (f < 0) break;
        c++;
        i += f + nn;
    }
    return c;
}

/* CPython's ADJUST_INDICES: clip start/end (character positions) to the string. */
void py2c__text_adjust_indices(int64_t *start, int64_t *end, int64_t len) {
    if (*end > len) *end = len;
    else if (*end < 0) {
        *end += len;
        if (*end < 0) *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = 0;
    }
}

/* (sub, start, end) of find/rfind/index/rindex/count. */
static int parse_find(const char *name, const Py2cValue *args, size_t nargs, Py2cValue kwnames, int64_t *start,
                      int64_t *end) {
    if (tuple_nargs(name, nargs, kwnames, 1, 3) < 0) return -1;
    if (str_arg(args[0]) < 0) return -1;
    *start = 0;
    *end = INT64_MAX;
    if (nargs > 1 && slice_index_arg(args[1], start) < 0) return -1;
    if (nargs > 2 && slice_index_arg(args[2], end) < 0) return -1;
    return 0;
}

/* Position of sub in s[start:end] (dir > 0 first, else last), -1 if absent. */
static int64_t find_in(Py2cStr *s, Py2cStr *sub, int64_t start, int64_t end, int dir) {
    py2c__text_adjust_indices(&start, &end, s->nchars);
    if (end - start < sub->nchars) return -1;
    int64_t a = py2c__str_offset(s, start), z = py2c__str_offset(s, end);
    int64_t f = dir > 0 ? byte_find(s->data + a, z - a, sub->data, sub->len)
                        : byte_rfind(s->data + a, z - a, sub->data, sub->len);
    if (f < 0) return -1;
    if (s->len == s->nchars) return start + f;
    return start + py2c__utf8_count(s->data + a, f);
}

static Py2cValue find_common(const char *name, Py2cValue self, const Py2cValue *args, size_t nargs,
                             Py2cValue kwnames, int dir, int raise) {
    int64_t start, end;
    if (parse_find(name, args, nargs, kwnames, &start, &end) < 0) return PY2C_NULL;
    int64_t r = find_in(py2c__strp(self), py2c__strp(args[0]), start, end, dir);
    if (r < 0 && raise) return py2c_error_format(&py2c_exc_ValueError, "substring not found");
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
    int64_t start, end;
    if (parse_find("count", args, nargs, kwnames, &start, &end) < 0) return PY2C_NULL;
    Py2cStr *s = py2c__strp(self), *sub = py2c__strp(args[0]);
    py2c__text_adjust_indices(&start, &end, s->nchars);
    if (end < start) return py2c_int(0);
    if (sub->len == 0) return py2c_int(end - start + 1);
    int64_t a = py2c__str_offset(s, start), z = py2c__str_offset(s, end);
    return py2c_int(byte_count(s->data + a, z - a, sub->data, sub->len, INT64_MAX));
}

/* startswith / endswith: prefix is a str or a tuple of str. */
static Py2cValue starts_ends(const char *name, Py2cValue self, const Py2cValue *args, size_t nargs,
                             Py2cValue kwnames, int ends) {
    if (tuple_nargs(name, nargs, kwnames, 1, 3) < 0) return PY2C_NULL;
    int64_t start = 0, end = INT64_MAX;
    if (nargs > 1 && slice_index_arg(args[1], &start) < 0) return PY2C_NULL;
    if (nargs > 2 && slice_index_arg(args[2], &end) < 0) return PY2C_NULL;
    Py2cValue arg = args[0];
    int64_t n = 1;
    const Py2cValue *items = &arg;
    if (py2c_is_tuple(arg)) {
        n = py2c_tuple_size(arg);
        items = py2c_tuple_ptr(arg)->items;
    } else if (!py2c_is_str(arg)) {
        return py2c_error_format(&py2c_exc_TypeError, "%s first arg must be str or a tuple of str, not %s", name,
                                 py2c_type_name(arg));
    }
    Py2cStr *s = py2c__strp(self);
    py2c__text_adjust_indices(&start, &end, s->nchars);
    for (int64_t k = 0; k < n; k++) {
        if (!py2c_is_str(items[k]))
            return py2c_error_format(&py2c_exc_TypeError, "tuple for %s must only contain str, not %s", name,
                                     py2c_type_name(items[k]));
        Py2cStr *p = py2c__strp(items[k]);
        if (end - start < p->nchars || start > s->nchars) continue;
        int64_t a = ends ? py2c__str_offset(s, end) - p->len : py2c__str_offset(s, start);
        if (memcmp(s->data + a, p->data, (size_t)p->len) == 0) return PY2C_TRUE;
    }
    return PY2C_FALSE;
}

static Py2cValue m_startswith(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return starts_ends("startswith", self, args, nargs, kwnames, 0);
}
static Py2cValue m_endswith(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return starts_ends("endswith", self, args, nargs, kwnames, 1);
}

/* ---- splitting and joining ------------------------------------------------------ */
static int list_add_text(Py2cValue list, const char *s, int64_t len) {
    Py2cValue part = py2c_str_from_utf8(s, len);
    if (PY2C_IS_NULL(part)) return -1;
    int r = py2c_list_append(list, part);
    py2c_decref(part);
    return r;
}

/* The same for len bytes of ASCII text. */
static int list_add_ascii(Py2cValue list, const char *s, int64_t len) {
    Py2cValue part = py2c__str_new(s, len, len);
    if (PY2C_IS_NULL(part)) return -1;
    int r = py2c_list_append(list, part);
    py2c_decref(part);
    return r;
}

/* str.isspace() of an ASCII character: \t \n \v \f \r, \x1c-\x1f and ' '. */
static inline int ascii_space(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31); }

static int is_space_at(const char *s, int64_t i) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) return py2c__uni_isspace(c);
    int64_t j = i;
    return py2c__uni_isspace(py2c__utf8_next(s, &j));
}

static int64_t next_char(const char *s, int64_t i) {
    (void)py2c__utf8_next(s, &i);
    return i;
}

static int64_t prev_char(const char *s, int64_t i) {
    (void)py2c__utf8_prev(s, &i);
    return i;
}

static Py2cValue split_common(const char *name, Py2cValue self, const Py2cValue *args, size_t nargs,
                              Py2cValue kwnames, int right) {
    static const char *const kwlist[] = {"sep", "maxsplit"};
    Py2cValue a[2];
    if (py2c__text_parse_kw(name, args, nargs, kwnames, kwlist, 2, a) < 0) return PY2C_NULL;
    Py2cValue sep = a[0];
    int64_t maxsplit = -1;
    if (!PY2C_IS_NULL(sep) && !py2c_is_none(sep) && !py2c_is_str(sep))
        return py2c_error_format(&py2c_exc_TypeError, "must be str or None, not %s", py2c_type_name(sep));
    if (!PY2C_IS_NULL(a[1]) && int_arg(a[1], &maxsplit) < 0) return PY2C_NULL;
    if (maxsplit < 0) maxsplit = INT64_MAX;
    Py2cStr *s = py2c__strp(self);
    const char *d = s->data;
    Py2cValue list = py2c_list_new(0);
    if (PY2C_IS_NULL(list)) return PY2C_NULL;
    if (PY2C_IS_NULL(sep) || py2c_is_none(sep)) {
        if (!right && s->len == s->nchars) {
            /* ASCII: a byte is a character; the pieces are ASCII too */
            int64_t i = 0, n = s->len;
            while (maxsplit-- > 0) {
                while (i < n && ascii_space((unsigned char)d[i])) i++;
                if (i == n) break;
                int64_t j = i;
                while (j < n && !ascii_space((unsigned char)d[j])) j++;
                if (list_add_ascii(list, d + i, j - i) < 0) goto fail;
                i = j;
            }
            while (i < n && ascii_space((unsigned char)d[i])) i++;
            if (i < n && list_add_ascii(list, d + i, n - i) < 0) goto fail;
        } else if (!right) {
            int64_t i = 0, n = s->len;
            while (maxsplit-- > 0) {
                while (i < n && is_space_at(d, i)) i = next_char(d, i);
                if (i == n) break;
                int64_t j = i;
                while (j < n && !is_space_at(d, j)) j = next_char(d, j);
                if (list_add_text(list, d + i, j - i) < 0) goto fail;
                i = j;
            }
            while (i < n && is_space_at(d, i)) i = next_char(d, i);
            if (i < n && list_add_text(list, d + i, n - i) < 0) goto fail;
        } else {
            int64_t i = s->len;
            while (maxsplit-- > 0) {
                while (i > 0 && is_space_at(d, prev_char(d, i))) i = prev_char(d, i);
                if (i == 0) break;
                int64_t j = i;
                while (j > 0 && !is_space_at(d, prev_char(d, j))) j = prev_char(d, j);
                if (list_add_text(list, d + j, i - j) < 0) goto fail;
                i = j;
            }
            while (i > 0 && is_space_at(d, prev_char(d, i))) i = prev_char(d, i);
            if (i > 0 && list_add_text(list, d, i) < 0) goto fail;
            py2c_list_reverse(list);
        }
        return list;
    }
    Py2cStr *p = py2c__strp(sep);
    if (p->len == 0) {
        py2c_decref(list);
        return py2c_error_format(&py2c_exc_ValueError, "empty separator");
    }
    if (!right) {
        int64_t i = 0;
        while (maxsplit-- > 0) {
            int64_t f = byte_find(d + i, s->len - i, p->data, p->len);
            if (f < 0) break;
            if (list_add_text(list, d + i, f) < 0) goto fail;
            i += f + p->len;
        }
        if (list_add_text(list, d + i, s->len - i) < 0) goto fail;
    } else {
        int64_t i = s->len;
        while (maxsplit-- > 0) {
            int64_t f = byte_rfind(d, i, p->data, p->len);
            if (f < 0) break;
            if (list_add_text(list, d + f + p->len, i - f - p->len) < 0) goto fail;
            i = f;
        }
        if (list_add_text(list, d, i) < 0) goto fail;
        py2c_list_reverse(list);
    }
    return list;
fail:
    py2c_decref(list);
    return PY2C_NULL;
}

static Py2cValue m_split(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return split_common("split", self, args, nargs, kwnames, 0);
}
static Py2cValue m_rsplit(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return split_common("rsplit", self, args, nargs, kwnames, 1);
}

/* Length of the line break at s[i] (\r\n counts 2), or 0. */
static int linebreak_at(const char *s, int64_t i, int64_t n) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        if (c == '\r') return i + 1 < n && s[i + 1] == '\n' ? 2 : 1;
        return c == '\n' || c == '\v' || c == '\f' || (c >= 0x1C && c <= 0x1E);
    }
    int64_t j = i;
    uint32_t cp = py2c__utf8_next(s, &j);
    return py2c__uni_has(cp, PY2C__UNI_F_LINEBREAK) ? (int)(j - i) : 0;
}

static Py2cValue m_splitlines(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    static const char *const kwlist[] = {"keepends"};
    Py2cValue a[1];
    if (py2c__text_parse_kw("splitlines", args, nargs, kwnames, kwlist, 1, a) < 0) return PY2C_NULL;
    int64_t keepends = 0;
    if (!PY2C_IS_NULL(a[0]) && int_arg(a[0], &keepends) < 0) return PY2C_NULL;
    Py2cStr *s = py2c__strp(self);
    Py2cValue list = py2c_list_new(0);
    if (PY2C_IS_NULL(list)) return PY2C_NULL;
    int64_t i = 0, start = 0;
    while (i < s->len) {
        int k = linebreak_at(s->data, i, s->len);
        if (!k) {
            i = next_char(s->data, i);
            continue;
        }
        if (list_add_text(list, s->data + start, i - start + (keepends ? k : 0)) < 0) goto fail;
        i += k;
        start = i;
    }
    if (start < s->len && list_add_text(list, s->data + start, s->len - start) < 0) goto fail;
    return list;
fail:
    py2c_decref(list);
    return PY2C_NULL;
}

static Py2cValue partition_common(const char *qual, Py2cValue self, const Py2cValue *args, size_t nargs,
                                  Py2cValue kwnames, int right) {
    if (onearg(qual, nargs, kwnames) < 0 || str_arg(args[0]) < 0) return PY2C_NULL;
    Py2cStr *s = py2c__strp(self), *p = py2c__strp(args[0]);
    if (p->len == 0) return py2c_error_format(&py2c_exc_ValueError, "empty separator");
    int64_t f = right ? byte_rfind(s->data, s->len, p->data, p->len) : byte_find(s->data, s->len, p->data, p->len);
    Py2cValue parts[3];
    if (f < 0) {
        Py2cValue e = py2c__str_empty();
        parts[0] = right ? e : self;
        parts[1] = e;
        parts[2] = right ? self : e;
        return py2c_tuple_pack(3, parts);
    }
    parts[0] = py2c_str_from_utf8(s->data, f);
    parts[1] = args[0];
    parts[2] = py2c_str_from_utf8(s->data + f + p->len, s->len - f - p->len);
    Py2cValue r = PY2C_IS_NULL(parts[0]) || PY2C_IS_NULL(parts[2]) ? PY2C_NULL : py2c_tuple_pack(3, parts);
    py2c_decref(parts[0]);
    py2c_decref(parts[2]);
    return r;
}

static Py2cValue m_partition(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return partition_common("str.partition", self, args, nargs, kwnames, 0);
}
static Py2cValue m_rpartition(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return partition_common("str.rpartition", self, args, nargs, kwnames, 1);
}

static Py2cValue m_join(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (onearg("str.join", nargs, kwnames) < 0) return PY2C_NULL;
    Py2cValue it = args[0], seq;
    if (py2c_is_list(it) || py2c_is_tuple(it)) {
        py2c_incref(it);
        seq = it;
    } else {
        const Py2cType *t = py2c_type_of(it);
        if (!t->iter && !t->getitem) return py2c_error_format(&py2c_exc_TypeError, "can only join an iterable");
        seq = py2c_list_from_iterable(it);
        if (PY2C_IS_NULL(seq)) return PY2C_NULL;
    }
    /* a list other threads may change is read from a snapshot (its items
     * could otherwise be released under us) */
    Py2cValue *items, held;
    int64_t n;
    if (py2c__seq_hold(seq, &items, &n, &held) < 0) {
        py2c_decref(seq);
        return PY2C_NULL;
    }
    if (!PY2C_IS_NULL(held)) {
        py2c_decref(seq);
        seq = held;
    }
    Py2cStr *sep = py2c__strp(self);
    int64_t len = 0;
    for (int64_t i = 0; i < n; i++) {
        if (!py2c_is_str(items[i])) {
            py2c_decref(seq);
            return py2c_error_format(&py2c_exc_TypeError, "sequence item %lld: expected str instance, %s found",
                                     (long long)i, py2c_type_name(items[i]));
        }
        len += py2c__strp(items[i])->len;
    }
    Py2cValue r;
    if (n == 1) {
        r = py2c__str_ref(items[0]);
    } else if (n == 0 || (sep->len && n - 1 > (INT64_MAX / 4) / sep->len) ||
               len > INT64_MAX / 4 - sep->len * (n - 1)) {
        r = n == 0 ? py2c__str_empty() : py2c_error_nomemory();
    } else if (len + sep->len * (n - 1) == 0) {
        r = py2c__str_empty();
    } else {
        /* straight into the result: the text is written once, and no second
         * buffer of its size is ever live */
        Py2cStr *out = py2c__str_alloc(len + sep->len * (n - 1));
        if (!out) {
            r = PY2C_NULL;
        } else {
            char *w = (char *)out->data;
            int64_t nchars = sep->nchars * (n - 1);
            for (int64_t i = 0; i < n; i++) {
                if (i > 0 && sep->len) {
                    if (sep->len == 1) *w++ = sep->data[0];
                    else memcpy(w, sep->data, (size_t)sep->len), w += sep->len;
                }
                Py2cStr *p = py2c__strp(items[i]);
                memcpy(w, p->data, (size_t)p->len);
                w += p->len;
                nchars += p->nchars;
            }
            *w = '\0';
            out->nchars = nchars;
            r = py2c_obj_value(&out->ob);
        }
    }
    py2c_decref(seq);
    return r;
}

/* ---- stripping, replacing ----------------------------------------------------------- */
static int in_chars(Py2cStr *chars, uint32_t c) {
    int64_t i = 0;
    while (i < chars->len)
        if (py2c__utf8_next(chars->data, &i) == c) return 1;
    return 0;
}

static Py2cValue strip_common(const char *qual, const char *name, Py2cValue self, const Py2cValue *args,
                              size_t nargs, Py2cValue kwnames, int left, int right) {
    if (clinic_nargs(qual, name, nargs, kwnames, 0, 1) < 0) return PY2C_NULL;
    Py2cStr *chars = NULL;
    if (nargs == 1 && !py2c_is_none(args[0])) {
        if (!py2c_is_str(args[0]))
            return py2c_error_format(&py2c_exc_TypeError, "%s arg must be None or str", name);
        chars = py2c__strp(args[0]);
    }
    Py2cStr *s = py2c__strp(self);
    int64_t i = 0, j = s->len;
    while (left && i < j) {
        int64_t k = i;
        uint32_t c = py2c__utf8_next(s->data, &k);
        if (chars ? !in_chars(chars, c) : !py2c__uni_isspace(c)) break;
        i = k;
    }
    while (right && j > i) {
        int64_t k = j;
        uint32_t c = py2c__utf8_prev(s->data, &k);
        if (chars ? !in_chars(chars, c) : !py2c__uni_isspace(c)) break;
        j = k;
    }
    if (i == 0 && j == s->len) return py2c__str_ref(self);
    return py2c_str_from_utf8(s->data + i, j - i);
}

static Py2cValue m_strip(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return strip_common("str.strip", "strip", self, args, nargs, kwnames, 1, 1);
}
static Py2cValue m_lstrip(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return strip_common("str.lstrip", "lstrip", self, args, nargs, kwnames, 1, 0);
}
static Py2cValue m_rstrip(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return strip_common("str.rstrip", "rstrip", self, args, nargs, kwnames, 0, 1);
}

static Py2cValue m_replace(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (clinic_nargs("str.replace", "replace", nargs, kwnames, 2, 3) < 0) return PY2C_NULL;
    for (int k = 0; k < 2; k++)
        if (!py2c_is_str(args[k]))
            return py2c_error_format(&py2c_exc_TypeError, "replace() argument %d must be str, not %s", k + 1,
                                     py2c_type_name(args[k]));
    int64_t count = -1;
    if (nargs == 3 && int_arg(args[2], &count) < 0) return PY2C_NULL;
    if (count < 0) count = INT64_MAX;
    Py2cStr *s = py2c__strp(self), *old = py2c__strp(args[0]), *new_ = py2c__strp(args[1]);
    if (count == 0) return py2c__str_ref(self);
    Py2cTextBuf b;
    py2c__tb_init(&b);
    if (old->len == 0) {
        int64_t i = 0;
        while (count > 0 && i <= s->len) {
            py2c__tb_add_str(&b, args[1]);
            count--;
            if (i == s->len) {
                i++;
                break;
            }
            int64_t j = next_char(s->data, i);
            py2c__tb_add(&b, s->data + i, j - i, 1);
            i = j;
        }
        if (i < s->len) py2c__tb_add(&b, s->data + i, s->len - i, -1);
        return py2c__tb_finish(&b);
    }
    int64_t i = 0, done = 0;
    while (count > 0) {
        int64_t f = byte_find(s->data + i, s->len - i, old->data, old->len);
        if (f < 0) break;
        py2c__tb_add(&b, s->data + i, f, -1);
        py2c__tb_add(&b, new_->data, new_->len, new_->nchars);
        i += f + old->len;
        count--;
        done++;
    }
    if (done == 0) {
        py2c__tb_free(&b);
        return py2c__str_ref(self);
    }
    py2c__tb_add(&b, s->data + i, s->len - i, -1);
    return py2c__tb_finish(&b);
}

static Py2cValue affix_common(const char *qual, const char *name, Py2cValue self, const Py2cValue *args,
                              size_t nargs, Py2cValue kwnames, int suffix) {
    if (onearg(qual, nargs, kwnames) < 0) return PY2C_NULL;
    if (!py2c_is_str(args[0]))
        return py2c_error_format(&py2c_exc_TypeError, "%s() argument must be str, not %s", name,
                                 py2c_type_name(args[0]));
    Py2cStr *s = py2c__strp(self), *p = py2c__strp(args[0]);
    if (p->len == 0 || p->len > s->len) return py2c__str_ref(self);
    if (suffix) {
        if (memcmp(s->data + s->len - p->len, p->data, (size_t)p->len) != 0) return py2c__str_ref(self);
        return py2c__str_new(s->data, s->len - p->len, s->nchars - p->nchars);
    }
    if (memcmp(s->data, p->data, (size_t)p->len) != 0) return py2c__str_ref(self);
    return py2c__str_new(s->data + p->len, s->len - p->len, s->nchars - p->nchars);
}

static Py2cValue m_removeprefix(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return affix_common("str.removeprefix", "removeprefix", self, args, nargs, kwnames, 0);
}
static Py2cValue m_removesuffix(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return affix_common("str.removesuffix", "removesuffix", self, args, nargs, kwnames, 1);
}

/* ---- padding -------------------------------------------------------------------------- */
static int fill_arg(const Py2cValue *args, size_t nargs, size_t i, uint32_t *fill) {
    *fill = ' ';
    if (nargs <= i) return 0;
    if (!py2c_is_str(args[i])) {
        (void)py2c_error_format(&py2c_exc_TypeError, "The fill character must be a unicode character, not %s",
                                py2c_type_name(args[i]));
        return -1;
    }
    Py2cStr *f = py2c__strp(args[i]);
    if (f->nchars != 1) {
        (void)py2c_error_format(&py2c_exc_TypeError, "The fill character must be exactly one character long");
        return -1;
    }
    int64_t k = 0;
    *fill = py2c__utf8_next(f->data, &k);
    return 0;
}

static Py2cValue pad(Py2cValue self, int64_t left, int64_t right, uint32_t fill) {
    if (left <= 0 && right <= 0) return py2c__str_ref(self);
    Py2cTextBuf b;
    py2c__tb_init(&b);
    py2c__tb_add_repeat(&b, fill, left);
    py2c__tb_add_str(&b, self);
    py2c__tb_add_repeat(&b, fill, right);
    return py2c__tb_finish(&b);
}

static Py2cValue just_common(const char *qual, const char *name, Py2cValue self, const Py2cValue *args,
                             size_t nargs, Py2cValue kwnames, int how) {
    if (clinic_nargs(qual, name, nargs, kwnames, 1, 2) < 0) return PY2C_NULL;
    int64_t width;
    uint32_t fill;
    if (int_arg(args[0], &width) < 0 || fill_arg(args, nargs, 1, &fill) < 0) return PY2C_NULL;
    int64_t n = py2c__strp(self)->nchars;
    if (width <= n) return py2c__str_ref(self);
    int64_t marg = width - n;
    if (how < 0) return pad(self, 0, marg, fill);
    if (how > 0) return pad(self, marg, 0, fill);
    int64_t left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

static Py2cValue m_ljust(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return just_common("str.ljust", "ljust", self, args, nargs, kwnames, -1);
}
static Py2cValue m_rjust(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return just_common("str.rjust", "rjust", self, args, nargs, kwnames, 1);
}
static Py2cValue m_center(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return just_common("str.center", "center", self, args, nargs, kwnames, 0);
}

static Py2cValue m_zfill(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (onearg("str.zfill", nargs, kwnames) < 0) return PY2C_NULL;
    int64_t width;
    if (int_arg(args[0], &width) < 0) return PY2C_NULL;
    Py2cStr *s = py2c__strp(self);
    if (width <= s->nchars) return py2c__str_ref(self);
    Py2cTextBuf b;
    py2c__tb_init(&b);
    int64_t i = 0;
    if (s->len > 0 && (s->data[0] == '+' || s->data[0] == '-')) {
        py2c__tb_add_char(&b, (unsigned char)s->data[0]);
        i = 1;
    }
    py2c__tb_add_repeat(&b, '0', width - s->nchars);
    py2c__tb_add(&b, s->data + i, s->len - i, s->nchars - i);
    return py2c__tb_finish(&b);
}

static Py2cValue m_expandtabs(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    static const char *const kwlist[] = {"tabsize"};
    Py2cValue a[1];
    if (py2c__text_parse_kw("expandtabs", args, nargs, kwnames, kwlist, 1, a) < 0) return PY2C_NULL;
    int64_t tab = 8;
    if (!PY2C_IS_NULL(a[0]) && int_arg(a[0], &tab) < 0) return PY2C_NULL;
    Py2cStr *s = py2c__strp(self);
    if (!memchr(s->data, '\t', (size_t)s->len)) return py2c__str_ref(self);
    Py2cTextBuf b;
    py2c__tb_init(&b);
    int64_t col = 0, i = 0;
    while (i < s->len) {
        unsigned char c = (unsigned char)s->data[i];
        if (c == '\t') {
            if (tab > 0) {
                int64_t n = tab - col % tab;
                py2c__tb_add_repeat(&b, ' ', n);
                col += n;
            }
            i++;
            continue;
        }
        int64_t j = next_char(s->data, i);
        py2c__tb_add(&b, s->data + i, j - i, 1);
        col = c == '\n' || c == '\r' ? 0 : col + 1;
        i = j;
    }
    return py2c__tb_finish(&b);
}

/* ---- case mapping ------------------------------------------------------------------------ */
enum { CM_UPPER, CM_LOWER, CM_FOLD, CM_TITLE, CM_CAPITALIZE, CM_SWAPCASE };

static int uflag(uint32_t c, unsigned f) { return py2c__uni_has(c, f); }

/* CPython's handle_capital_sigma: final form after a cased letter (skipping
 * case-ignorables) unless a cased letter follows. */
static uint32_t lower_sigma(const uint32_t *cps, int64_t n, int64_t i) {
    int64_t j = i - 1;
    while (j >= 0 && uflag(cps[j], PY2C__UNI_F_CASE_IGNORABLE)) j--;
    int final = j >= 0 && uflag(cps[j], PY2C__UNI_F_CASED);
    if (final && i + 1 < n) {
        j = i + 1;
        while (j < n && uflag(cps[j], PY2C__UNI_F_CASE_IGNORABLE)) j++;
        final = j == n || !uflag(cps[j], PY2C__UNI_F_CASED);
    }
    return final ? 0x3C2 : 0x3C3;
}

static void add_mapped(Py2cTextBuf *b, const uint32_t *cps, int64_t n, int64_t i, int which) {
    uint32_t out[3];
    if (which == PY2C__CASE_LOWER && cps[i] == 0x3A3) {
        py2c__tb_add_char(b, lower_sigma(cps, n, i));
        return;
    }
    int k = py2c__uni_case(cps[i], which, out);
    for (int m = 0; m < k; m++) py2c__tb_add_char(b, out[m]);
}

static Py2cValue ascii_case(Py2cStr *s, int mode) {
    Py2cStr *r = py2c__str_alloc(s->len);
    if (!r) return PY2C_NULL;
    char *d = (char *)r->data;
    int prev_cased = 0;
    for (int64_t i = 0; i < s->len; i++) {
        char c = s->data[i];
        int up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
        int to_upper;
        switch (mode) {
        case CM_UPPER: to_upper = 1; break;
        case CM_TITLE: to_upper = !prev_cased; break;
        case CM_CAPITALIZE: to_upper = i == 0; break;
        case CM_SWAPCASE: to_upper = lo; break;
        default: to_upper = 0; break;
        }
        if (to_upper && lo) c = (char)(c - 32);
        else if (!to_upper && up) c = (char)(c + 32);
        prev_cased = up || lo;
        d[i] = c;
    }
    d[s->len] = '\0';
    r->nchars = s->nchars;
    return py2c_obj_value(&r->ob);
}

static Py2cValue case_convert(Py2cValue self, int mode) {
    Py2cStr *s = py2c__strp(self);
    if (s->len == s->nchars) return ascii_case(s, mode);
    uint32_t *cps = malloc(sizeof *cps * (size_t)s->nchars);
    if (!cps) return py2c_error_nomemory();
    for (int64_t i = 0, k = 0; i < s->len; k++) cps[k] = py2c__utf8_next(s->data, &i);
    int64_t n = s->nchars;
    Py2cTextBuf b;
    py2c__tb_init(&b);
    py2c__tb_reserve(&b, s->len);
    int prev_cased = 0;
    for (int64_t i = 0; i < n; i++) {
        uint32_t c = cps[i];
        switch (mode) {
        case CM_UPPER: add_mapped(&b, cps, n, i, PY2C__CASE_UPPER); break;
        case CM_LOWER: add_mapped(&b, cps, n, i, PY2C__CASE_LOWER); break;
        case CM_FOLD: add_mapped(&b, cps, n, i, PY2C__CASE_FOLD); break;
        case CM_TITLE:
            add_mapped(&b, cps, n, i, prev_cased ? PY2C__CASE_LOWER : PY2C__CASE_TITLE);
            prev_cased = uflag(c, PY2C__UNI_F_CASED);
            break;
        case CM_CAPITALIZE: add_mapped(&b, cps, n, i, i == 0 ? PY2C__CASE_TITLE : PY2C__CASE_LOWER); break;
        case CM_SWAPCASE:
            if (uflag(c, PY2C__UNI_F_UPPER)) add_mapped(&b, cps, n, i, PY2C__CASE_LOWER);
            else if (uflag(c, PY2C__UNI_F_LOWER)) add_mapped(&b, cps, n, i, PY2C__CASE_UPPER);
            else py2c__tb_add_char(&b, c);
            break;
        }
    }
    free(cps);
    return py2c__tb_finish(&b);
}

#define CASE_METHOD(fname, qual, mode)                                                              \
    static Py2cValue fname(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) { \
        (void)args;                                                                                 \
        if (py2c__text_noargs(qual, nargs, kwnames) < 0) return PY2C_NULL;                         \
        return case_convert(self, mode);                                                            \
    }
CASE_METHOD(m_upper, "str.upper", CM_UPPER)
CASE_METHOD(m_lower, "str.lower", CM_LOWER)
CASE_METHOD(m_casefold, "str.casefold", CM_FOLD)
CASE_METHOD(m_title, "str.title", CM_TITLE)
CASE_METHOD(m_capitalize, "str.capitalize", CM_CAPITALIZE)
CASE_METHOD(m_swapcase, "str.swapcase", CM_SWAPCASE)

/* ---- predicates --------------------------------------------------------------------------- */
enum { P_ALPHA, P_DECIMAL, P_DIGIT, P_NUMERIC, P_SPACE, P_ALNUM, P_UPPER, P_LOWER, P_TITLE, P_IDENT, P_PRINT, P_ASCII };

static int predicate(Py2cStr *s, int which) {
    if (which == P_ASCII) return s->len == s->nchars;
    if (s->len == 0) return which == P_PRINT;
    static const unsigned all_flag[] = {PY2C__UNI_F_ALPHA, PY2C__UNI_F_DECIMAL, PY2C__UNI_F_DIGIT,
                                        PY2C__UNI_F_NUMERIC, PY2C__UNI_F_SPACE};
    int64_t i = 0;
    int cased = 0, prev_cased = 0;
    for (int64_t k = 0; i < s->len; k++) {
        uint32_t c = py2c__utf8_next(s->data, &i);
        unsigned f = py2c__uni_record(c)->flags;
        switch (which) {
        case P_ALPHA:
        case P_DECIMAL:
        case P_DIGIT:
        case P_NUMERIC:
        case P_SPACE:
            if (!(f & all_flag[which])) return 0;
            break;
        case P_ALNUM:
            if (!(f & (PY2C__UNI_F_ALPHA | PY2C__UNI_F_DECIMAL | PY2C__UNI_F_DIGIT | PY2C__UNI_F_NUMERIC))) return 0;
            break;
        case P_PRINT:
            if (!(f & PY2C__UNI_F_PRINTABLE)) return 0;
            break;
        case P_IDENT:
            if (!(f & (k == 0 ? PY2C__UNI_F_XID_START : PY2C__UNI_F_XID_CONTINUE))) return 0;
            break;
        case P_UPPER:
            if (f & (PY2C__UNI_F_LOWER | PY2C__UNI_F_TITLE)) return 0;
            if (f & PY2C__UNI_F_UPPER) cased = 1;
            break;
        case P_LOWER:
            if (f & (PY2C__UNI_F_UPPER | PY2C__UNI_F_TITLE)) return 0;
            if (f & PY2C__UNI_F_LOWER) cased = 1;
            break;
        case P_TITLE:
            if (f & (PY2C__UNI_F_UPPER | PY2C__UNI_F_TITLE)) {
                if (prev_cased) return 0;
                prev_cased = cased = 1;
            } else if (f & PY2C__UNI_F_LOWER) {
                if (!prev_cased) return 0;
                prev_cased = cased = 1;
            } else {
                prev_cased = 0;
            }
            break;
        }
    }
    if (which == P_UPPER || which == P_LOWER || which == P_TITLE) return cased;
    return 1;
}

#define PRED_METHOD(fname, qual, which)                                                             \
    static Py2cValue fname(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) { \
        (void)args;                                                                                 \
        if (py2c__text_noargs(qual, nargs, kwnames) < 0) return PY2C_NULL;                         \
        return py2c_bool(predicate(py2c__strp(self), which));                                      \
    }
PRED_METHOD(m_isalpha, "str.isalpha", P_ALPHA)
PRED_METHOD(m_isdecimal, "str.isdecimal", P_DECIMAL)
PRED_METHOD(m_isdigit, "str.isdigit", P_DIGIT)
PRED_METHOD(m_isnumeric, "str.isnumeric", P_NUMERIC)
PRED_METHOD(m_isspace, "str.isspace", P_SPACE)
PRED_METHOD(m_isalnum, "str.isalnum", P_ALNUM)
PRED_METHOD(m_isupper, "str.isupper", P_UPPER)
PRED_METHOD(m_islower, "str.islower", P_LOWER)
PRED_METHOD(m_istitle, "str.istitle", P_TITLE)
PRED_METHOD(m_isidentifier, "str.isidentifier", P_IDENT)
PRED_METHOD(m_isprintable, "str.isprintable", P_PRINT)
PRED_METHOD(m_isascii, "str.isascii", P_ASCII)

/* ---- translate --------------------------------------------------------------------------- */
static Py2cValue m_translate(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (onearg("str.translate", nargs, kwnames) < 0) return PY2C_NULL;
    Py2cStr *s = py2c__strp(self);
    Py2cTextBuf b;
    py2c__tb_init(&b);
    int64_t i = 0;
    while (i < s->len) {
        int64_t start = i;
        uint32_t c = py2c__utf8_next(s->data, &i);
        Py2cValue m = py2c_getitem(args[0], py2c_int(c));
        if (PY2C_IS_NULL(m)) {
            if (!py2c_error_matches(&py2c_exc_LookupError)) goto fail;
            py2c_error_clear();
            py2c__tb_add(&b, s->data + start, i - start, 1);
            continue;
        }
        int64_t v;
        if (py2c_is_none(m)) {
            /* deleted */
        } else if (py2c_is_str(m)) {
            py2c__tb_add_str(&b, m);
        } else if (py2c__as_index(m, PY2C_INDEX_CLAMP, &v) == 0) {
            if (v < 0 || v >= 0x110000) {
                py2c_decref(m);
                (void)py2c_error_format(&py2c_exc_ValueError, "character mapping must be in range(0x110000)");
                goto fail;
            }
            py2c__tb_add_char(&b, (uint32_t)v);
        } else {
            py2c_decref(m);
            (void)py2c_error_format(&py2c_exc_TypeError, "character mapping must return integer, None or str");
            goto fail;
        }
        py2c_decref(m);
    }
    return py2c__tb_finish(&b);
fail:
    py2c__tb_free(&b);
    return PY2C_NULL;
}

/* ---- encode ---------------------------------------------------------------------------------- */
static Py2cValue m_encode(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    static const char *const kwlist[] = {"encoding", "errors"};
    Py2cValue a[2];
    if (py2c__text_parse_kw("encode", args, nargs, kwnames, kwlist, 2, a) < 0) return PY2C_NULL;
    for (int k = 0; k < 2; k++)
        if (!PY2C_IS_NULL(a[k]) && !py2c_is_str(a[k]))
            return py2c_error_format(&py2c_exc_TypeError, "encode() argument '%s' must be str, not %s", kwlist[k],
                                     py2c_type_name(a[k]));
    return py2c__str_encode(self, PY2C_IS_NULL(a[0]) ? "utf-8" : py2c_str_utf8(a[0], NULL),
                            PY2C_IS_NULL(a[1]) ? "strict" : py2c_str_utf8(a[1], NULL));
}

/* ---- formatting (str_format.c, format_spec.c) -------------------------------------------------- */
static Py2cValue m_format(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return py2c_str_format_method(self, args, nargs, kwnames);
}

static Py2cValue m_format_map(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (onearg("str.format_map", nargs, kwnames) < 0) return PY2C_NULL;
    return py2c__str_format_map(self, args[0]);
}

static Py2cValue m___format__(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (clinic_nargs("str.__format__", "__format__", nargs, kwnames, 1, 1) < 0) return PY2C_NULL;
    if (!py2c_is_str(args[0]))
        return py2c_error_format(&py2c_exc_TypeError, "__format__() argument must be str, not %s",
                                 py2c_type_name(args[0]));
    return py2c_str_format(self, args[0]);
}

/* str.maketrans(x[, y[, z]]) (a static method: self is the type or a str). */
static Py2cValue m_maketrans(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (clinic_nargs("str.maketrans", "maketrans", nargs, kwnames, 1, 3) < 0) return PY2C_NULL;
    for (size_t k = 1; k < nargs; k++)
        if (!py2c_is_str(args[k]))
            return py2c_error_format(&py2c_exc_TypeError, "maketrans() argument %zu must be str, not %s", k + 1,
                                     py2c_type_name(args[k]));
    Py2cValue d = py2c_dict_new();
    if (PY2C_IS_NULL(d)) return d;
    if (nargs >= 2) {
        if (!py2c_is_str(args[0])) {
            (void)py2c_error_format(&py2c_exc_TypeError,
                                    "first maketrans argument must be a string if there is a second argument");
            goto fail;
        }
        Py2cStr *x = py2c__strp(args[0]), *y = py2c__strp(args[1]);
        if (x->nchars != y->nchars) {
            (void)py2c_error_format(&py2c_exc_ValueError, "the first two maketrans arguments must have equal length");
            goto fail;
        }
        for (int64_t i = 0, j = 0; i < x->len;) {
            uint32_t a = py2c__utf8_next(x->data, &i), b = py2c__utf8_next(y->data, &j);
            if (py2c_dict_setitem(d, py2c_int(a), py2c_int(b)) < 0) goto fail;
        }
        if (nargs == 3) {
            Py2cStr *z = py2c__strp(args[2]);
            for (int64_t i = 0; i < z->len;)
                if (py2c_dict_setitem(d, py2c_int(py2c__utf8_next(z->data, &i)), PY2C_NONE) < 0) goto fail;
        }
        return d;
    }
    if (!py2c_is_dict_exact(args[0])) {
        (void)py2c_error_format(&py2c_exc_TypeError, "if you give only one argument to maketrans it must be a dict");
        goto fail;
    }
    int64_t pos = 0;
    Py2cValue k, v;
    while (py2c_dict_next(args[0], &pos, &k, &v)) {
        if (py2c_is_str(k)) {
            Py2cStr *ks = py2c__strp(k);
            if (ks->nchars != 1) {
                (void)py2c_error_format(&py2c_exc_ValueError, "string keys in translate table must be of length 1");
                goto fail;
            }
            int64_t i = 0;
            if (py2c_dict_setitem(d, py2c_int(py2c__utf8_next(ks->data, &i)), v) < 0) goto fail;
        } else if (py2c_is_int(k)) {
            if (py2c_dict_setitem(d, k, v) < 0) goto fail;
        } else {
            (void)py2c_error_format(&py2c_exc_TypeError, "keys in translate table must be strings or integers");
            goto fail;
        }
    }
    return d;
fail:
    py2c_decref(d);
    return PY2C_NULL;
}

const Py2cMethodDef py2c__str_classmethods[] = {
    {"maketrans", m_maketrans},
    {NULL, NULL},
};

const Py2cMethodDef py2c__str_methods[] = {
    {"split", m_split},
    {"rsplit", m_rsplit},
    {"join", m_join},
    {"strip", m_strip},
    {"lstrip", m_lstrip},
    {"rstrip", m_rstrip},
    {"replace", m_replace},
    {"find", m_find},
    {"rfind", m_rfind},
    {"index", m_index},
    {"rindex", m_rindex},
    {"count", m_count},
    {"startswith", m_startswith},
    {"endswith", m_endswith},
    {"upper", m_upper},
    {"lower", m_lower},
    {"title", m_title},
    {"capitalize", m_capitalize},
    {"swapcase", m_swapcase},
    {"casefold", m_casefold},
    {"isdigit", m_isdigit},
    {"isalpha", m_isalpha},
    {"isspace", m_isspace},
    {"isalnum", m_isalnum},
    {"isdecimal", m_isdecimal},
    {"isnumeric", m_isnumeric},
    {"isupper", m_isupper},
    {"islower", m_islower},
    {"istitle", m_istitle},
    {"isidentifier", m_isidentifier},
    {"isprintable", m_isprintable},
    {"isascii", m_isascii},
    {"zfill", m_zfill},
    {"center", m_center},
    {"ljust", m_ljust},
    {"rjust", m_rjust},
    {"splitlines", m_splitlines},
    {"partition", m_partition},
    {"rpartition", m_rpartition},
    {"format", m_format},
    {"format_map", m_format_map},
    {"__format__", m___format__},
    {"encode", m_encode},
    {"expandtabs", m_expandtabs},
    {"removeprefix", m_removeprefix},
    {"removesuffix", m_removesuffix},
    {"translate", m_translate},
    {NULL, NULL},
};
