/* The abstract protocol, part 3: items, slice objects, iteration. */
#include <stdio.h>
#include <stdlib.h>

#include "internal.h"

static int is_type_object(Py2cValue v) {
    return py2c_is_obj(v) && py2c__is_subtype(py2c_obj_ptr(v)->type, &py2c_type_type);
}

Py2cValue py2c_getitem(Py2cValue obj, Py2cValue key) {
    const Py2cType *t = py2c_type_of(obj);
    if (t->getitem) return t->getitem(obj, key);
    if (is_type_object(obj))
        return py2c_error_format(&py2c_exc_TypeError, "type '%s' is not subscriptable",
                                 ((const Py2cType *)py2c_obj_ptr(obj))->name);
    return py2c_error_format(&py2c_exc_TypeError, "'%s' object is not subscriptable", py2c__type_tpname(t));
}

int py2c_setitem(Py2cValue obj, Py2cValue key, Py2cValue value) {
    const Py2cType *t = py2c_type_of(obj);
    if (t->setitem && !PY2C_IS_NULL(value)) return t->setitem(obj, key, value);
    (void)py2c_error_format(&py2c_exc_TypeError, "'%s' object does not support item assignment", py2c__type_tpname(t));
    return -1;
}

int py2c_delitem(Py2cValue obj, Py2cValue key) {
    const Py2cType *t = py2c_type_of(obj);
    if (t->setitem) return t->setitem(obj, key, PY2C_NULL);
    if (t->getitem)
        (void)py2c_error_format(&py2c_exc_TypeError, "'%s' object doesn't support item deletion", py2c__type_tpname(t));
    else
        (void)py2c_error_format(&py2c_exc_TypeError, "'%s' object does not support item deletion", py2c__type_tpname(t));
    return -1;
}

/* ---- indices ------------------------------------------------------------------ */

int py2c__as_index(Py2cValue v, unsigned flags, int64_t *out) {
    if (py2c_is_small_int(v)) return *out = py2c_small_int_value(v), 0;
    if (py2c_is_bool(v)) return *out = py2c_bool_value(v), 0;
    const Py2cType *t = py2c_type_of(v);
    if (!t->number || !t->number->index) {
        if (!(flags & PY2C_INDEX_REQUIRED)) return 1;
        (void)py2c_error_format(&py2c_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                                py2c_type_name(v));
        return -1;
    }
    Py2cValue r = t->number->index(v);
    if (PY2C_IS_NULL(r)) return -1;
    if (py2c_is_small_int(r)) return *out = py2c_small_int_value(r), 0;
    /* a big int: beyond the 48-bit range, maybe still within int64 (ssize_t) */
    int fits = py2c_int_as_int64(r, out) == 0;
    if (!fits) {
        py2c_error_clear(); /* the OverflowError of the conversion */
        *out = py2c_int_as_int64_clamped(r);
    }
    py2c_decref(r);
    if (!fits && !(flags & PY2C_INDEX_CLAMP)) {
        (void)py2c_error_format(&py2c_exc_IndexError, "cannot fit '%s' into an index-sized integer", py2c__type_tpname(t));
        return -1;
    }
    return 0;
}

/* ---- slice objects ---------------------------------------------------------------- */

static void slice_dealloc(Py2cObject *o) {
    Py2cSlice *s = (Py2cSlice *)o;
    py2c_decref(s->start);
    py2c_decref(s->stop);
    py2c_decref(s->step);
    free(s);
}

Py2cValue py2c_slice_new(Py2cValue start, Py2cValue stop, Py2cValue step) {
    Py2cSlice *s = (Py2cSlice *)py2c__object_new(&py2c_slice_type, sizeof *s);
    if (!s) return PY2C_NULL;
    py2c_incref(start);
    py2c_incref(stop);
    py2c_incref(step);
    s->start = start;
    s->stop = stop;
    s->step = step;
    return py2c_obj_value(&s->ob);
}

