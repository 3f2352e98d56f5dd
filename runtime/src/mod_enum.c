/* The enum module (CPython 3.11's Lib/enum.py): Enum, ReprEnum, IntEnum,
 * auto, unique, EnumType (EnumMeta).
 *
 * Enum classes are ordinary classes whose metatype is EnumType (a static
 * metatype: its slots give the class its call, iteration, len, [], `in`,
 * repr and attribute assignment). Its class_init turns the class body's
 * plain attributes into members after the class is made: instances of the
 * class carrying _name_ and _value_, kept in the class namespace (as CPython
 * does) with _member_names_, _member_map_ and _value2member_map_ beside
 * them. The methods of Enum and IntEnum are function objects with C bodies.
 *
 * Differences from CPython: IntEnum does not derive from int (py2c classes
 * cannot subclass int yet), so isinstance(member, int) is False, although
 * members compare, hash, index and compute like their int values;
 * __members__ is a dict copy (CPython: a mappingproxy); redefining a member
 * name in the class body (CPython: TypeError "'X' already defined as 1") is
 * not detected, since the class body fills a plain dict; `x in Enum` with a
 * non-member raises the TypeError without CPython's DeprecationWarning.
 *
 * Members refer to their class and the class namespace to its members: the
 * cycle is broken at exit (enum_shutdown), which keeps leak checkers quiet. */
#include <stdlib.h>
#include <string.h>

#include "mod_enum_internal.h"
#include "modsupport.h"
#include "sync_internal.h"

PY2C_STDLIB_MODULE("enum", py2c__module_init_enum);

PY2C__STR_CONST(s_name_, "_name_");
PY2C__STR_CONST(s_value_, "_value_");
PY2C__STR_CONST(s_member_names, "_member_names_");
PY2C__STR_CONST(s_member_map, "_member_map_");
PY2C__STR_CONST(s_value2member, "_value2member_map_");
PY2C__STR_CONST(s_missing, "_missing_");
PY2C__STR_CONST(s_gnv, "_generate_next_value_");
PY2C__STR_CONST(s_init, "__init__");

static Py2cValue enum_class, reprenum_class, intenum_class; /* owned; zero bits until made */
static int module_made;

/* Every enum class made (owned), for the exit-time cycle breaking. */
static Py2cValue *made;
static size_t nmade, capmade;

static const char *text_of(Py2cValue s) { return py2c_is_str(s) ? py2c__as_str(s)->data : "?"; }

static const Py2cType *as_type(Py2cValue v) { return (const Py2cType *)py2c_obj_ptr(v); }

/* cls.__dict__[name] (borrowed; PY2C_NULL when absent or cls is no heap type). */
static Py2cValue own_attr(Py2cValue cls, Py2cValue name) {
    if (!py2c__is_heaptype(as_type(cls))) return PY2C_NULL;
    Py2cValue v = py2c__dict_get(((const Py2cHeapType *)as_type(cls))->ns, name);
    py2c_decref(v); /* the namespace keeps it */
    return v;
}

/* cls._member_map_ etc. found along the MRO (borrowed). */
static Py2cValue class_attr(Py2cValue cls, Py2cValue name) { return py2c__heap_lookup_str(as_type(cls), name, NULL); }

int py2c__enum_is_enum_class(Py2cValue v) {
    return py2c_is_obj(v) && py2c__is_subtype(py2c_obj_ptr(v)->type, &py2c__enum_meta_type);
}

int py2c__enum_is_member(Py2cValue v) {
    return !PY2C_IS_NULL(enum_class) && py2c__is_subtype(py2c_type_of(v), as_type(enum_class));
}

Py2cValue py2c__enum_member_value(Py2cValue member) { return py2c_getattr(member, PY2C__STR_VAL(s_value_)); }

/* ---- auto ------------------------------------------------------------------------------ */

static Py2cValue auto_null_repr(Py2cValue self) {
    (void)self;
    return py2c_str_from_cstr("_auto_null");
}

static const Py2cType auto_null_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "_auto_null",
    .module = "enum",
    .base = &py2c_object_type,
    .basicsize = sizeof(Py2cObject),
    .repr = auto_null_repr,
    .hash = py2c_object_hash,
};
static Py2cObject auto_null = PY2C_STATIC_HEADER(&auto_null_type);
#define AUTO_NULL py2c_obj_value(&auto_null)

