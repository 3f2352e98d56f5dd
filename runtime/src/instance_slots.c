/* Fixed instance layouts (py2c/layout.h): the layout of a class, the SLOT
 * and DICT modes of its instances, and the switch between them.
 *
 * Invariant: an instance is in SLOT mode (dict PY2C_NULL; slot j holds
 * attribute slot_names[j] or PY2C_NULL when unset) or in DICT mode (dict
 * set, every slot PY2C_NULL), and never goes back from DICT to SLOT mode. A
 * slot attribute is created in SLOT mode only while no later slot is set,
 * so the slots in order are the __dict__ CPython would have, in its order.
 *
 * Threads: while another thread can preempt this one, an instance's slots
 * and its switch to DICT mode are read and written under the instance's
 * stripe (sync_internal.h), except that an immediate value is read from a
 * slot with one atomic load; the dict field is written once with a release
 * store and read with acquire loads (py2c__dict_load), so DICT-mode paths
 * need no stripe of the instance. Single-threaded (and on WASI) everything
 * is a plain access: no stripe is taken. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "bltin_internal.h"
#include "sync_internal.h"

static inline Py2cInstance *as_instance(Py2cValue obj) { return (Py2cInstance *)py2c_obj_ptr(obj); }

static inline void dict_publish(Py2cInstance *in, Py2cValue d) {
    atomic_store_explicit((_Atomic uint64_t *)&in->dict.bits, d.bits, memory_order_release);
}

/* Slot writes are atomic (under the stripe while threaded), so that a
 * reader may load an immediate value (a float, a small int...) with no
 * stripe: it needs no reference count, so it cannot be freed under it. */
static inline _Atomic uint64_t *slot_word(Py2cInstance *in, int i) { return (_Atomic uint64_t *)&in->slots[i].bits; }
static inline void slot_put(Py2cInstance *in, int i, Py2cValue v) {
    atomic_store_explicit(slot_word(in, i), v.bits, memory_order_release);
}

static bool str_same(Py2cValue a, Py2cValue b) {
    const Py2cStr *x = py2c__as_str(a), *y = py2c__as_str(b);
    return x->len == y->len && memcmp(x->data, y->data, (size_t)x->len) == 0;
}

int py2c__layout_index(const Py2cType *t, Py2cValue name) {
    int n = t->nslots;
    if (!n || !py2c_is_str(name)) return -1;
    for (int i = 0; i < n; i++) /* attribute names are mostly the same constants */
        if (t->slot_names[i].bits == name.bits) return i;
    for (int i = 0; i < n; i++)
        if (str_same(t->slot_names[i], name)) return i;
    return -1;
}

/* Whether no slot after i is set (a new slot i keeps the creation order). */
static inline bool later_unset(const Py2cInstance *in, const Py2cType *t, int i) {
    for (int j = i + 1; j < t->nslots; j++)
        if (!PY2C_IS_NULL(in->slots[j])) return false;
    return true;
}

/* Moves in's slots into a new __dict__ (slot order), unless it is in DICT
 * mode already. The dict (borrowed), or PY2C_NULL with MemoryError. The
 * dict is built with no stripe held (it takes its own); under threads the
 * slots are then checked to be still those copied, else it starts over. */
static Py2cValue to_dict_mode(Py2cInstance *in, const Py2cType *t) {
    int n = t->nslots;
    Py2cValue small[16];
    Py2cValue *snap = n <= 16 ? small : malloc(sizeof *snap * (size_t)n);
    if (!snap) return py2c_error_nomemory();
    Py2cValue result = PY2C_NULL;
    for (;;) {
        Py2cStripe *lk = py2c__lock(in);
        Py2cValue d = py2c__dict_load(py2c_obj_value(&in->ob));
        if (!PY2C_IS_NULL(d)) {
            py2c__unlock(lk);
            result = d;
            break;
        }
        for (int j = 0; j < n; j++) py2c_incref(snap[j] = in->slots[j]);
        py2c__unlock(lk);
        Py2cValue nd = py2c_dict_new();
        int rc = PY2C_IS_NULL(nd) ? -1 : 0;
        for (int j = 0; j < n && rc == 0; j++)
            if (!PY2C_IS_NULL(snap[j])) rc = py2c_dict_setitem(nd, t->slot_names[j], snap[j]);
        if (rc < 0) {
            for (int j = 0; j < n; j++) py2c_decref(snap[j]);
            py2c_decref(nd);
            break;
        }
        lk = py2c__lock(in);
        d = py2c__dict_load(py2c_obj_value(&in->ob));
        bool same = PY2C_IS_NULL(d);
        for (int j = 0; j < n && same; j++) same = in->slots[j].bits == snap[j].bits;
        if (same) {
            dict_publish(in, nd);
            for (int j = 0; j < n; j++) slot_put(in, j, PY2C_NULL);
        }
        py2c__unlock(lk);
        for (int j = 0; j < n; j++) {
            if (same) py2c_decref(snap[j]); /* the slot's reference: the dict has its own */
            py2c_decref(snap[j]);
        }
        if (same) {
            result = nd;
            break;
        }
        py2c_decref(nd);
        if (!PY2C_IS_NULL(d)) { /* another thread switched it meanwhile */
            result = d;
            break;
        }
    }
    if (snap != small) free(snap);
    return result;
}

