/* Helpers shared by the containers (text building, repr recursion guard,
 * argument checks, index conversion, lexicographic comparison) and
 * unpacking (a, b = x; a, *b = x). */
#include <stdlib.h>
#include <string.h>

#include "container_internal.h"

/* --- text building ----------------------------------------------------------- */
int py2c__buf_put(Py2cBuf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->len + n + 1) cap *= 2;
        char *p = realloc(b->data, cap);
        if (!p) {
            (void)py2c_error_nomemory();
            return -1;
        }
        b->data = p;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    return 0;
}

int py2c__buf_puts(Py2cBuf *b, const char *s) { return py2c__buf_put(b, s, strlen(s)); }

int py2c__buf_put_repr(Py2cBuf *b, Py2cValue v) {
    Py2cValue r = py2c_repr(v);
    if (PY2C_IS_NULL(r)) return -1;
    Py2cStr *s = py2c__as_str(r);
    int rc = py2c__buf_put(b, s->data, (size_t)s->len);
    py2c_decref(r);
    return rc;
}

Py2cValue py2c__buf_finish(Py2cBuf *b) {
    Py2cValue r = py2c_str_from_utf8(b->data ? b->data : "", (int64_t)b->len);
    py2c__buf_free(b);
    return r;
}

void py2c__buf_free(Py2cBuf *b) {
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

/* --- repr recursion guard ----------------------------------------------------
 * A per-thread stack of the containers being printed: reprs nest, so a stack
 * searched linearly is enough (the depth is the nesting of the data). It
 * is in py2c__ts (internal.h). */

int py2c__repr_enter(Py2cValue obj) {
    for (size_t i = 0; i < py2c__ts.repr_len; i++)
        if (py2c__ts.repr_stack[i] == obj.bits) return 1;
    if (py2c__ts.repr_len == py2c__ts.repr_cap) {
        size_t cap = py2c__ts.repr_cap ? py2c__ts.repr_cap * 2 : 16;
        uint64_t *p = realloc(py2c__ts.repr_stack, cap * sizeof *p);
        if (!p) {
            (void)py2c_error_nomemory();
            return -1;
        }
        py2c__ts.repr_stack = p;
        py2c__ts.repr_cap = cap;
    }
    py2c__ts.repr_stack[py2c__ts.repr_len++] = obj.bits;
    return 0;
}

void py2c__repr_leave(Py2cValue obj) {
    for (size_t i = py2c__ts.repr_len; i-- > 0;) {
        if (py2c__ts.repr_stack[i] == obj.bits) {
            memmove(py2c__ts.repr_stack + i, py2c__ts.repr_stack + i + 1, (py2c__ts.repr_len - i - 1) * sizeof *py2c__ts.repr_stack);
            py2c__ts.repr_len--;
            break;
        }
    }
    if (py2c__ts.repr_len == 0) {
        free(py2c__ts.repr_stack);
        py2c__ts.repr_stack = NULL;
        py2c__ts.repr_cap = 0;
    }
}

/* --- KeyError ---------------------------------------------------------------------- */
Py2cValue py2c__raise_key_error(Py2cValue key) {
    Py2cValue exc = py2c__exc_alloc(&py2c_exc_KeyError, &key, 1);
    if (PY2C_IS_NULL(exc)) return exc;
    py2c__error_set(exc);
    return PY2C_NULL;
}

Py2cValue py2c__raise_key_error_msg(const char *msg) {
    Py2cValue s = py2c_str_from_utf8(msg, (int64_t)strlen(msg));
    if (PY2C_IS_NULL(s)) return s;
    (void)py2c__raise_key_error(s);
    py2c_decref(s);
    return PY2C_NULL;
}

/* --- arguments ------------------------------------------------------------------ */
static int has_kwargs(Py2cValue kwnames) { return !PY2C_IS_NULL(kwnames) && py2c_tuple_size(kwnames) > 0; }

int py2c__check_no_kwargs(const char *qual, Py2cValue kwnames) {
    if (has_kwargs(kwnames)) {
        (void)py2c_error_format(&py2c_exc_TypeError, "%s() takes no keyword arguments", qual);
        return -1;
    }
    return 0;
}

int py2c__check_noargs(const char *qual, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_no_kwargs(qual, kwnames) < 0) return -1;
    if (nargs != 0) {
        (void)py2c_error_format(&py2c_exc_TypeError, "%s() takes no arguments (%zu given)", qual, nargs);
        return -1;
    }
    return 0;
}

int py2c__check_onearg(const char *qual, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_no_kwargs(qual, kwnames) < 0) return -1;
    if (nargs != 1) {
        (void)py2c_error_format(&py2c_exc_TypeError, "%s() takes exactly one argument (%zu given)", qual, nargs);
        return -1;
    }
    return 0;
}