typedef struct AutoObj {
    Py2cObject ob;
    Py2cValue value;
} AutoObj;

static const Py2cType auto_type;

static int is_auto(Py2cValue v) { return py2c_is_obj(v) && py2c_obj_ptr(v)->type == &auto_type; }

static void auto_dealloc(Py2cObject *o) {
    py2c_decref(((AutoObj *)o)->value);
    free(o);
}

static Py2cValue auto_new(Py2cValue cls, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)cls;
    static const char *const names[] = {"value"};
    static const Py2cArgSpec spec = {"auto", names, 0, 0, 1, 1};
    Py2cValue value;
    if (py2c__args_parse(&spec, args, nargs, kwnames, &value) < 0) return PY2C_NULL;
    AutoObj *a = (AutoObj *)py2c__object_new(&auto_type, sizeof *a);
    if (!a) return PY2C_NULL;
    a->value = PY2C_IS_NULL(value) ? AUTO_NULL : value;
    py2c_incref(a->value);
    return py2c_obj_value(&a->ob);
}

static Py2cValue auto_repr(Py2cValue self) {
    Py2cBuf b = {0};
    if (py2c__buf_puts(&b, "auto(") < 0 || py2c__buf_put_repr(&b, ((AutoObj *)py2c_obj_ptr(self))->value) < 0 ||
        py2c__buf_puts(&b, ")") < 0) {
        py2c__buf_free(&b);
        return PY2C_NULL;
    }
    return py2c__buf_finish(&b);
}

static Py2cValue auto_get_value(Py2cValue self) {
    Py2cValue v = ((AutoObj *)py2c_obj_ptr(self))->value;
    py2c_incref(v);
    return v;
}

static int auto_set_value(Py2cValue self, Py2cValue v) {
    if (PY2C_IS_NULL(v)) v = AUTO_NULL;
    py2c_incref(v);
    py2c_decref(((AutoObj *)py2c_obj_ptr(self))->value);
    ((AutoObj *)py2c_obj_ptr(self))->value = v;
    return 0;
}

static const Py2cGetSetDef auto_getset[] = {{"value", auto_get_value, auto_set_value}, {NULL, NULL, NULL}};

static const Py2cType auto_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "auto",
    .module = "enum",
    .base = &py2c_object_type,
    .basicsize = sizeof(AutoObj),
    .dealloc = auto_dealloc,
    .new_ = auto_new,
    .repr = auto_repr,
    .hash = py2c_object_hash,
    .getset = auto_getset,
};

/* ---- making the members (EnumType's class_init) ------------------------------------------ */

static int is_dunder(const Py2cStr *s) {
    return s->len > 4 && memcmp(s->data, "__", 2) == 0 && memcmp(s->data + s->len - 2, "__", 2) == 0;
}

static int is_sunder(const Py2cStr *s) {
    const char *d = s->data;
    int64_t n = s->len;
    return n > 2 && d[0] == '_' && d[1] != '_' && d[n - 1] == '_' && d[n - 2] != '_';
}

/* CPython's _is_private: "_Color__x" (not ending in "__"). */
static int is_private(const char *cls_name, const Py2cStr *s) {
    size_t plen = strlen(cls_name) + 3;
    if ((size_t)s->len <= plen || s->data[0] != '_' || memcmp(s->data + 1, cls_name, plen - 3) != 0 ||
        memcmp(s->data + plen - 2, "__", 2) != 0)
        return 0;
    return !(s->data[s->len - 1] == '_' && s->data[s->len - 2] == '_');
}

static int sunder_allowed(const char *name) {
    static const char *const ok[] = {"_order_",   "_generate_next_value_", "_numeric_repr_",
                                     "_missing_", "_ignore_",              "_iter_member_",
                                     "_iter_member_by_value_", "_iter_member_by_def_"};
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
        if (strcmp(name, ok[i]) == 0) return 1;
    return 0;
}

static int is_descriptor(Py2cValue v) {
    const Py2cType *t = py2c_type_of(v);
    return t->descr_get != NULL || t->descr_set != NULL;
}

/* The value for auto() member name: the class's _generate_next_value_ if
 * one is defined, else the last value + 1 (1 for the first), as CPython's
 * default. */