static int slice_part(Py2cValue v, int64_t *out) {
    int r = py2c__as_index(v, PY2C_INDEX_CLAMP, out);
    if (r == 1) {
        (void)py2c_error_format(&py2c_exc_TypeError,
                                "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    return r;
}

int py2c__slice_indices(Py2cValue slice, int64_t length, int64_t *startp, int64_t *stopp, int64_t *stepp,
                        int64_t *slicelength) {
    Py2cSlice *s = (Py2cSlice *)py2c_obj_ptr(slice);
    int64_t start, stop, step;
    if (py2c_is_none(s->step)) step = 1;
    else {
        if (slice_part(s->step, &step) < 0) return -1;
        if (step == 0) {
            (void)py2c_error_format(&py2c_exc_ValueError, "slice step cannot be zero");
            return -1;
        }
        if (step < -INT64_MAX) step = -INT64_MAX; /* so that -step cannot overflow */
    }
    if (py2c_is_none(s->start)) start = step < 0 ? INT64_MAX : 0;
    else if (slice_part(s->start, &start) < 0) return -1;
    if (py2c_is_none(s->stop)) stop = step < 0 ? INT64_MIN : INT64_MAX;
    else if (slice_part(s->stop, &stop) < 0) return -1;

    if (start < 0) {
        start += length;
        if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= length) {
        start = step < 0 ? length - 1 : length;
    }
    if (stop < 0) {
        stop += length;
        if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= length) {
        stop = step < 0 ? length - 1 : length;
    }
    int64_t n = 0;
    if (step < 0) {
        if (stop < start) n = (start - stop - 1) / (-step) + 1;
    } else if (start < stop) {
        n = (stop - start - 1) / step + 1;
    }
    *startp = start, *stopp = stop, *stepp = step, *slicelength = n;
    return 0;
}

static Py2cValue slice_repr(Py2cValue self) {
    Py2cSlice *s = (Py2cSlice *)py2c_obj_ptr(self);
    Py2cValue parts[7] = {PY2C_NULL, PY2C_NULL, PY2C_NULL, PY2C_NULL, PY2C_NULL, PY2C_NULL, PY2C_NULL};
    Py2cValue r = PY2C_NULL;
    Py2cValue fields[3] = {s->start, s->stop, s->step};
    for (int i = 0; i < 3; i++) {
        parts[2 * i + 1] = py2c_repr(fields[i]);
        if (PY2C_IS_NULL(parts[2 * i + 1])) goto done;
    }
    {
        Py2cStr *a = py2c__as_str(parts[1]), *b = py2c__as_str(parts[3]), *c = py2c__as_str(parts[5]);
        size_t n = (size_t)(a->len + b->len + c->len) + 16;
        char *buf = py2c__alloc(n);
        if (!buf) {
            r = py2c_error_nomemory();
            goto done;
        }
        int len = snprintf(buf, n, "slice(%s, %s, %s)", a->data, b->data, c->data);
        r = py2c_str_from_utf8(buf, len);
        free(buf);
    }
done:
    for (int i = 0; i < 7; i++) py2c_decref(parts[i]);
    return r;
}

static Py2cValue slice_richcompare(Py2cValue a, Py2cValue b, Py2cCompareOp op) {
    if (!py2c__is_slice(b)) return PY2C_NOT_IMPLEMENTED;
    Py2cSlice *x = (Py2cSlice *)py2c_obj_ptr(a), *y = (Py2cSlice *)py2c_obj_ptr(b);
    Py2cValue tx = py2c_tuple_pack(3, (Py2cValue[]){x->start, x->stop, x->step});
    if (PY2C_IS_NULL(tx)) return tx;
    Py2cValue ty = py2c_tuple_pack(3, (Py2cValue[]){y->start, y->stop, y->step});
    if (PY2C_IS_NULL(ty)) {
        py2c_decref(tx);
        return ty;
    }
    Py2cValue r = py2c_compare(tx, ty, op);
    py2c_decref(tx);
    py2c_decref(ty);
    return r;
}

static Py2cValue slice_get_start(Py2cValue self) {
    Py2cValue v = ((Py2cSlice *)py2c_obj_ptr(self))->start;
    py2c_incref(v);
    return v;
}
static Py2cValue slice_get_stop(Py2cValue self) {
    Py2cValue v = ((Py2cSlice *)py2c_obj_ptr(self))->stop;
    py2c_incref(v);
    return v;
}
static Py2cValue slice_get_step(Py2cValue self) {
    Py2cValue v = ((Py2cSlice *)py2c_obj_ptr(self))->step;
    py2c_incref(v);
    return v;
}

static Py2cValue slice_m_indices(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (nargs != 1 || !PY2C_IS_NULL(kwnames))
        return py2c_error_format(&py2c_exc_TypeError, "slice.indices() takes exactly one argument (%zu given)", nargs);
    int64_t len, start, stop, step, n;
    if (py2c__as_index(args[0], PY2C_INDEX_REQUIRED, &len) < 0) return PY2C_NULL;
    if (len < 0) return py2c_error_format(&py2c_exc_ValueError, "length should not be negative");
    if (py2c__slice_indices(self, len, &start, &stop, &step, &n) < 0) return PY2C_NULL;
    return py2c_tuple_pack(3, (Py2cValue[]){py2c_int(start), py2c_int(stop), py2c_int(step)});
}

static Py2cValue slice_type_new(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (!PY2C_IS_NULL(kwnames) && py2c__tuple_size(kwnames) > 0)
        return py2c_error_format(&py2c_exc_TypeError, "slice() takes no keyword arguments");
    if (nargs == 1) return py2c_slice_new(PY2C_NONE, args[0], PY2C_NONE);
    if (nargs == 2) return py2c_slice_new(args[0], args[1], PY2C_NONE);
    if (nargs == 3) return py2c_slice_new(args[0], args[1], args[2]);
    if (nargs == 0) return py2c_error_format(&py2c_exc_TypeError, "slice expected at least 1 argument, got 0");
    return py2c_error_format(&py2c_exc_TypeError, "slice expected at most 3 arguments, got %zu", nargs);
}

static const Py2cGetSetDef slice_getset[] = {
    {"start", slice_get_start, NULL},
    {"stop", slice_get_stop, NULL},
    {"step", slice_get_step, NULL},
    {NULL, NULL, NULL},
};

static const Py2cMethodDef slice_methods[] = {
    {"indices", slice_m_indices},
    {NULL, NULL},
};

const Py2cType py2c_slice_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "slice",
    .base = &py2c_object_type,
    .basicsize = sizeof(Py2cSlice),
    .dealloc = slice_dealloc,
    .new_ = slice_type_new,
    .repr = slice_repr,
    .richcompare = slice_richcompare,
    .methods = slice_methods,
    .getset = slice_getset,
};

/* ---- iteration ---------------------------------------------------------------- */

/* The iterator of objects that only have __getitem__: items 0, 1, ... until
 * IndexError (or StopIteration). */
typedef struct SeqIter {
    Py2cObject ob;
    Py2cValue seq; /* PY2C_NULL once exhausted */
    int64_t index;
} SeqIter;

static void seqiter_dealloc(Py2cObject *o) {
    py2c_decref(((SeqIter *)o)->seq);
    free(o);
}

static Py2cValue seqiter_iter(Py2cValue self) {
    py2c_incref(self);
    return self;
}

static Py2cValue seqiter_next(Py2cValue self) {
    SeqIter *it = (SeqIter *)py2c_obj_ptr(self);
    if (PY2C_IS_NULL(it->seq)) return PY2C_NULL;
    Py2cValue v = py2c_getitem(it->seq, py2c_int(it->index));
    if (!PY2C_IS_NULL(v)) {
        it->index++;
        return v;
    }
    if (py2c_error_matches(&py2c_exc_IndexError) || py2c_error_matches(&py2c_exc_StopIteration)) {
        py2c_error_clear();
        PY2C_CLEAR(it->seq);
    }
    return PY2C_NULL;
}

static const Py2cType seqiter_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "iterator",
    .base = &py2c_object_type,
    .basicsize = sizeof(SeqIter),
    .dealloc = seqiter_dealloc,
    .hash = py2c_object_hash,
    .iter = seqiter_iter,
    .iternext = seqiter_next,
};

Py2cValue py2c_iter(Py2cValue v) {
    const Py2cType *t = py2c_type_of(v);
    if (t->iter) {
        Py2cValue r = t->iter(v);
        if (!PY2C_IS_NULL(r) && !py2c_type_of(r)->iternext) {
            (void)py2c_error_format(&py2c_exc_TypeError, "iter() returned non-iterator of type '%s'", py2c_type_name(r));
            py2c_decref(r);
            return PY2C_NULL;
        }
        return r;
    }
    if (t->getitem && !is_type_object(v)) {
        SeqIter *it = (SeqIter *)py2c__object_new(&seqiter_type, sizeof *it);
        if (!it) return PY2C_NULL;
        py2c_incref(v);
        it->seq = v;
        it->index = 0;
        return py2c_obj_value(&it->ob);
    }
    return py2c_error_format(&py2c_exc_TypeError, "'%s' object is not iterable", py2c__type_tpname(t));
}

Py2cValue py2c_iter_next(Py2cValue it) {
    const Py2cType *t = py2c_type_of(it);
    if (t->iternext) return t->iternext(it);
    return py2c_error_format(&py2c_exc_TypeError, "'%s' object is not an iterator", py2c__type_tpname(t));
}