static bool any_slot_set(Py2cInstance *in, const Py2cType *t) {
    Py2cStripe *lk = py2c__lock(in);
    bool any = !later_unset(in, t, -1);
    py2c__unlock(lk);
    return any;
}

Py2cValue py2c__object_dict(Py2cValue obj, bool create) {
    const Py2cType *t = py2c_obj_ptr(obj)->type;
    Py2cValue d = py2c__dict_load(obj);
    if (!PY2C_IS_NULL(d)) return d;
    if (t->nslots) {
        Py2cInstance *in = as_instance(obj);
        if (!create && !any_slot_set(in, t)) return py2c__dict_load(obj);
        return to_dict_mode(in, t);
    }
    if (!create) return d;
    Py2cValue nd = py2c_dict_new();
    if (PY2C_IS_NULL(nd)) return nd;
    uint64_t expected = PY2C_NULL.bits;
    if (atomic_compare_exchange_strong_explicit((_Atomic uint64_t *)&py2c__dict_slot(obj)->bits, &expected, nd.bits,
                                                memory_order_acq_rel, memory_order_acquire))
        return nd;
    py2c_decref(nd); /* another thread made one first */
    return (Py2cValue){expected};
}

/* Slot i of in (SLOT mode), or PY2C_NULL; *dict_mode says which. New reference. */
static Py2cValue slot_load(Py2cInstance *in, int i, bool *dict_mode) {
    if (i >= 0 && py2c__threaded()) { /* an immediate: its value at one moment, no stripe needed */
        Py2cValue v = {atomic_load_explicit(slot_word(in, i), memory_order_acquire)};
        if (!PY2C_IS_NULL(v) && !py2c_is_obj(v)) {
            *dict_mode = false;
            return v;
        }
    }
    Py2cStripe *lk = py2c__lock(in);
    Py2cValue v = PY2C_NULL;
    *dict_mode = !PY2C_IS_NULL(in->dict);
    if (!*dict_mode && i >= 0) py2c_incref(v = in->slots[i]);
    py2c__unlock(lk);
    return v;
}

Py2cValue py2c__slot_get(Py2cValue obj, int i) {
    bool dict_mode;
    return slot_load(as_instance(obj), i, &dict_mode);
}

Py2cValue py2c__instance_attr_get(Py2cValue obj, Py2cValue name) {
    const Py2cType *t = py2c_obj_ptr(obj)->type;
    if (t->nslots) {
        bool dict_mode;
        Py2cValue v = slot_load(as_instance(obj), py2c__layout_index(t, name), &dict_mode);
        if (!dict_mode) return v; /* a name outside the layout is absent in SLOT mode */
    }
    Py2cValue d = py2c__dict_load(obj);
    return PY2C_IS_NULL(d) ? d : py2c__dict_get(d, name);
}

int py2c__slot_set(Py2cValue obj, int i, Py2cValue name, Py2cValue value) {
    Py2cInstance *in = as_instance(obj);
    const Py2cType *t = in->ob.type;
    Py2cStripe *lk = py2c__lock(in);
    if (PY2C_IS_NULL(in->dict)) {
        Py2cValue old = in->slots[i];
        if (!PY2C_IS_NULL(old) || later_unset(in, t, i)) {
            py2c_incref(value);
            slot_put(in, i, value);
            py2c__unlock(lk);
            py2c_decref(old);
            return 0;
        }
    }
    py2c__unlock(lk);
    Py2cValue d = to_dict_mode(in, t);
    return PY2C_IS_NULL(d) ? -1 : py2c_dict_setitem(d, name, value);
}

int py2c__instance_attr_set(Py2cValue obj, Py2cValue name, Py2cValue value) {
    const Py2cType *t = py2c_obj_ptr(obj)->type;
    int i = py2c__layout_index(t, name);
    if (i >= 0) return py2c__slot_set(obj, i, name, value);
    Py2cValue d = py2c__object_dict(obj, true);
    return PY2C_IS_NULL(d) ? -1 : py2c_dict_setitem(d, name, value);
}

/* ---- the layout of a class ------------------------------------------------------------ */

PY2C__STR_CONST(s_setattr, "__setattr__");