static Py2cValue next_value(Py2cValue cls, Py2cValue name, int64_t count, Py2cValue last_values) {
    Py2cValue gnv = class_attr(cls, PY2C__STR_VAL(s_gnv));
    if (!PY2C_IS_NULL(gnv)) {
        if (py2c_is_obj(gnv) && py2c_obj_ptr(gnv)->type == &py2c_staticmethod_type) gnv = py2c__staticmethod_func(gnv);
        Py2cValue copy = py2c_list_from_iterable(last_values);
        if (PY2C_IS_NULL(copy)) return copy;
        Py2cValue args[4] = {name, py2c_int(1), py2c_int(count), copy};
        Py2cValue r = py2c_call(gnv, args, 4, PY2C_NULL);
        py2c_decref(copy);
        return r;
    }
    for (int64_t i = py2c_list_size(last_values) - 1; i >= 0; i--) {
        Py2cValue r = py2c_binary_op(py2c_list_item(last_values, i), py2c_int(1), PY2C_OP_ADD);
        if (!PY2C_IS_NULL(r) || !py2c_error_matches(&py2c_exc_TypeError)) return r;
        py2c_error_clear();
    }
    return py2c_int(1);
}

/* Replaces auto() in a member's value (itself or the items of a tuple)
 * with generated values. A new reference. */
static Py2cValue resolve_auto(Py2cValue cls, Py2cValue name, Py2cValue value, int64_t count, Py2cValue last_values) {
    int single = is_auto(value);
    int in_tuple = 0;
    if (py2c_is_tuple(value))
        for (int64_t i = 0; i < py2c_tuple_size(value); i++) in_tuple |= is_auto(py2c_tuple_item(value, i));
    if (!single && !in_tuple) {
        py2c_incref(value);
        return py2c_list_append(last_values, value) < 0 ? PY2C_NULL : value;
    }
    int64_t n = single ? 1 : py2c_tuple_size(value);
    Py2cValue out = py2c_tuple_new((size_t)n);
    for (int64_t i = 0; !PY2C_IS_NULL(out) && i < n; i++) {
        Py2cValue v = single ? value : py2c_tuple_item(value, i);
        if (is_auto(v)) {
            AutoObj *a = (AutoObj *)py2c_obj_ptr(v);
            if (py2c_is(a->value, AUTO_NULL)) {
                Py2cValue g = next_value(cls, name, count, last_values);
                if (PY2C_IS_NULL(g)) {
                    PY2C_CLEAR(out);
                    break;
                }
                py2c_decref(a->value);
                a->value = g;
            }
            v = a->value;
            if (py2c_list_append(last_values, v) < 0) {
                PY2C_CLEAR(out);
                break;
            }
        }
        py2c_incref(v);
        py2c_tuple_ptr(out)->items[i] = v;
    }
    if (PY2C_IS_NULL(out) || !single) return out;
    Py2cValue v = py2c_tuple_item(out, 0);
    py2c_incref(v);
    py2c_decref(out);
    return v;
}

/* The existing member whose value equals value (borrowed), or PY2C_NULL
 * (with an exception on error). */
static Py2cValue find_by_value(Py2cValue v2m, Py2cValue map, Py2cValue value) {
    Py2cValue m = py2c__dict_get(v2m, value);
    if (!PY2C_IS_NULL(m)) {
        py2c_decref(m);
        return m;
    }
    if (!py2c_error_occurred()) return PY2C_NULL;
    if (!py2c_error_matches(&py2c_exc_TypeError)) return PY2C_NULL;
    py2c_error_clear(); /* unhashable: the slow search */
    int64_t pos = 0;
    Py2cValue k, member;
    while (py2c_dict_next(map, &pos, &k, &member)) {
        Py2cValue mv = py2c__enum_member_value(member);
        int eq = PY2C_IS_NULL(mv) ? -1 : py2c_compare_bool(mv, value, PY2C_EQ);
        py2c_decref(mv);
        if (eq < 0) return PY2C_NULL;
        if (eq) return member;
    }
    return PY2C_NULL;
}