int py2c__check_nargs(const char *qual, const char *name, size_t nargs, Py2cValue kwnames, size_t min,
                      size_t max) {
    if (py2c__check_no_kwargs(qual, kwnames) < 0) return -1;
    if (nargs >= min && nargs <= max) return 0;
    if (min == max)
        (void)py2c_error_format(&py2c_exc_TypeError, "%s expected %zu argument%s, got %zu", name, min,
                                min == 1 ? "" : "s", nargs);
    else if (nargs < min)
        (void)py2c_error_format(&py2c_exc_TypeError, "%s expected at least %zu argument%s, got %zu", name, min,
                                min == 1 ? "" : "s", nargs);
    else
        (void)py2c_error_format(&py2c_exc_TypeError, "%s expected at most %zu argument%s, got %zu", name, max,
                                max == 1 ? "" : "s", nargs);
    return -1;
}

/* --- comparisons --------------------------------------------------------------------- */
int py2c__keys_equal(Py2cValue a, Py2cValue b) {
    if (a.bits == b.bits) return 1;
    return py2c_compare_bool(a, b, PY2C_EQ);
}

Py2cValue py2c__compare_sizes(int64_t na, int64_t nb, Py2cCompareOp op) {
    switch (op) {
    case PY2C_LT: return py2c_bool(na < nb);
    case PY2C_LE: return py2c_bool(na <= nb);
    case PY2C_EQ: return py2c_bool(na == nb);
    case PY2C_NE: return py2c_bool(na != nb);
    case PY2C_GT: return py2c_bool(na > nb);
    case PY2C_GE: return py2c_bool(na >= nb);
    }
    return PY2C_FALSE;
}

Py2cValue py2c__compare_nested(Py2cValue (*compare_items)(Py2cValue, Py2cValue, Py2cCompareOp), Py2cValue a,
                               Py2cValue b, Py2cCompareOp op) {
    if (py2c__recursion_enter_where(" in comparison") < 0) return PY2C_NULL;
    Py2cValue r = compare_items(a, b, op);
    py2c_recursion_leave();
    return r;
}

Py2cValue py2c__seq_richcompare(const Py2cValue *a, int64_t na, const Py2cValue *b, int64_t nb,
                                Py2cCompareOp op) {
    /* Find the first index where the items differ (identity first, as
     * PyObject_RichCompareBool does). */
    int64_t i;
    if ((op == PY2C_EQ || op == PY2C_NE) && na != nb) return py2c_bool(op == PY2C_NE);
    for (i = 0; i < na && i < nb; i++) {
        int eq = py2c__keys_equal(a[i], b[i]);
        if (eq < 0) return PY2C_NULL;
        if (!eq) break;
    }
    if (i >= na || i >= nb) return py2c__compare_sizes(na, nb, op);
    if (op == PY2C_EQ) return PY2C_FALSE;
    if (op == PY2C_NE) return PY2C_TRUE;
    return py2c_compare(a[i], b[i], op);
}

/* --- unpacking ------------------------------------------------------------------------- */
/* iter(v) for unpacking: CPython replaces the TypeError of a value whose
 * type has no iteration slots with "cannot unpack non-iterable X object". */
static Py2cValue unpack_iter(Py2cValue v) {
    Py2cValue it = py2c_iter(v);
    if (PY2C_IS_NULL(it) && py2c_error_matches(&py2c_exc_TypeError)) {
        const Py2cType *t = py2c_type_of(v);
        if (!t->iter && !t->getitem) {
            py2c_error_clear();
            (void)py2c_error_format(&py2c_exc_TypeError, "cannot unpack non-iterable %s object", py2c_type_name(v));
        }
    }
    return it;
}

/* Both unpackers leave every out[] slot PY2C_NULL on failure (the
 * compiler's cleanup decrefs the targets it handed in). */
static void clear_array(Py2cValue *out, size_t n) {
    for (size_t i = 0; i < n; i++) PY2C_CLEAR(out[i]);
}

static void null_array(Py2cValue *out, size_t n) {
    for (size_t i = 0; i < n; i++) out[i] = PY2C_NULL;
}

