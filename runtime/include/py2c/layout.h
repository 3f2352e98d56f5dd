/* Fixed instance layouts of user classes (docs/runtime.md, "Instance layouts").
 *
 * A class made with py2c_class_new_layout (or deriving from such a class
 * through a single plain base) gives its instances one attribute slot per
 * name of its layout, after the __dict__ field. An instance is either in
 * SLOT mode (dict is PY2C_NULL; a slot holding PY2C_NULL means the
 * attribute is absent) or in DICT mode (dict is a dict, every slot
 * PY2C_NULL). It starts in SLOT mode; a slot attribute may be created in
 * SLOT mode only while no later slot is set (so the order of __dict__,
 * which is the order of creation, is the slot order); anything else (a
 * name outside the layout, `del`, `__dict__`/vars(), copy, ...) moves the
 * slots into a new dict, in slot order, and the instance stays in DICT mode
 * for good. Every result is CPython's.
 *
 * The inline fast paths below touch the slots only while no other thread
 * can preempt this one (py2c__preemptive); with threads they take the
 * _ic path, which reads and writes the slots under the instance's stripe.
 *
 * Part of the runtime ABI (PY2C_ABI_VERSION). */
#ifndef PY2C_LAYOUT_H
#define PY2C_LAYOUT_H

#include "py2c/value.h"
#include "py2c/object.h"
#include "py2c/type.h"
#include "py2c/abstract.h"

/* Public view of an instance of a user class (the runtime's Py2cInstance). */
typedef struct Py2cInstanceHead {
    Py2cObject ob;
    Py2cValue dict;    /* PY2C_NULL: SLOT mode */
    Py2cValue slots[]; /* type->nslots of them */
} Py2cInstanceHead;

/* Py2cType.slot_flags: set together with PY2C_SLOTS_VALID (computed for
 * the class's current namespaces), cleared by any class namespace change. */
enum {
    PY2C_SLOTS_VALID = 1u << 0,
    PY2C_SLOTS_GET = 1u << 1, /* no data descriptor for any slot name: loads may read the slots */
    PY2C_SLOTS_SET = 1u << 2, /* besides, no user __setattr__: stores may write them */
};

/* py2c_class_new with a layout hint: names[0..n) (str constants, distinct)
 * are the attributes the instances get, the base class's full layout first
 * (as a prefix). The runtime uses the hint when it can (a plain class: one
 * user-class base whose layout is exactly the prefix, or object; no
 * __slots__, no builtin solid base, metaclass type) and otherwise ignores it
 * (instances use a dict only, or the base's layout). Same errors and
 * behaviour as py2c_class_new in every case. A new reference. */
PY2C_WARN_UNUSED Py2cValue py2c_class_new_layout(const char *name, const char *qualname, const char *module,
                                                 Py2cValue bases, Py2cValue ns, const Py2cValue *names, int n);

/* The class's type if its instances have exactly n slots laid out as its
 * hint said, else NULL (for the guards of generated fast paths; never
 * fails; cls borrowed). */
const Py2cType *py2c_layout_type(Py2cValue cls, int n);

/* Whether the inline fast paths may touch slot i of obj (an object of
 * type ot) for attribute name: ot's layout has name as slot i (ot is t,
 * whose slot i is name by construction, or any type whose slot_names[i] is
 * that very str: a subclass of t, whose layout starts with t's, a class
 * statement run again, another class with the same layout prefix), its
 * slot_flags have flag (PY2C_SLOTS_GET / PY2C_SLOTS_SET), and no other
 * thread can preempt this one. Exactly the types for which the slot is the
 * attribute, so the fast paths give the generic path's results whatever
 * the receiver is (None, an unrelated class, a type with no layout: nslots
 * 0, a class with a property of that name: flag clear). */
PY2C__INLINE bool py2c__slot_ok(const Py2cType *ot, Py2cValue name, const Py2cType *t, int i, uint32_t flag) {
    return (ot == t || (ot->nslots > i && ot->slot_names[i].bits == name.bits)) && !py2c__preemptive() &&
           (atomic_load_explicit(&ot->slot_flags, memory_order_relaxed) & flag);
}

/* obj.name with the same result, errors and side effects as
 * py2c_getattr_ic, fast when slot i of obj's type's layout is name (t, the
 * type expected most, is checked first; it may be NULL). A new reference. */
PY2C_WARN_UNUSED PY2C__INLINE Py2cValue py2c_getattr_slot(Py2cValue obj, Py2cValue name, const Py2cType *t, int i,
                                                           Py2cAttrCache *ic) {
    if (PY2C__LIKELY(py2c_is_obj(obj) && py2c__slot_ok(py2c_obj_ptr(obj)->type, name, t, i, PY2C_SLOTS_GET))) {
        Py2cValue v = ((Py2cInstanceHead *)py2c_obj_ptr(obj))->slots[i]; /* PY2C_NULL in DICT mode */
        if (PY2C__LIKELY(!PY2C_IS_NULL(v))) {
            py2c_incref(v);
            return v;
        }
    }
    return py2c_getattr_ic(obj, name, ic);
}

/* obj.name = v (v borrowed) as py2c_setattr_ic, fast under the same
 * conditions (a new attribute: in SLOT mode while no later slot is set,
 * so that the slots keep the creation order). 0 or -1. */
PY2C_WARN_UNUSED PY2C__INLINE int py2c_setattr_slot(Py2cValue obj, Py2cValue name, Py2cValue v, const Py2cType *t,
                                                     int i, Py2cAttrCache *ic) {
    if (PY2C__LIKELY(py2c_is_obj(obj) && py2c__slot_ok(py2c_obj_ptr(obj)->type, name, t, i, PY2C_SLOTS_SET))) {
        Py2cInstanceHead *h = (Py2cInstanceHead *)py2c_obj_ptr(obj);
        Py2cValue old = h->slots[i];
        if (PY2C__LIKELY(!PY2C_IS_NULL(old))) { /* (set: SLOT mode) */
            py2c_incref(v);
            h->slots[i] = v;
            py2c_decref(old);
            return 0;
        }
        if (PY2C__LIKELY(PY2C_IS_NULL(h->dict))) { /* a new attribute: only while no later slot is set */
            int j = i + 1, n = h->ob.type->nslots;
            while (j < n && PY2C_IS_NULL(h->slots[j])) j++;
            if (PY2C__LIKELY(j == n)) {
                py2c_incref(v);
                h->slots[i] = v;
                return 0;
            }
        }
    }
    return py2c_setattr_ic(obj, name, v, ic);
}

/* A new bare instance of class cls, exactly as object.__new__(cls) (for
 * direct construction: alloc, then a direct __init__ call); PY2C_NULL with
 * the exception on error. */
PY2C_WARN_UNUSED Py2cValue py2c_instance_alloc(Py2cValue cls);
/* __init__'s result r (stolen): 0 if None, else -1 with CPython's TypeError
 * ("__init__() should return None, not 'int'"); -1 when r is PY2C_NULL (the
 * exception __init__ raised stays). */
PY2C_WARN_UNUSED int py2c_init_result(Py2cValue r);

#endif