/* A new member of cls named name with value value. */
static Py2cValue new_member(Py2cValue cls, Py2cValue name, Py2cValue value, int is_int) {
    const Py2cType *t = as_type(cls);
    Py2cValue member = py2c__instance_alloc(t, NULL, 0);
    if (PY2C_IS_NULL(member)) return member;
    int64_t nargs = py2c_is_tuple(value) ? py2c_tuple_size(value) : 1;
    const Py2cValue *args = py2c_is_tuple(value) ? py2c_tuple_ptr(value)->items : &value;
    Py2cValue stored = value;
    py2c_incref(stored);
    if (is_int) { /* int(*args), as IntEnum's int.__new__ */
        py2c_decref(stored);
        stored = py2c_call(py2c_type_value(&py2c_int_type), args, (size_t)nargs, PY2C_NULL);
    }
    int rc = PY2C_IS_NULL(stored) ? -1 : py2c__generic_setattr(member, PY2C__STR_VAL(s_value_), stored);
    if (rc == 0) rc = py2c__generic_setattr(member, PY2C__STR_VAL(s_name_), name);
    py2c_decref(stored);
    Py2cValue init = rc < 0 ? PY2C_NULL : py2c__heap_lookup_str(t, PY2C__STR_VAL(s_init), NULL);
    if (!PY2C_IS_NULL(init)) {
        Py2cValue bound = py2c__descr_bind(init, member, t);
        Py2cValue r = PY2C_IS_NULL(bound) ? bound : py2c_call(bound, args, (size_t)nargs, PY2C_NULL);
        py2c_decref(bound);
        if (PY2C_IS_NULL(r)) rc = -1;
        py2c_decref(r);
    }
    if (rc < 0) PY2C_CLEAR(member);
    return member;
}

static int ns_set(Py2cValue ns, Py2cValue key, Py2cValue value) { return py2c_dict_setitem(ns, key, value); }

/* Threads may create enum classes at once: the list is grown under its stripe. */
static int remember(Py2cValue cls) {
    Py2cStripe *lk = py2c__lock(&made);
    if (nmade == capmade) {
        size_t cap = capmade ? capmade * 2 : 16;
        Py2cValue *p = realloc(made, sizeof *p * cap);
        if (!p) {
            py2c__unlock(lk);
            return (void)py2c_error_nomemory(), -1;
        }
        made = p;
        capmade = cap;
    }
    py2c_incref(cls);
    made[nmade++] = cls;
    py2c__unlock(lk);
    return 0;
}

/* "<enum 'C'> cannot extend <enum 'Color'>": a base already has members. */
static int check_bases(Py2cValue cls) {
    const Py2cType *t = as_type(cls), *b;
    for (int64_t i = 1; (b = py2c__mro_item(t, i)) != NULL; i++) {
        if (!py2c__enum_is_enum_class(py2c_type_value(b))) continue;
        Py2cValue names = own_attr(py2c_type_value(b), PY2C__STR_VAL(s_member_names));
        if (PY2C_IS_NULL(names) || !py2c_is_list(names) || py2c_list_size(names) == 0) continue;
        (void)py2c_error_format(&py2c_exc_TypeError, "<enum '%s'> cannot extend <enum '%s'>", t->name, b->name);
        return -1;
    }
    return 0;
}