int py2c_unpack(Py2cValue iterable, size_t n, Py2cValue *out) {
    Py2cValue *items;
    int64_t len;
    null_array(out, n);
    Py2cValue keep;
    int fast = py2c__seq_hold(iterable, &items, &len, &keep);
    if (fast < 0) return -1;
    if (fast) {
        /* a list shared with other threads is read from a snapshot taken
         * under its stripe (one state of it, as under CPython's GIL) */
        if ((size_t)len != n) py2c_decref(keep);
        if ((size_t)len < n) {
            (void)py2c_error_format(&py2c_exc_ValueError, "not enough values to unpack (expected %zu, got %lld)", n,
                                    (long long)len);
            return -1;
        }
        if ((size_t)len > n) {
            (void)py2c_error_format(&py2c_exc_ValueError, "too many values to unpack (expected %zu)", n);
            return -1;
        }
        for (size_t i = 0; i < n; i++) {
            out[i] = items[i];
            py2c_incref(out[i]);
        }
        py2c_decref(keep);
        return 0;
    }
    Py2cValue it = unpack_iter(iterable);
    if (PY2C_IS_NULL(it)) return -1;
    size_t got = 0;
    for (; got < n; got++) {
        Py2cValue v = py2c_iter_next(it);
        if (PY2C_IS_NULL(v)) {
            if (!py2c_error_occurred())
                (void)py2c_error_format(&py2c_exc_ValueError, "not enough values to unpack (expected %zu, got %zu)",
                                        n, got);
            goto fail;
        }
        out[got] = v;
    }
    Py2cValue extra = py2c_iter_next(it);
    if (!PY2C_IS_NULL(extra)) {
        py2c_decref(extra);
        (void)py2c_error_format(&py2c_exc_ValueError, "too many values to unpack (expected %zu)", n);
        goto fail;
    }
    if (py2c_error_occurred()) goto fail;
    py2c_decref(it);
    return 0;
fail:
    clear_array(out, got);
    py2c_decref(it);
    return -1;
}

int py2c_unpack_ex(Py2cValue iterable, size_t before, size_t after, Py2cValue *out) {
    null_array(out, before + 1 + after);
    Py2cValue it = unpack_iter(iterable);
    if (PY2C_IS_NULL(it)) return -1;
    size_t got = 0;
    for (; got < before; got++) {
        Py2cValue v = py2c_iter_next(it);
        if (PY2C_IS_NULL(v)) {
            if (!py2c_error_occurred())
                (void)py2c_error_format(&py2c_exc_ValueError,
                                        "not enough values to unpack (expected at least %zu, got %zu)",
                                        before + after, got);
            goto fail;
        }
        out[got] = v;
    }
    Py2cValue rest = py2c_list_new(0);
    if (PY2C_IS_NULL(rest)) goto fail;
    out[got++] = rest;
    if (py2c_list_extend(rest, it) < 0) goto fail;
    Py2cList *l = py2c_list_ptr(rest);
    if ((size_t)l->size < after) {
        (void)py2c_error_format(&py2c_exc_ValueError, "not enough values to unpack (expected at least %zu, got %zu)",
                                before + after, before + (size_t)l->size);
        goto fail;
    }
    /* the last `after` items move from the list to the targets */
    for (size_t i = 0; i < after; i++) out[before + 1 + i] = l->items[l->size - (int64_t)after + (int64_t)i];
    l->size -= (int64_t)after;
    py2c_decref(it);
    return 0;
fail:
    clear_array(out, got);
    py2c_decref(it);
    return -1;
}

/* --- reversed ----------------------------------------------------------------------------- */
Py2cValue py2c__reversed(Py2cValue v) {
    if (py2c_is_list(v)) return py2c__list_reversed(v);
    if (py2c_is_range(v)) return py2c__range_reversed(v);
    if (py2c_is_dict(v)) return py2c__dict_reversed(v, NULL);
    if (py2c_is_obj(v)) {
        const Py2cType *t = py2c_obj_ptr(v)->type;
        if (t == &py2c_dict_keys_type || t == &py2c_dict_values_type || t == &py2c_dict_items_type)
            return py2c__dict_reversed(v, t);
    }
    return PY2C_NULL;
}

Py2cValue py2c__as_sequence(Py2cValue v) {
    if (py2c_is_list(v) || py2c_is_tuple(v)) {
        py2c_incref(v);
        return v;
    }
    return py2c_list_from_iterable(v);
}

/* --- slices -------------------------------------------------------------------------------- */
int py2c__slice_resolve(Py2cValue key, int64_t len, int64_t *start, int64_t *stop, int64_t *step,
                        int64_t *slicelen) {
    if (!py2c__is_slice(key)) return 0;
    if (py2c__slice_indices(key, len, start, stop, step, slicelen) < 0) return -1;
    return 1;
}

int py2c__seq_subscript(Py2cValue key, int64_t len, const char *type_name, int64_t *index, int64_t *start,
                        int64_t *step, int64_t *slicelen) {
    int r = py2c__as_index(key, 0 /* big ints: "cannot fit 'int' into an index-sized integer", as CPython */, index);
    if (r < 0) return -1;
    if (r == 0) {
        if (*index < 0 && *index != INT64_MIN) *index += len;
        if (*index < 0 || *index >= len) {
            (void)py2c_error_format(&py2c_exc_IndexError, "%s index out of range", type_name);
            return -1;
        }
        return 1;
    }
    int64_t stop;
    r = py2c__slice_resolve(key, len, start, &stop, step, slicelen);
    if (r < 0) return -1;
    if (r == 0) {
        (void)py2c_error_format(&py2c_exc_TypeError, "%s indices must be integers or slices, not %s", type_name,
                                py2c_type_name(key));
        return -1;
    }
    return 2;
}