void py2c__layout_refresh(const Py2cType *t) {
    if (!t->nslots || !py2c__is_heaptype(t)) return;
    uint64_t epoch = py2c__type_version(t);
    if (epoch == 0) return; /* being made: its namespace may still change */
    uint32_t f = PY2C_SLOTS_VALID | PY2C_SLOTS_GET | PY2C_SLOTS_SET;
    for (int i = 0; i < t->nslots && (f & PY2C_SLOTS_GET); i++) {
        Py2cValue found;
        const Py2cMethodDef *m;
        const Py2cGetSetDef *g;
        int has = py2c__type_lookup_owned(t, t->slot_names[i], &found, &m, &g, NULL);
        if (has && (g || (!PY2C_IS_NULL(found) && py2c_type_of(found)->descr_set)))
            f &= ~(uint32_t)(PY2C_SLOTS_GET | PY2C_SLOTS_SET);
        py2c_decref(found);
    }
    if (!PY2C_IS_NULL(py2c__heap_lookup_str(t, PY2C__STR_VAL(s_setattr), NULL))) f &= ~(uint32_t)PY2C_SLOTS_SET;
    if (py2c_error_occurred()) { /* a lookup failed: leave the flags clear */
        py2c_error_clear();
        return;
    }
    _Atomic uint32_t *flags = &((Py2cType *)t)->slot_flags;
    atomic_store_explicit(flags, f, memory_order_seq_cst);
    atomic_thread_fence(memory_order_seq_cst);
    /* a change meanwhile cleared the flags after bumping the tag: then what
     * was computed may be stale (py2c__type_changed clears after the bump) */
    if (py2c__type_version(t) != epoch) atomic_store_explicit(flags, 0, memory_order_seq_cst);
}

/* Whether names[0..n) are distinct exact strs starting with base's layout. */
static bool hint_fits(const Py2cType *base, const Py2cValue *names, int n) {
    if (!names || n < base->nslots || n > 4096) return false;
    for (int i = 0; i < n; i++) {
        if (!py2c_is_str(names[i])) return false;
        if (i < base->nslots && !str_same(base->slot_names[i], names[i])) return false;
        for (int j = 0; j < i; j++)
            if (str_same(names[j], names[i])) return false;
    }
    return true;
}

int py2c__layout_init(Py2cType *t, const Py2cType *base, const Py2cValue *names, int n) {
    bool hinted = hint_fits(base, names, n);
    if (!hinted) {
        names = base->slot_names;
        n = base->nslots;
    }
    t->flags |= PY2C__TPFLAG_LAYOUT | (hinted ? PY2C__TPFLAG_LAYOUT_HINT : 0);
    t->nslots = 0;
    t->slot_names = NULL;
    atomic_store_explicit(&t->slot_flags, 0, memory_order_relaxed);
    if (n > 0) {
        Py2cValue *copy = malloc(sizeof *copy * (size_t)n);
        if (!copy) return (void)py2c_error_nomemory(), -1;
        for (int i = 0; i < n; i++) py2c_incref(copy[i] = names[i]);
        t->slot_names = copy;
        t->nslots = n;
    }
    t->basicsize = py2c__instance_size(t);
    return 0;
}

void py2c__layout_free(Py2cType *t) {
    for (int i = 0; i < t->nslots; i++) py2c_decref(t->slot_names[i]);
    free((void *)t->slot_names);
    t->slot_names = NULL;
    t->nslots = 0;
}

const Py2cType *py2c_layout_type(Py2cValue cls, int n) {
    if (!py2c_is_obj(cls) || !py2c__is_subtype(py2c_obj_ptr(cls)->type, &py2c_type_type)) return NULL;
    const Py2cType *t = (const Py2cType *)py2c_obj_ptr(cls);
    if (!py2c__is_heaptype(t) || !(t->flags & PY2C__TPFLAG_LAYOUT_HINT) || t->nslots != n) return NULL;
    return t;
}

/* ---- direct construction ---------------------------------------------------------------- */

Py2cValue py2c_instance_alloc(Py2cValue cls) {
    if (py2c_is_obj(cls) && py2c_obj_ptr(cls)->type == &py2c_type_type &&
        py2c__is_heaptype((const Py2cType *)py2c_obj_ptr(cls))) /* the usual case, without the walks */
        return py2c__instance_alloc((const Py2cType *)py2c_obj_ptr(cls), NULL, 0);
    if (!py2c_is_obj(cls) || !py2c__is_subtype(py2c_obj_ptr(cls)->type, &py2c_type_type))
        return py2c_error_format(&py2c_exc_TypeError, "object.__new__(X): X is not a type object (%s)",
                                 py2c_type_name(cls));
    const Py2cType *t = (const Py2cType *)py2c_obj_ptr(cls);
    if (py2c__is_heaptype(t)) return py2c__instance_alloc(t, NULL, 0);
    if (!t->new_) return py2c_error_format(&py2c_exc_TypeError, "cannot create '%s' instances", py2c__type_tpname(t));
    return t->new_(cls, NULL, 0, PY2C_NULL);
}

int py2c_init_result(Py2cValue r) {
    if (PY2C_IS_NULL(r)) return -1;
    if (py2c_is_none(r)) return 0;
    (void)py2c_error_format(&py2c_exc_TypeError, "__init__() should return None, not '%s'", py2c_type_name(r));
    py2c_decref(r);
    return -1;
}