static int meta_class_init(Py2cValue cls) {
    const Py2cType *t = as_type(cls);
    Py2cValue ns = ((const Py2cHeapType *)t)->ns;
    if (check_bases(cls) < 0) return -1;
    int is_int = !PY2C_IS_NULL(intenum_class) && py2c__is_subtype(t, as_type(intenum_class));
    Py2cValue names = py2c_list_new(0), map = py2c_dict_new(), v2m = py2c_dict_new();
    Py2cValue last = py2c_list_new(0), keys = py2c_list_from_iterable(ns);
    int rc = PY2C_IS_NULL(names) || PY2C_IS_NULL(map) || PY2C_IS_NULL(v2m) || PY2C_IS_NULL(last) || PY2C_IS_NULL(keys)
                 ? -1
                 : 0;
    int64_t count = 0; /* member names so far, aliases included (CPython's len(_member_names)) */
    for (int64_t i = 0; rc == 0 && i < py2c_list_size(keys); i++) {
        Py2cValue key = py2c_list_item(keys, i);
        if (!py2c_is_str(key)) continue;
        const Py2cStr *s = py2c__as_str(key);
        if (is_private(t->name, s) || is_dunder(s)) continue;
        if (is_sunder(s)) {
            if (!sunder_allowed(s->data)) {
                Py2cValue rep = py2c_repr(key);
                if (!PY2C_IS_NULL(rep))
                    (void)py2c_error_format(&py2c_exc_ValueError,
                                            "_sunder_ names, such as %s, are reserved for future Enum use",
                                            text_of(rep));
                py2c_decref(rep);
                rc = -1;
            }
            continue;
        }
        Py2cValue raw = py2c__dict_get(ns, key);
        if (PY2C_IS_NULL(raw)) {
            rc = py2c_error_occurred() ? -1 : 0;
            continue;
        }
        if (is_descriptor(raw)) {
            py2c_decref(raw);
            continue;
        }
        Py2cValue value = resolve_auto(cls, key, raw, count, last);
        py2c_decref(raw);
        count++;
        if (PY2C_IS_NULL(value)) {
            rc = -1;
            break;
        }
        Py2cValue member = PY2C_NULL;
        if (is_int) { /* compare by the int value, as the member will hold */
            int64_t nargs = py2c_is_tuple(value) ? py2c_tuple_size(value) : 1;
            const Py2cValue *args = py2c_is_tuple(value) ? py2c_tuple_ptr(value)->items : &value;
            Py2cValue iv = py2c_call(py2c_type_value(&py2c_int_type), args, (size_t)nargs, PY2C_NULL);
            if (PY2C_IS_NULL(iv)) rc = -1;
            else {
                py2c_decref(value);
                value = iv;
            }
        }
        Py2cValue existing = rc < 0 ? PY2C_NULL : find_by_value(v2m, map, value);
        if (py2c_error_occurred()) rc = -1;
        if (rc == 0 && !PY2C_IS_NULL(existing)) {
            member = existing;
            py2c_incref(member);
        } else if (rc == 0) {
            member = new_member(cls, key, value, is_int);
            if (PY2C_IS_NULL(member)) rc = -1;
            if (rc == 0) rc = py2c_list_append(names, key);
            if (rc == 0 && py2c_dict_setitem(v2m, value, member) < 0) {
                if (py2c_error_matches(&py2c_exc_TypeError)) py2c_error_clear(); /* unhashable value */
                else rc = -1;
            }
        }
        if (rc == 0) rc = py2c_dict_setitem(map, key, member);
        if (rc == 0) rc = ns_set(ns, key, member);
        py2c_decref(member);
        py2c_decref(value);
    }
    if (rc == 0) rc = ns_set(ns, PY2C__STR_VAL(s_member_names), names);
    if (rc == 0) rc = ns_set(ns, PY2C__STR_VAL(s_member_map), map);
    if (rc == 0) rc = ns_set(ns, PY2C__STR_VAL(s_value2member), v2m);
    if (rc == 0) rc = remember(cls);
    py2c_decref(names);
    py2c_decref(map);
    py2c_decref(v2m);
    py2c_decref(last);
    py2c_decref(keys);
    return rc;
}

/* ---- EnumType: the slots of enum classes ------------------------------------------------ */

static Py2cValue member_map(Py2cValue cls) {
    Py2cValue m = class_attr(cls, PY2C__STR_VAL(s_member_map));
    if (PY2C_IS_NULL(m) || !py2c_is_dict(m)) {
        (void)py2c_error_format(&py2c_exc_AttributeError, "type object '%s' has no attribute '_member_map_'",
                                as_type(cls)->name);
        return PY2C_NULL;
    }
    return m;
}

static Py2cValue member_names(Py2cValue cls) {
    Py2cValue m = class_attr(cls, PY2C__STR_VAL(s_member_names));
    if (PY2C_IS_NULL(m) || !py2c_is_list(m)) {
        (void)py2c_error_format(&py2c_exc_AttributeError, "type object '%s' has no attribute '_member_names_'",
                                as_type(cls)->name);
        return PY2C_NULL;
    }
    return m;
}

static Py2cValue meta_repr(Py2cValue cls) {
    Py2cValue name = py2c_str_from_cstr(as_type(cls)->name);
    Py2cValue rep = PY2C_IS_NULL(name) ? name : py2c_repr(name);
    py2c_decref(name);
    if (PY2C_IS_NULL(rep)) return rep;
    Py2cBuf b = {0};
    Py2cValue r = PY2C_NULL;
    if (py2c__buf_puts(&b, "<enum ") == 0 && py2c__buf_puts(&b, text_of(rep)) == 0 && py2c__buf_puts(&b, ">") == 0)
        r = py2c__buf_finish(&b);
    else
        py2c__buf_free(&b);
    py2c_decref(rep);
    return r;
}

/* The members in definition order, aliases left out: a new list. */
static Py2cValue members_list(Py2cValue cls) {
    Py2cValue names = member_names(cls), map = PY2C_IS_NULL(names) ? names : member_map(cls);
    if (PY2C_IS_NULL(map)) return map;
    Py2cValue l = py2c_list_new((size_t)py2c_list_size(names));
    for (int64_t i = 0; !PY2C_IS_NULL(l) && i < py2c_list_size(names); i++) {
        Py2cValue m = py2c_dict_getitem(map, py2c_list_item(names, i));
        if (PY2C_IS_NULL(m) || py2c_list_append(l, m) < 0) PY2C_CLEAR(l);
        py2c_decref(m);
    }
    return l;
}

static Py2cValue meta_iter(Py2cValue cls) {
    Py2cValue l = members_list(cls);
    if (PY2C_IS_NULL(l)) return l;
    Py2cValue it = py2c_iter(l);
    py2c_decref(l);
    return it;
}

static int64_t meta_len(Py2cValue cls) {
    Py2cValue names = member_names(cls);
    return PY2C_IS_NULL(names) ? -1 : py2c_list_size(names);
}

static int meta_is_true(Py2cValue cls) {
    (void)cls;
    return 1;
}

static Py2cValue meta_getitem(Py2cValue cls, Py2cValue name) {
    Py2cValue map = member_map(cls);
    return PY2C_IS_NULL(map) ? map : py2c_dict_getitem(map, name);
}

static int meta_contains(Py2cValue cls, Py2cValue member) {
    if (!py2c__enum_is_member(member)) {
        (void)py2c_error_format(&py2c_exc_TypeError, "unsupported operand type(s) for 'in': '%s' and '%s'",
                                py2c__type_qualname(py2c_type_of(member)), py2c_obj_ptr(cls)->type->name);
        return -1;
    }
    if (!py2c__is_subtype(py2c_type_of(member), as_type(cls))) return 0;
    Py2cValue map = member_map(cls);
    Py2cValue name = PY2C_IS_NULL(map) ? map : py2c_getattr(member, PY2C__STR_VAL(s_name_));
    int r = PY2C_IS_NULL(name) ? -1 : py2c_dict_contains(map, name);
    py2c_decref(name);
    return r;
}

static int meta_setattr(Py2cValue cls, Py2cValue name, Py2cValue value) {
    if (PY2C_IS_NULL(value)) {
        Py2cValue map = class_attr(cls, PY2C__STR_VAL(s_member_map));
        int has = !PY2C_IS_NULL(map) && py2c_is_dict(map) ? py2c_dict_contains(map, name) : 0;
        if (has < 0) return -1;
        if (has) {
            Py2cValue rep = py2c_repr(name);
            if (!PY2C_IS_NULL(rep))
                (void)py2c_error_format(&py2c_exc_AttributeError, "'%s' cannot delete member %s.", as_type(cls)->name,
                                        text_of(rep));
            py2c_decref(rep);
            return -1;
        }
    } else {
        Py2cValue map = own_attr(cls, PY2C__STR_VAL(s_member_map));
        int has = !PY2C_IS_NULL(map) && py2c_is_dict(map) ? py2c_dict_contains(map, name) : 0;
        if (has < 0) return -1;
        if (has) {
            Py2cValue rep = py2c_repr(name);
            if (!PY2C_IS_NULL(rep))
                (void)py2c_error_format(&py2c_exc_AttributeError, "cannot reassign member %s", text_of(rep));
            py2c_decref(rep);
            return -1;
        }
    }
    return py2c_type_type.setattr(cls, name, value);
}

/* Color(value): the member with that value (CPython's Enum.__new__). */
static Py2cValue lookup(Py2cValue cls, Py2cValue value) {
    const Py2cType *t = as_type(cls);
    if (py2c_type_of(value) == t) {
        py2c_incref(value);
        return value;
    }
    Py2cValue map = member_map(cls);
    Py2cValue v2m = PY2C_IS_NULL(map) ? map : class_attr(cls, PY2C__STR_VAL(s_value2member));
    if (PY2C_IS_NULL(v2m)) return PY2C_NULL;
    Py2cValue m = find_by_value(v2m, map, value);
    if (!PY2C_IS_NULL(m)) {
        py2c_incref(m);
        return m;
    }
    if (py2c_error_occurred()) return PY2C_NULL;
    if (py2c_dict_size(map) == 0) {
        Py2cValue rep = py2c_repr(cls);
        if (!PY2C_IS_NULL(rep))
            (void)py2c_error_format(&py2c_exc_TypeError, "%s has no members defined", text_of(rep));
        py2c_decref(rep);
        return PY2C_NULL;
    }
    Py2cValue missing = class_attr(cls, PY2C__STR_VAL(s_missing));
    if (!PY2C_IS_NULL(missing)) {
        Py2cValue bound = py2c__descr_bind(missing, PY2C_NULL, t);
        Py2cValue r = PY2C_IS_NULL(bound) ? bound : py2c_call(bound, &value, 1, PY2C_NULL);
        py2c_decref(bound);
        if (PY2C_IS_NULL(r)) return r;
        if (py2c__is_subtype(py2c_type_of(r), t)) return r;
        if (!py2c_is_none(r)) {
            Py2cValue rep = py2c_repr(r);
            if (!PY2C_IS_NULL(rep))
                (void)py2c_error_format(&py2c_exc_TypeError,
                                        "error in %s._missing_: returned %s instead of None or a valid member", t->name,
                                        text_of(rep));
            py2c_decref(rep);
            py2c_decref(r);
            return PY2C_NULL;
        }
        py2c_decref(r);
    }
    Py2cValue rep = py2c_repr(value);
    if (!PY2C_IS_NULL(rep))
        (void)py2c_error_format(&py2c_exc_ValueError, "%s is not a valid %s", text_of(rep), py2c__type_qualname(t));
    py2c_decref(rep);
    return PY2C_NULL;
}

static Py2cValue meta_call(Py2cValue cls, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    static const char *const names[] = {"value", "names", "module", "qualname", "type", "start", "boundary"};
    static const Py2cArgSpec spec = {"__call__", names, 0, 1, 2, 7};
    Py2cValue a[7];
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    if (PY2C_IS_NULL(a[1]) || py2c_is_none(a[1])) return lookup(cls, a[0]);
    return py2c__enum_functional(cls, a[0], a[1], a[2], a[3], a[5]);
}

static Py2cValue meta_get_members(Py2cValue cls) {
    Py2cValue map = member_map(cls);
    return PY2C_IS_NULL(map) ? map : py2c_dict_copy(map);
}

static const Py2cGetSetDef meta_getset[] = {{"__members__", meta_get_members, NULL}, {NULL, NULL, NULL}};

const Py2cType py2c__enum_meta_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "EnumType",
    .module = "enum",
    .base = &py2c_type_type,
    .flags = PY2C_TPFLAG_BASETYPE,
    .basicsize = sizeof(Py2cHeapType),
    .dealloc = py2c__type_dealloc,
    .repr = meta_repr,
    .hash = py2c_object_hash,
    .is_true = meta_is_true,
    .call = meta_call,
    .iter = meta_iter,
    .len = meta_len,
    .getitem = meta_getitem,
    .contains = meta_contains,
    .getattr = py2c_type_getattr,
    .setattr = meta_setattr,
    .getset = meta_getset,
    .class_init = meta_class_init,
};

/* ---- unique ---------------------------------------------------------------------------- */

static Py2cValue enum_unique(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    static const char *const names[] = {"enumeration"};
    static const Py2cArgSpec spec = {"unique", names, 0, 1, 1, 1};
    Py2cValue e;
    if (py2c__args_parse(&spec, args, nargs, kwnames, &e) < 0) return PY2C_NULL;
    Py2cValue map = py2c__enum_is_enum_class(e) ? member_map(e) : PY2C_NULL;
    if (PY2C_IS_NULL(map)) {
        if (!py2c_error_occurred())
            (void)py2c_error_format(&py2c_exc_AttributeError, "'%s' object has no attribute '__members__'",
                                    py2c_type_name(e));
        return PY2C_NULL;
    }
    Py2cBuf b = {0};
    int64_t pos = 0, ndup = 0;
    Py2cValue k, m;
    int rc = 0;
    while (rc == 0 && py2c_dict_next(map, &pos, &k, &m)) {
        Py2cValue name = py2c_getattr(m, PY2C__STR_VAL(s_name_));
        if (PY2C_IS_NULL(name)) {
            rc = -1;
            break;
        }
        int same = py2c_compare_bool(k, name, PY2C_EQ);
        if (same < 0) rc = -1;
        else if (!same) {
            if (ndup++) rc = py2c__buf_puts(&b, ", ");
            if (rc == 0) rc = py2c__buf_puts(&b, text_of(k));
            if (rc == 0) rc = py2c__buf_puts(&b, " -> ");
            if (rc == 0) rc = py2c__buf_puts(&b, text_of(name));
        }
        py2c_decref(name);
    }
    if (rc == 0 && ndup) {
        Py2cValue rep = py2c_repr(e);
        if (!PY2C_IS_NULL(rep) && py2c__buf_puts(&b, "") == 0)
            (void)py2c_error_format(&py2c_exc_ValueError, "duplicate values found in %s: %.*s", text_of(rep),
                                    (int)b.len, b.data ? b.data : "");
        py2c_decref(rep);
        rc = -1;
    }
    py2c__buf_free(&b);
    if (rc < 0) return PY2C_NULL;
    py2c_incref(e);
    return e;
}
static PY2C_BUILTIN_FUNCTION(unique_obj, "unique", enum_unique);

/* ---- the module -------------------------------------------------------------------------- */

/* Breaks the member <-> class cycles: the members leave the namespaces. */
static void enum_shutdown(void) {
    for (size_t i = 0; i < nmade; i++) {
        Py2cValue cls = made[i];
        Py2cValue ns = ((const Py2cHeapType *)as_type(cls))->ns;
        Py2cValue map = own_attr(cls, PY2C__STR_VAL(s_member_map));
        if (!PY2C_IS_NULL(map) && py2c_is_dict(map)) {
            int64_t pos = 0;
            Py2cValue k, m;
            while (py2c_dict_next(map, &pos, &k, &m)) {
                Py2cValue cur = py2c__dict_get(ns, k);
                if (!PY2C_IS_NULL(cur) && py2c_is(cur, m) && py2c_dict_delitem(ns, k) < 0) py2c_error_clear();
                py2c_decref(cur);
            }
        }
        Py2cValue keys[3] = {PY2C__STR_VAL(s_member_map), PY2C__STR_VAL(s_member_names), PY2C__STR_VAL(s_value2member)};
        for (int j = 0; j < 3; j++)
            if (py2c_dict_contains(ns, keys[j]) > 0 && py2c_dict_delitem(ns, keys[j]) < 0) py2c_error_clear();
        py2c_error_clear();
    }
    py2c__type_modified(); /* the namespaces were edited directly: drop attribute caches */
    for (size_t i = 0; i < nmade; i++) py2c_decref(made[i]);
    free(made);
    made = NULL;
    nmade = capmade = 0;
    PY2C_CLEAR(enum_class);
    PY2C_CLEAR(reprenum_class);
    PY2C_CLEAR(intenum_class);
    module_made = 0;
}

static int make_classes(void) {
    const Py2cType *meta = &py2c__enum_meta_type;
    enum_class = py2c__class_make(meta, "Enum", "enum", PY2C_NULL, py2c__enum_namespace(0));
    if (PY2C_IS_NULL(enum_class)) return -1;
    reprenum_class = py2c__class_make(meta, "ReprEnum", "enum", enum_class, py2c_dict_new());
    if (PY2C_IS_NULL(reprenum_class)) return -1;
    intenum_class = py2c__class_make(meta, "IntEnum", "enum", reprenum_class, py2c__enum_namespace(1));
    return PY2C_IS_NULL(intenum_class) ? -1 : 0;
}

Py2cValue py2c__module_init_enum(void) {
    Py2cValue m = py2c_module_new("enum");
    if (PY2C_IS_NULL(m)) return m;
    if (!module_made) {
        enum_class = reprenum_class = intenum_class = PY2C_NULL;
        module_made = 1;
        if (py2c_atexit_runtime(enum_shutdown) < 0) {
            (void)py2c_error_nomemory();
            goto fail;
        }
        if (make_classes() < 0) goto fail;
    }
    Py2cValue meta = py2c_type_value(&py2c__enum_meta_type);
    if (py2c_module_add(m, "Enum", enum_class) < 0 || py2c_module_add(m, "ReprEnum", reprenum_class) < 0 ||
        py2c_module_add(m, "IntEnum", intenum_class) < 0 || py2c_module_add(m, "EnumType", meta) < 0 ||
        py2c_module_add(m, "EnumMeta", meta) < 0 || py2c_module_add(m, "auto", py2c_type_value(&auto_type)) < 0 ||
        py2c_module_add(m, "unique", PY2C_BUILTIN_VALUE(unique_obj)) < 0)
        goto fail;
    return m;
fail:
    py2c_decref(m);
    return PY2C_NULL;
}
