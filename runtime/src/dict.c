/* dict: CPython's dictobject.c model: entries in insertion order plus an
 * open-addressing index table probed with CPython's perturbation; views,
 * iterators (with "dictionary changed size during iteration") and messages. */
#include <stdlib.h>
#include <string.h>

#include "container_internal.h"
#include "str_internal.h"
#include "sync_internal.h"

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define PERTURB_SHIFT 5

static Py2cStr str_keys = PY2C_STR_STATIC("keys", 4, 4);

/* The tables are one block: `usable` entries, then the index table of
 * `size` slots (d->entries is the block; d->indices points into it).
 * While the program has one thread, freed blocks of the smallest size and
 * freed plain dict objects are kept for reuse: small dicts (instance
 * __dict__s, keyword arguments) come and go at a high rate. */
#if defined(__SANITIZE_ADDRESS__)
#define DICT_NO_FREELIST 1 /* reuse would hide use-after-free from AddressSanitizer */
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define DICT_NO_FREELIST 1
#endif
#endif
#ifdef DICT_NO_FREELIST
enum { SMALL_SIZE = 8, FREE_MAX = 1 }; /* with the checks below, never used */
#define DICT_FREELIST_ON 0
#else
enum { SMALL_SIZE = 8, FREE_MAX = 128 };
#define DICT_FREELIST_ON 1
#endif
static struct {
    void *tables[FREE_MAX];
    Py2cDict *dicts[FREE_MAX];
    int ntables, ndicts;
} dict_free;

/* Frees the table block of an index table of `size` slots. */
static void tables_free(int64_t size, Py2cDictEntry *block) {
    if (DICT_FREELIST_ON && block && size == SMALL_SIZE && !py2c__preemptive() && dict_free.ntables < FREE_MAX)
        dict_free.tables[dict_free.ntables++] = block;
    else free(block);
}

/* Index table of size 2**k >= 8 for n usable entries (2/3 load). */
static int dict_alloc_tables(Py2cDict *d, int64_t size) {
    int64_t usable = size * 2 / 3;
    Py2cDictEntry *e;
    if (DICT_FREELIST_ON && size == SMALL_SIZE && dict_free.ntables > 0 && !py2c__preemptive()) e = dict_free.tables[--dict_free.ntables];
    else e = malloc((size_t)usable * sizeof *e + (size_t)size * sizeof(int64_t));
    if (!e) {
        (void)py2c_error_nomemory();
        return -1;
    }
    int64_t *ix = (int64_t *)(e + usable);
    for (int64_t i = 0; i < size; i++) ix[i] = IX_EMPTY;
    d->indices = ix;
    d->entries = e;
    d->mask = size - 1;
    d->capacity = usable;
    d->nentries = 0;
    return 0;
}

int py2c__dict_type_check(const Py2cType *t) { return t != &py2c_dict_type && py2c__is_subtype(t, &py2c_dict_type); }

Py2cValue py2c__dict_alloc(const Py2cType *t, size_t size) {
    Py2cDict *d = (Py2cDict *)py2c__object_new(t, size);
    if (!d) return PY2C_NULL;
    if (size > sizeof *d) memset((char *)d + sizeof *d, 0, size - sizeof *d);
    d->used = 0;
    d->version = 0;
    d->indices = NULL;
    d->entries = NULL;
    d->mask = -1;
    d->capacity = 0;
    d->nentries = 0;
    return py2c_obj_value(&d->ob);
}

Py2cValue py2c_dict_new(void) {
    Py2cDict *d;
    if (DICT_FREELIST_ON && dict_free.ndicts > 0 && !py2c__preemptive()) {
        d = dict_free.dicts[--dict_free.ndicts];
        d->ob.type = &py2c_dict_type;
        atomic_store_explicit(&d->ob.refcount, 1, memory_order_relaxed);
    } else {
        d = (Py2cDict *)py2c__object_new(&py2c_dict_type, sizeof(Py2cDict));
        if (!d) return PY2C_NULL;
    }
    d->used = 0;
    d->version = 0;
    d->indices = NULL;
    d->entries = NULL;
    d->mask = -1;
    d->capacity = 0;
    d->nentries = 0;
    return py2c_obj_value(&d->ob);
}

/* Slot of the index table where hash's probe sequence has the entry for key
 * (or, when absent, the first empty slot): returns the entry number or
 * IX_EMPTY; *slot gets the slot. -2 on error. */
static int64_t lookup(Py2cDict *d, Py2cValue key, Py2cHash hash, int64_t *slot) {
    if (d->mask < 0) return IX_EMPTY;
restart:;
    uint64_t mask = (uint64_t)d->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        int64_t ix = d->indices[i];
        if (ix == IX_EMPTY) {
            if (slot) *slot = (int64_t)i;
            return IX_EMPTY;
        }
        if (ix >= 0) {
            Py2cDictEntry *e = &d->entries[ix];
            if (e->key.bits == key.bits) {
                if (slot) *slot = (int64_t)i;
                return ix;
            }
            if (e->hash == hash) {
                Py2cValue start = e->key;
                int eq;
                if (py2c_is_str(start) && py2c_is_str(key)) {
                    eq = py2c__str_same_text(py2c__strp(start), py2c__strp(key)); /* hashes are equal */
                } else if (py2c__eq_is_plain(start, key)) {
                    eq = py2c_compare_bool(start, key, PY2C_EQ); /* runs no Python code */
                    if (eq < 0) return -2;
                } else {
                    /* __eq__ is Python code: never under the stripe (the
                     * caller holds d's when threaded); then the table is
                     * re-validated by its state (start is held: its address
                     * cannot be reused meanwhile) */
                    Py2cDictEntry *entries = d->entries;
                    int64_t *indices = d->indices, mask0 = d->mask;
                    Py2cStripe *s = py2c__threaded() ? py2c__stripe_of(d) : NULL;
                    py2c_incref(start);
                    int susp = s ? py2c__stripe_suspend(s) : 0;
                    eq = py2c_compare_bool(start, key, PY2C_EQ);
                    py2c__stripe_resume(s, susp);
                    int same = entries == d->entries && indices == d->indices && mask0 == d->mask &&
                               d->indices[i] == ix && d->entries[ix].key.bits == start.bits;
                    if (!same && susp) {
                        /* start may have left d: its last reference is not
                         * released under the stripe */
                        susp = py2c__stripe_suspend(s);
                        py2c_decref(start);
                        py2c__stripe_resume(s, susp);
                    } else {
                        py2c_decref(start); /* still one of d's keys when same */
                    }
                    if (eq < 0) return -2;
                    if (!same) goto restart;
                }
                if (eq) {
                    if (slot) *slot = (int64_t)i;
                    return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

int64_t py2c__dict_lookup(Py2cDict *d, Py2cValue key, Py2cHash hash) {
    int64_t ix = lookup(d, key, hash, NULL);
    return ix == IX_EMPTY ? -1 : ix;
}

/* Empty slot for hash in a table without dummies or equal keys. */
static uint64_t find_empty_slot(Py2cDict *d, Py2cHash hash) {
    uint64_t mask = (uint64_t)d->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    while (d->indices[i] != IX_EMPTY) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* Rebuilds the tables for at least minused entries, compacting the entries. */
static int dict_resize(Py2cDict *d, int64_t minused) {
    int64_t size = 8;
    while (size * 2 / 3 < minused + 1 || size < 8) size <<= 1;
    int64_t *oldix = d->indices;
    Py2cDictEntry *olde = d->entries;
    int64_t oldn = d->nentries, oldmask = d->mask, oldcap = d->capacity;
    if (dict_alloc_tables(d, size) < 0) {
        d->indices = oldix;
        d->entries = olde;
        d->mask = oldmask;
        d->capacity = oldcap;
        d->nentries = oldn;
        return -1;
    }
    int64_t k = 0;
    for (int64_t i = 0; i < oldn; i++) {
        if (PY2C_IS_NULL(olde[i].key)) continue;
        d->entries[k] = olde[i];
        d->indices[find_empty_slot(d, olde[i].hash)] = k;
        k++;
    }
    d->nentries = k;
    tables_free(oldmask + 1, olde);
    return 0;
}

/* d[key] = value with key's hash known; both borrowed. The caller holds
 * d's stripe; a replaced value goes to *old (to be released after unlocking). */
static int insert_locked(Py2cDict *d, Py2cValue key, Py2cHash hash, Py2cValue value, Py2cValue *old) {
    int64_t slot;
    int64_t ix = lookup(d, key, hash, &slot);
    if (ix == -2) return -1;
    if (ix >= 0) {
        *old = d->entries[ix].value;
        py2c_incref(value);
        d->entries[ix].value = value;
        return 0;
    }
    if (d->nentries >= d->capacity) {
        if (dict_resize(d, d->used * 3) < 0) return -1;
    }
    slot = (int64_t)find_empty_slot(d, hash);
    /* a slot holding a dummy is reusable too, as CPython's insertion does
     * when the probe passed one; find_empty_slot only looks for empty ones,
     * which gives the same lookups. */
    Py2cDictEntry *e = &d->entries[d->nentries];
    py2c_incref(key);
    py2c_incref(value);
    e->key = key;
    e->hash = hash;
    e->value = value;
    d->indices[slot] = d->nentries++;
    d->used++;
    d->version++;
    return 0;
}

/* insert_locked under d's stripe. */
static int insert(Py2cDict *d, Py2cValue key, Py2cHash hash, Py2cValue value) {
    Py2cValue old = PY2C_NULL;
    Py2cStripe *lk = py2c__lock(d);
    int rc = insert_locked(d, key, hash, value, &old);
    py2c__unlock(lk);
    py2c_decref(old);
    return rc;
}

/* The first live entry at or after *pos (before, when reverse), as new
 * references in *key and *value (either may be NULL), moving *pos past it:
 * 1, or 0 at the end. One step under d's stripe, for loops that run Python
 * code between steps. */
static int dict_fetch(Py2cDict *d, int64_t *pos, Py2cHash *hash, Py2cValue *key, Py2cValue *value) {
    Py2cStripe *lk = py2c__lock(d);
    int found = 0;
    while (*pos >= 0 && *pos < d->nentries) {
        Py2cDictEntry *e = &d->entries[(*pos)++];
        if (PY2C_IS_NULL(e->key)) continue;
        if (hash) *hash = e->hash;
        if (key) py2c_incref(*key = e->key);
        if (value) py2c_incref(*value = e->value);
        found = 1;
        break;
    }
    py2c__unlock(lk);
    return found;
}

static int64_t dict_used(Py2cDict *d) {
    Py2cStripe *lk = py2c__lock(d);
    int64_t n = d->used;
    py2c__unlock(lk);
    return n;
}

int py2c_dict_setitem(Py2cValue dv, Py2cValue k, Py2cValue v) {
    Py2cHash h = py2c__hash_fast(k);
    if (h == -1) return -1;
    return insert(py2c_dict_ptr(dv), k, h, v);
}

Py2cValue py2c_dict_get_opt(Py2cValue dv, Py2cValue k) {
    Py2cDict *d = py2c_dict_ptr(dv);
    Py2cHash h = py2c__hash_fast(k);
    if (h == -1) return PY2C_NULL;
    Py2cValue v = PY2C_NULL;
    Py2cStripe *lk = py2c__lock(d);
    int64_t ix = lookup(d, k, h, NULL);
    if (ix >= 0) py2c_incref(v = d->entries[ix].value);
    py2c__unlock(lk);
    return v;
}

Py2cValue py2c_dict_get_cstr(Py2cValue dv, const char *key) {
    Py2cDict *d = py2c_dict_ptr(dv);
    Py2cValue v = PY2C_NULL;
    Py2cStripe *lk = py2c__lock(d);
    for (int64_t i = 0; i < d->nentries; i++) {
        Py2cValue k = d->entries[i].key;
        if (py2c_is_str(k) && strcmp(py2c__as_str(k)->data, key) == 0) {
            v = d->entries[i].value;
            break;
        }
    }
    py2c__unlock(lk);
    return v;
}

Py2cValue py2c_dict_getitem(Py2cValue dv, Py2cValue k) {
    Py2cValue v = py2c_dict_get_opt(dv, k);
    if (PY2C_IS_NULL(v) && !py2c_error_occurred()) return py2c__raise_key_error(k);
    return v;
}

/* Removes entry ix (found at slot); returns the value and puts the key in
 * *key_out (both owned). The caller holds d's stripe. */
static Py2cValue remove_entry(Py2cDict *d, int64_t ix, int64_t slot, Py2cValue *key_out) {
    Py2cDictEntry *e = &d->entries[ix];
    Py2cValue key = e->key, value = e->value;
    e->key = PY2C_NULL;
    e->value = PY2C_NULL;
    d->indices[slot] = IX_DUMMY;
    d->used--;
    d->version++;
    *key_out = key;
    return value;
}

/* Removes key: the value (owned), or PY2C_NULL without exception when absent. */
static Py2cValue dict_pop_opt(Py2cDict *d, Py2cValue key) {
    Py2cHash h = py2c__hash_fast(key);
    if (h == -1) return PY2C_NULL;
    int64_t slot;
    Py2cValue v = PY2C_NULL, k = PY2C_NULL;
    Py2cStripe *lk = py2c__lock(d);
    int64_t ix = lookup(d, key, h, &slot);
    if (ix >= 0) v = remove_entry(d, ix, slot, &k);
    py2c__unlock(lk);
    py2c_decref(k);
    return v;
}

int py2c_dict_delitem(Py2cValue dv, Py2cValue k) {
    Py2cValue v = dict_pop_opt(py2c_dict_ptr(dv), k);
    if (PY2C_IS_NULL(v)) {
        if (!py2c_error_occurred()) (void)py2c__raise_key_error(k);
        return -1;
    }
    py2c_decref(v);
    return 0;
}

int py2c_dict_contains(Py2cValue dv, Py2cValue k) {
    Py2cHash h = py2c__hash_fast(k);
    if (h == -1) return -1;
    Py2cStripe *lk = py2c__lock(py2c_dict_ptr(dv));
    int64_t ix = lookup(py2c_dict_ptr(dv), k, h, NULL);
    py2c__unlock(lk);
    return ix == -2 ? -1 : ix >= 0;
}

int py2c_dict_next(Py2cValue dv, int64_t *pos, Py2cValue *key, Py2cValue *value) {
    Py2cDict *d = py2c_dict_ptr(dv);
    while (*pos < d->nentries) {
        Py2cDictEntry *e = &d->entries[(*pos)++];
        if (PY2C_IS_NULL(e->key)) continue;
        if (key) *key = e->key;
        if (value) *value = e->value;
        return 1;
    }
    return 0;
}

static void dict_clear_all(Py2cDict *d) {
    Py2cStripe *lk = py2c__lock(d);
    int64_t n = d->nentries;
    Py2cDictEntry *e = d->entries;
    int64_t mask = d->mask;
    d->indices = NULL;
    d->entries = NULL;
    d->mask = -1;
    d->capacity = d->nentries = d->used = 0;
    d->version++;
    py2c__unlock(lk);
    for (int64_t i = 0; i < n; i++) {
        py2c_decref(e[i].key);
        py2c_decref(e[i].value);
    }
    tables_free(mask + 1, e);
}

void py2c__dict_clear(Py2cDict *d) { dict_clear_all(d); }

static void dict_dealloc(Py2cObject *o) {
    dict_clear_all((Py2cDict *)o);
    if (DICT_FREELIST_ON && o->type == &py2c_dict_type && !py2c__preemptive() && dict_free.ndicts < FREE_MAX)
        dict_free.dicts[dict_free.ndicts++] = (Py2cDict *)o;
    else free(o);
}

/* Merges dict b into a (override: replace existing keys). */
static int dict_merge_dict(Py2cDict *a, Py2cDict *b) {
    if (a == b) return 0;
    int64_t bn = dict_used(b);
    if (bn == 0) return 0;
    Py2cStripe *lk = py2c__lock(a);
    int rc = a->nentries + bn > a->capacity ? dict_resize(a, a->used + bn) : 0;
    py2c__unlock(lk);
    if (rc < 0) return -1;
    /* one entry of b at a time (b's stripe), then into a (a's stripe) */
    Py2cDictEntry e;
    for (int64_t i = 0; dict_fetch(b, &i, &e.hash, &e.key, &e.value);) {
        rc = insert(a, e.key, e.hash, e.value);
        py2c_decref(e.key);
        py2c_decref(e.value);
        if (rc < 0) return -1;
    }
    return 0;
}

/* Merges a mapping with keys() and __getitem__. */
static int dict_merge_mapping(Py2cValue dv, Py2cValue m) {
    Py2cValue keys = py2c_call_method(m, py2c_obj_value(&str_keys.ob), NULL, 0, PY2C_NULL);
    if (PY2C_IS_NULL(keys)) return -1;
    Py2cValue it = py2c_iter(keys);
    py2c_decref(keys);
    if (PY2C_IS_NULL(it)) return -1;
    for (;;) {
        Py2cValue k = py2c_iter_next(it);
        if (PY2C_IS_NULL(k)) break;
        Py2cValue v = py2c_getitem(m, k);
        int rc = PY2C_IS_NULL(v) ? -1 : py2c_dict_setitem(dv, k, v);
        py2c_decref(k);
        py2c_decref(v);
        if (rc < 0) {
            py2c_decref(it);
            return -1;
        }
    }
    py2c_decref(it);
    return py2c_error_occurred() ? -1 : 0;
}

static int has_keys_method(Py2cValue m) {
    Py2cValue f = py2c_getattr_opt(m, py2c_obj_value(&str_keys.ob));
    if (PY2C_IS_NULL(f)) return py2c_error_occurred() ? -1 : 0;
    py2c_decref(f);
    return 1;
}

static Py2cValue dict_iter(Py2cValue self);

/* As CPython's dict_merge: a dict (or subtype) iterated as a dict is read
 * directly; anything else goes through keys() and __getitem__. */
int py2c__dict_iter_is_plain(Py2cValue d) { return py2c_is_dict(d) && py2c_obj_ptr(d)->type->iter == dict_iter; }

int py2c__dict_merge(Py2cValue dst, Py2cValue src) { return dict_merge_dict(py2c_dict_ptr(dst), py2c_dict_ptr(src)); }

int py2c_dict_update(Py2cValue dv, Py2cValue m) {
    if (py2c__dict_iter_is_plain(m)) return dict_merge_dict(py2c_dict_ptr(dv), py2c_dict_ptr(m));
    int k = has_keys_method(m);
    if (k < 0) return -1;
    if (!k) {
        (void)py2c_error_format(&py2c_exc_TypeError, "'%s' object is not a mapping", py2c_type_name(m));
        return -1;
    }
    return dict_merge_mapping(dv, m);
}

/* d.update(iterable of pairs) */
static int dict_merge_pairs(Py2cValue dv, Py2cValue seq) {
    Py2cValue it = py2c_iter(seq);
    if (PY2C_IS_NULL(it)) return -1;
    for (int64_t n = 0;; n++) {
        Py2cValue item = py2c_iter_next(it);
        if (PY2C_IS_NULL(item)) break;
        Py2cValue fast = PY2C_NULL, *kv = NULL;
        int64_t len = 0;
        int rc = -1;
        if (py2c_is_list(item) || py2c_is_tuple(item)) {
            fast = item;
            py2c_incref(fast);
        } else {
            const Py2cType *t = py2c_type_of(item);
            if (t->iter || t->getitem) fast = py2c_list_from_iterable(item);
            if (PY2C_IS_NULL(fast)) {
                if (!py2c_error_occurred() || py2c_error_matches(&py2c_exc_TypeError)) {
                    py2c_error_clear();
                    (void)py2c_error_format(&py2c_exc_TypeError,
                                            "cannot convert dictionary update sequence element #%lld to a sequence",
                                            (long long)n);
                }
            }
        }
        if (!PY2C_IS_NULL(fast)) {
            /* a pair that is a list shared with other threads: a snapshot */
            Py2cValue held;
            if (py2c__seq_hold(fast, &kv, &len, &held) < 0) {
                PY2C_CLEAR(fast);
            } else if (!PY2C_IS_NULL(held)) {
                py2c_decref(fast);
                fast = held;
            }
        }
        if (!PY2C_IS_NULL(fast)) {
            if (len != 2)
                (void)py2c_error_format(&py2c_exc_ValueError,
                                        "dictionary update sequence element #%lld has length %lld; 2 is required",
                                        (long long)n, (long long)len);
            else
                rc = py2c_dict_setitem(dv, kv[0], kv[1]);
        }
        py2c_decref(fast);
        py2c_decref(item);
        if (rc < 0) {
            py2c_decref(it);
            return -1;
        }
    }
    py2c_decref(it);
    return py2c_error_occurred() ? -1 : 0;
}

/* dict.update(arg) / dict(arg): a dict, a mapping (has keys()), or pairs. */
static int dict_update_arg(Py2cValue dv, Py2cValue arg) {
    if (py2c__dict_iter_is_plain(arg)) return dict_merge_dict(py2c_dict_ptr(dv), py2c_dict_ptr(arg));
    int k = has_keys_method(arg);
    if (k < 0) return -1;
    if (k) return dict_merge_mapping(dv, arg);
    return dict_merge_pairs(dv, arg);
}

int py2c__dict_update_arg(Py2cValue dv, Py2cValue arg) { return dict_update_arg(dv, arg); }

/* keyword arguments of a call (values after args[nargs]) */
static int dict_update_kwargs(Py2cValue dv, const Py2cValue *kwvalues, Py2cValue kwnames) {
    if (PY2C_IS_NULL(kwnames)) return 0;
    for (int64_t i = 0; i < py2c_tuple_size(kwnames); i++)
        if (py2c_dict_setitem(dv, py2c_tuple_item(kwnames, i), kwvalues[i]) < 0) return -1;
    return 0;
}

/* "__main__.f()", "print()": how CPython names a callable in call errors. */
static void func_str(Py2cValue func, char *buf, size_t n) {
    if (PY2C_IS_NULL(func)) {
        snprintf(buf, n, "function");
        return;
    }
    const Py2cType *t = py2c_type_of(func);
    if (t == &py2c_function_type) {
        snprintf(buf, n, "__main__.%s()", ((Py2cFunction *)py2c_obj_ptr(func))->info->qualname);
    } else if (t == &py2c_builtin_function_type) {
        snprintf(buf, n, "%s()", ((Py2cBuiltinFunction *)py2c_obj_ptr(func))->name);
    } else if (t == &py2c_type_type) {
        snprintf(buf, n, "%s()", ((const Py2cType *)py2c_obj_ptr(func))->name);
    } else {
        snprintf(buf, n, "%s object", t->name);
    }
}

int py2c_dict_merge_kwargs(Py2cValue dv, Py2cValue m, Py2cValue func) {
    char name[200];
    Py2cValue src = m;
    int owned = 0;
    if (!py2c_is_dict(m)) {
        int k = has_keys_method(m);
        if (k < 0) return -1;
        if (!k) {
            func_str(func, name, sizeof name);
            (void)py2c_error_format(&py2c_exc_TypeError, "%s argument after ** must be a mapping, not %s", name,
                                    py2c_type_name(m));
            return -1;
        }
        src = py2c_dict_new();
        if (PY2C_IS_NULL(src)) return -1;
        owned = 1;
        if (dict_merge_mapping(src, m) < 0) {
            py2c_decref(src);
            return -1;
        }
    }
    int64_t pos = 0;
    Py2cValue k, v;
    int rc = 0;
    while (rc == 0 && py2c_dict_next(src, &pos, &k, &v)) {
        if (!py2c_is_str(k)) {
            (void)py2c_error_format(&py2c_exc_TypeError, "keywords must be strings");
            rc = -1;
            break;
        }
        int has = py2c_dict_contains(dv, k);
        if (has < 0) {
            rc = -1;
        } else if (has) {
            func_str(func, name, sizeof name);
            (void)py2c_error_format(&py2c_exc_TypeError, "%s got multiple values for keyword argument '%s'", name,
                                    py2c__as_str(k)->data);
            rc = -1;
        } else {
            rc = py2c_dict_setitem(dv, k, v);
        }
    }
    if (owned) py2c_decref(src);
    return rc;
}

Py2cValue py2c_dict_copy(Py2cValue dv) {
    Py2cValue r = py2c_dict_new();
    if (PY2C_IS_NULL(r)) return r;
    if (dict_merge_dict(py2c_dict_ptr(r), py2c_dict_ptr(dv)) < 0) {
        py2c_decref(r);
        return PY2C_NULL;
    }
    return r;
}

Py2cValue py2c__dict_repr_plain(Py2cValue self) {
    Py2cDict *d = py2c_dict_ptr(self);
    if (dict_used(d) == 0) return py2c_str_from_utf8("{}", 2);
    int rec = py2c__repr_enter(self);
    if (rec != 0) return rec < 0 ? PY2C_NULL : py2c_str_from_utf8("{...}", 5);
    Py2cBuf b = {0};
    int first = 1;
    if (py2c__buf_puts(&b, "{") < 0) goto fail;
    Py2cValue k, v;
    for (int64_t i = 0; dict_fetch(d, &i, NULL, &k, &v);) {
        int rc = first ? 0 : py2c__buf_puts(&b, ", ");
        first = 0;
        if (rc == 0) rc = py2c__buf_put_repr(&b, k);
        if (rc == 0) rc = py2c__buf_puts(&b, ": ");
        if (rc == 0) rc = py2c__buf_put_repr(&b, v);
        py2c_decref(k);
        py2c_decref(v);
        if (rc < 0) goto fail;
    }
    if (py2c__buf_puts(&b, "}") < 0) goto fail;
    py2c__repr_leave(self);
    return py2c__buf_finish(&b);
fail:
    py2c__repr_leave(self);
    py2c__buf_free(&b);
    return PY2C_NULL;
}

static Py2cValue dict_repr(Py2cValue self) { return py2c__dict_repr_plain(self); }

static Py2cValue dict_compare_items(Py2cValue a, Py2cValue b, Py2cCompareOp op) {
    Py2cDict *x = py2c_dict_ptr(a), *y = py2c_dict_ptr(b);
    int eq = 1;
    if (dict_used(x) != dict_used(y)) eq = 0;
    Py2cDictEntry e;
    for (int64_t i = 0; eq && dict_fetch(x, &i, &e.hash, &e.key, &e.value);) {
        Py2cStripe *lk = py2c__lock(y);
        int64_t ix = lookup(y, e.key, e.hash, NULL);
        Py2cValue bv = ix >= 0 ? y->entries[ix].value : PY2C_NULL;
        py2c_incref(bv);
        py2c__unlock(lk);
        int c;
        if (ix == -2) c = -1;
        else if (ix < 0) c = 0;
        else {
            c = py2c__keys_equal(e.value, bv);
            py2c_decref(bv);
        }
        py2c_decref(e.key);
        py2c_decref(e.value);
        if (c < 0) return PY2C_NULL;
        eq = c;
    }
    return py2c_bool(op == PY2C_EQ ? eq : !eq);
}

static Py2cValue dict_richcompare(Py2cValue a, Py2cValue b, Py2cCompareOp op) {
    if (!py2c_is_dict(a) || !py2c_is_dict(b) || (op != PY2C_EQ && op != PY2C_NE)) return PY2C_NOT_IMPLEMENTED;
    return py2c__compare_nested(dict_compare_items, a, b, op);
}

static int64_t dict_len(Py2cValue self) { return dict_used(py2c_dict_ptr(self)); }

static Py2cStr str_missing = PY2C_STR_STATIC("__missing__", 11, 11);

/* d[key]; for a subtype with __missing__ (defaultdict, Counter, user
 * classes), a missing key calls d.__missing__(key), as CPython's
 * dict_subscript. */
static Py2cValue dict_subscript(Py2cValue self, Py2cValue key) {
    Py2cValue v = py2c_dict_get_opt(self, key);
    if (!PY2C_IS_NULL(v) || py2c_error_occurred()) return v;
    const Py2cType *t = py2c_obj_ptr(self)->type;
    if (t != &py2c_dict_type) {
        Py2cValue found;
        const Py2cMethodDef *m;
        const Py2cGetSetDef *g;
        if (py2c__type_lookup(t, py2c_obj_value(&str_missing.ob), &found, &m, &g, NULL)) {
            if (m) return m->fn(self, &key, 1, PY2C_NULL);
            if (!PY2C_IS_NULL(found) && !py2c_is_none(found)) {
                Py2cValue f = py2c__descr_bind(found, self, t);
                if (PY2C_IS_NULL(f)) return f;
                Py2cValue r = py2c_call(f, &key, 1, PY2C_NULL);
                py2c_decref(f);
                return r;
            }
        }
    }
    return py2c__raise_key_error(key);
}

static int dict_ass_sub(Py2cValue self, Py2cValue key, Py2cValue value) {
    if (PY2C_IS_NULL(value)) return py2c_dict_delitem(self, key);
    return py2c_dict_setitem(self, key, value);
}

static int dict_contains_slot(Py2cValue self, Py2cValue key) { return py2c_dict_contains(self, key); }

static Py2cValue dict_or(Py2cValue a, Py2cValue b) {
    if (!py2c_is_dict(a) || !py2c_is_dict(b)) return PY2C_NOT_IMPLEMENTED;
    Py2cValue r = py2c_dict_copy(a);
    if (PY2C_IS_NULL(r)) return r;
    if (dict_merge_dict(py2c_dict_ptr(r), py2c_dict_ptr(b)) < 0) {
        py2c_decref(r);
        return PY2C_NULL;
    }
    return r;
}

static Py2cValue dict_ior(Py2cValue a, Py2cValue b) {
    if (!py2c_is_dict(a)) return PY2C_NOT_IMPLEMENTED;
    if (dict_update_arg(a, b) < 0) return PY2C_NULL;
    py2c_incref(a);
    return a;
}

/* --- methods --- */
static Py2cValue m_get(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_nargs("dict.get", "get", nargs, kwnames, 1, 2) < 0) return PY2C_NULL;
    Py2cValue v = py2c_dict_get_opt(self, args[0]);
    if (!PY2C_IS_NULL(v) || py2c_error_occurred()) return v;
    Py2cValue dflt = nargs > 1 ? args[1] : PY2C_NONE;
    py2c_incref(dflt);
    return dflt;
}

static Py2cValue m_setdefault(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_nargs("dict.setdefault", "setdefault", nargs, kwnames, 1, 2) < 0) return PY2C_NULL;
    /* one step, as under CPython's GIL: two threads never both insert */
    Py2cHash h = py2c__hash_fast(args[0]);
    if (h == -1) return PY2C_NULL;
    Py2cDict *d = py2c_dict_ptr(self);
    Py2cValue dflt = nargs > 1 ? args[1] : PY2C_NONE, old = PY2C_NULL, r = PY2C_NULL;
    Py2cStripe *lk = py2c__lock(d);
    int64_t ix = lookup(d, args[0], h, NULL);
    if (ix >= 0) py2c_incref(r = d->entries[ix].value);
    else if (ix == IX_EMPTY && insert_locked(d, args[0], h, dflt, &old) == 0) py2c_incref(r = dflt);
    py2c__unlock(lk);
    py2c_decref(old);
    return r;
}

static Py2cValue m_pop(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_nargs("dict.pop", "pop", nargs, kwnames, 1, 2) < 0) return PY2C_NULL;
    Py2cValue v = dict_pop_opt(py2c_dict_ptr(self), args[0]);
    if (!PY2C_IS_NULL(v) || py2c_error_occurred()) return v;
    if (nargs > 1) {
        py2c_incref(args[1]);
        return args[1];
    }
    return py2c__raise_key_error(args[0]);
}

/* The slot of the index table that holds entry ix. */
static uint64_t slot_of_entry(Py2cDict *d, int64_t ix) {
    uint64_t mask = (uint64_t)d->mask, perturb = (uint64_t)d->entries[ix].hash,
             i = (uint64_t)d->entries[ix].hash & mask;
    while (d->indices[i] != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

Py2cValue py2c__dict_popitem(Py2cValue self, int last) {
    Py2cValue pair = py2c_tuple_new(2);
    if (PY2C_IS_NULL(pair)) return pair;
    Py2cDict *d = py2c_dict_ptr(self);
    Py2cStripe *lk = py2c__lock(d);
    if (d->used == 0) {
        py2c__unlock(lk);
        py2c_decref(pair);
        return PY2C_NULL;
    }
    int64_t ix;
    if (last) {
        ix = d->nentries - 1;
        while (PY2C_IS_NULL(d->entries[ix].key)) ix--;
    } else {
        ix = 0;
        while (PY2C_IS_NULL(d->entries[ix].key)) ix++;
    }
    Py2cValue key;
    Py2cValue value = remove_entry(d, ix, (int64_t)slot_of_entry(d, ix), &key);
    if (last) d->nentries = ix; /* popped entries at the end are reused, as CPython */
    py2c__unlock(lk);
    py2c_tuple_ptr(pair)->items[0] = key;
    py2c_tuple_ptr(pair)->items[1] = value;
    return pair;
}

/* Rebuilds the index table of d for its live entries in the order given by
 * order[0..used-1] (entry numbers). 0 or -1. */
static int dict_reorder(Py2cDict *d, const int64_t *order) {
    int64_t size = d->mask + 1, n = d->used;
    Py2cDictEntry *e = malloc((size_t)d->capacity * sizeof *e);
    if (!e) {
        (void)py2c_error_nomemory();
        return -1;
    }
    for (int64_t i = 0; i < n; i++) e[i] = d->entries[order[i]];
    memcpy(d->entries, e, (size_t)n * sizeof *e); /* the block also holds the index table */
    free(e);
    e = d->entries;
    d->nentries = n;
    for (int64_t i = 0; i < size; i++) d->indices[i] = IX_EMPTY;
    for (int64_t i = 0; i < n; i++) d->indices[find_empty_slot(d, e[i].hash)] = i;
    d->version++;
    return 0;
}

static int dict_move_to_end_locked(Py2cDict *d, Py2cValue key, Py2cHash h, int last);

int py2c__dict_move_to_end(Py2cValue self, Py2cValue key, int last) {
    Py2cDict *d = py2c_dict_ptr(self);
    Py2cHash h = py2c__hash_fast(key);
    if (h == -1) return -1;
    Py2cStripe *lk = py2c__lock(d);
    int rc = dict_move_to_end_locked(d, key, h, last);
    py2c__unlock(lk);
    return rc;
}

static int dict_move_to_end_locked(Py2cDict *d, Py2cValue key, Py2cHash h, int last) {
    int64_t ix = lookup(d, key, h, NULL);
    if (ix == -2) return -1;
    if (ix < 0) return 0;
    if (last) { /* O(1) amortised: the entry moves to a new last slot */
        if (d->nentries == d->capacity) {
            if (dict_resize(d, d->used) < 0) return -1;
            ix = lookup(d, key, h, NULL);
            if (ix < 0) return ix == -2 ? -1 : 0;
        }
        d->indices[slot_of_entry(d, ix)] = d->nentries;
        d->entries[d->nentries++] = d->entries[ix];
        d->entries[ix].key = PY2C_NULL;
        d->entries[ix].value = PY2C_NULL;
        d->version++;
        return 1;
    }
    int64_t *order = malloc((size_t)(d->used > 0 ? d->used : 1) * sizeof *order), n = 0;
    if (!order) {
        (void)py2c_error_nomemory();
        return -1;
    }
    order[n++] = ix; /* to the front: O(n), the entries are rebuilt */
    for (int64_t i = 0; i < d->nentries; i++)
        if (i != ix && !PY2C_IS_NULL(d->entries[i].key)) order[n++] = i;
    int rc = dict_reorder(d, order);
    free(order);
    return rc < 0 ? -1 : 1;
}

static Py2cValue m_popitem(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_noargs("dict.popitem", nargs, kwnames) < 0) return PY2C_NULL;
    Py2cValue pair = py2c__dict_popitem(self, 1);
    if (PY2C_IS_NULL(pair) && !py2c_error_occurred()) return py2c__raise_key_error_msg("popitem(): dictionary is empty");
    return pair;
}

static Py2cValue m_update(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (nargs > 1) return py2c_error_format(&py2c_exc_TypeError, "update expected at most 1 argument, got %zu", nargs);
    if (nargs == 1 && dict_update_arg(self, args[0]) < 0) return PY2C_NULL;
    if (dict_update_kwargs(self, args + nargs, kwnames) < 0) return PY2C_NULL;
    return PY2C_NONE;
}

static Py2cValue m_clear(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_noargs("dict.clear", nargs, kwnames) < 0) return PY2C_NULL;
    dict_clear_all(py2c_dict_ptr(self));
    return PY2C_NONE;
}

static Py2cValue m_copy(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_noargs("dict.copy", nargs, kwnames) < 0) return PY2C_NULL;
    return py2c_dict_copy(self);
}

/* dict.fromkeys(iterable, value=None): a class method (self is the type,
 * also when called on an instance). A subclass gets cls() filled through
 * its item assignment, as CPython does. */
static Py2cValue m_fromkeys(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_nargs("dict.fromkeys", "fromkeys", nargs, kwnames, 1, 2) < 0) return PY2C_NULL;
    Py2cValue value = nargs > 1 ? args[1] : PY2C_NONE;
    int exact = py2c_is_obj(self) && py2c_obj_ptr(self) == (Py2cObject *)&py2c_dict_type.ob;
    Py2cValue d = exact ? py2c_dict_new() : py2c_call(self, NULL, 0, PY2C_NULL);
    if (PY2C_IS_NULL(d)) return d;
    Py2cValue it = py2c_iter(args[0]);
    if (PY2C_IS_NULL(it)) goto fail;
    for (;;) {
        Py2cValue k = py2c_iter_next(it);
        if (PY2C_IS_NULL(k)) break;
        int rc = exact ? py2c_dict_setitem(d, k, value) : py2c_setitem(d, k, value);
        py2c_decref(k);
        if (rc < 0) break;
    }
    py2c_decref(it);
    if (py2c_error_occurred()) goto fail;
    return d;
fail:
    py2c_decref(d);
    return PY2C_NULL;
}

/* dict(), dict(mapping or pairs), dict(**kwargs) */
static Py2cValue dict_new(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (nargs > 1) return py2c_error_format(&py2c_exc_TypeError, "dict expected at most 1 argument, got %zu", nargs);
    Py2cValue d = py2c_dict_new();
    if (PY2C_IS_NULL(d)) return d;
    if ((nargs == 1 && dict_update_arg(d, args[0]) < 0) || dict_update_kwargs(d, args + nargs, kwnames) < 0) {
        py2c_decref(d);
        return PY2C_NULL;
    }
    return d;
}

/* --- views --- */
typedef struct DictView {
    Py2cObject ob;
    Py2cValue dict;
} DictView;

static Py2cDict *view_dict(Py2cValue v) { return py2c_dict_ptr(((DictView *)py2c_obj_ptr(v))->dict); }

Py2cValue py2c__dict_view_new(Py2cValue d, const Py2cType *type) {
    DictView *v = (DictView *)py2c__object_new(type, sizeof(DictView));
    if (!v) return PY2C_NULL;
    py2c_incref(d);
    v->dict = d;
    return py2c_obj_value(&v->ob);
}

static void view_dealloc(Py2cObject *o) {
    py2c_decref(((DictView *)o)->dict);
    free(o);
}

static Py2cValue m_keys(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_noargs("dict.keys", nargs, kwnames) < 0) return PY2C_NULL;
    return py2c__dict_view_new(self, &py2c_dict_keys_type);
}

static Py2cValue m_values(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_noargs("dict.values", nargs, kwnames) < 0) return PY2C_NULL;
    return py2c__dict_view_new(self, &py2c_dict_values_type);
}

static Py2cValue m_items(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_noargs("dict.items", nargs, kwnames) < 0) return PY2C_NULL;
    return py2c__dict_view_new(self, &py2c_dict_items_type);
}

static int64_t view_len(Py2cValue self) { return dict_used(view_dict(self)); }

static Py2cValue view_repr(Py2cValue self) {
    int rec = py2c__repr_enter(self);
    if (rec != 0) return rec < 0 ? PY2C_NULL : py2c_str_from_utf8("...", 3);
    Py2cBuf b = {0};
    Py2cValue l = py2c_list_from_iterable(self);
    int rc = PY2C_IS_NULL(l) ? -1 : 0;
    /* OrderedDict's views are odict_keys & co. in CPython (own types there) */
    const Py2cType *dt = py2c_obj_ptr(((DictView *)py2c_obj_ptr(self))->dict)->type;
    if (rc == 0 && dt != &py2c_dict_type && dt->module && strcmp(dt->module, "collections") == 0 &&
        strcmp(dt->name, "OrderedDict") == 0)
        rc = py2c__buf_puts(&b, "o");
    if (rc == 0) rc = py2c__buf_puts(&b, py2c_obj_ptr(self)->type->name);
    if (rc == 0) rc = py2c__buf_puts(&b, "(");
    if (rc == 0) rc = py2c__buf_put_repr(&b, l);
    if (rc == 0) rc = py2c__buf_puts(&b, ")");
    py2c_decref(l);
    py2c__repr_leave(self);
    if (rc < 0) {
        py2c__buf_free(&b);
        return PY2C_NULL;
    }
    return py2c__buf_finish(&b);
}

static int keys_contains(Py2cValue self, Py2cValue key) {
    return py2c_dict_contains(((DictView *)py2c_obj_ptr(self))->dict, key);
}

static int values_contains(Py2cValue self, Py2cValue v) {
    Py2cDict *d = view_dict(self);
    Py2cValue x;
    for (int64_t i = 0; dict_fetch(d, &i, NULL, NULL, &x);) {
        int eq = py2c__keys_equal(x, v);
        py2c_decref(x);
        if (eq != 0) return eq;
    }
    return 0;
}

static int items_contains(Py2cValue self, Py2cValue item) {
    if (!py2c_is_tuple(item) || py2c_tuple_size(item) != 2) return 0;
    Py2cValue v = py2c_dict_get_opt(((DictView *)py2c_obj_ptr(self))->dict, py2c_tuple_item(item, 0));
    if (PY2C_IS_NULL(v)) return py2c_error_occurred() ? -1 : 0;
    int eq = py2c__keys_equal(v, py2c_tuple_item(item, 1));
    py2c_decref(v);
    return eq;
}

static int is_setlike_view(Py2cValue v) {
    return py2c_is_obj(v) && (py2c_obj_ptr(v)->type == &py2c_dict_keys_type || py2c_obj_ptr(v)->type == &py2c_dict_items_type);
}

/* set(view) as CPython's dictviews_to_set: a keys view of a dict converts
 * through the dict (the set fast path for dicts). */
static Py2cValue view_to_set(Py2cValue v) {
    if (py2c_is_obj(v) && py2c_obj_ptr(v)->type == &py2c_dict_keys_type)
        return py2c_set_from_iterable(((DictView *)py2c_obj_ptr(v))->dict);
    return py2c_set_from_iterable(v);
}

static Py2cValue set_method(Py2cValue s, const char *name, Py2cValue arg) {
    Py2cValue n = py2c_str_from_utf8(name, (int64_t)strlen(name));
    if (PY2C_IS_NULL(n)) return n;
    Py2cValue r = py2c_call_method(s, n, &arg, 1, PY2C_NULL);
    py2c_decref(n);
    return r;
}

static Py2cValue view_setop(Py2cValue a, Py2cValue b, const char *method) {
    if (!is_setlike_view(a) && !is_setlike_view(b)) return PY2C_NOT_IMPLEMENTED;
    Py2cValue r = view_to_set(a);
    if (PY2C_IS_NULL(r)) return r;
    Py2cValue t = set_method(r, method, b);
    if (PY2C_IS_NULL(t)) {
        py2c_decref(r);
        return t;
    }
    py2c_decref(t);
    return r;
}

static Py2cValue view_or(Py2cValue a, Py2cValue b) { return view_setop(a, b, "update"); }
static Py2cValue view_sub(Py2cValue a, Py2cValue b) { return view_setop(a, b, "difference_update"); }
static Py2cValue view_xor(Py2cValue a, Py2cValue b) { return view_setop(a, b, "symmetric_difference_update"); }

static Py2cValue view_and(Py2cValue self, Py2cValue other) {
    if (!is_setlike_view(self)) {
        Py2cValue t = self;
        self = other;
        other = t;
    }
    if (!is_setlike_view(self)) return PY2C_NOT_IMPLEMENTED;
    int64_t len_self = view_len(self);
    if (py2c_is_obj(other) && py2c_obj_ptr(other)->type == &py2c_set_type && len_self <= py2c_set_size(other))
        return set_method(other, "intersection", self);
    if (is_setlike_view(other) && view_len(other) > len_self) {
        Py2cValue t = self;
        self = other;
        other = t;
    }
    int (*contains)(Py2cValue, Py2cValue) =
        py2c_obj_ptr(self)->type == &py2c_dict_keys_type ? keys_contains : items_contains;
    Py2cValue r = py2c_set_new();
    if (PY2C_IS_NULL(r)) return r;
    Py2cValue it = py2c_iter(other);
    if (PY2C_IS_NULL(it)) goto fail;
    for (;;) {
        Py2cValue k = py2c_iter_next(it);
        if (PY2C_IS_NULL(k)) break;
        int c = contains(self, k);
        if (c > 0) c = py2c_set_add(r, k);
        py2c_decref(k);
        if (c < 0) break;
    }
    py2c_decref(it);
    if (py2c_error_occurred()) goto fail;
    return r;
fail:
    py2c_decref(r);
    return PY2C_NULL;
}

/* keys/items view .isdisjoint(iterable) (CPython's dictviews_isdisjoint):
 * iterates the shorter side when the other is a set or set-like view. */
static Py2cValue view_isdisjoint(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    const char *qual = py2c_obj_ptr(self)->type == &py2c_dict_keys_type ? "dict_keys.isdisjoint" : "dict_items.isdisjoint";
    if (py2c__check_onearg(qual, nargs, kwnames) < 0) return PY2C_NULL;
    Py2cValue other = args[0];
    if (self.bits == other.bits) return py2c_bool(view_len(self) == 0);
    if (py2c_is_anyset(other) || is_setlike_view(other)) {
        int64_t len_other = py2c_is_anyset(other) ? py2c_set_size(other) : view_len(other);
        if (len_other > view_len(self)) {
            Py2cValue t = self;
            self = other;
            other = t;
        }
    }
    Py2cValue it = py2c_iter(other);
    if (PY2C_IS_NULL(it)) return it;
    int found = 0;
    for (;;) {
        Py2cValue k = py2c_iter_next(it);
        if (PY2C_IS_NULL(k)) break;
        found = py2c_contains(self, k);
        py2c_decref(k);
        if (found != 0) break;
    }
    py2c_decref(it);
    if (found < 0 || py2c_error_occurred()) return PY2C_NULL;
    return py2c_bool(!found);
}

static const Py2cMethodDef setlike_view_methods[] = {
    {"isdisjoint", view_isdisjoint},
    {NULL, NULL},
};

static Py2cValue view_richcompare(Py2cValue a, Py2cValue b, Py2cCompareOp op) {
    /* keys and items views compare like sets */
    if (!is_setlike_view(a)) return PY2C_NOT_IMPLEMENTED;
    if (!is_setlike_view(b) && !py2c_is_anyset(b)) return PY2C_NOT_IMPLEMENTED;
    Py2cValue x = py2c_set_from_iterable(a);
    if (PY2C_IS_NULL(x)) return x;
    Py2cValue y = py2c_set_from_iterable(b);
    if (PY2C_IS_NULL(y)) {
        py2c_decref(x);
        return y;
    }
    Py2cValue r = py2c_compare(x, y, op);
    py2c_decref(x);
    py2c_decref(y);
    return r;
}

/* --- iterators --- */
enum { IT_KEYS, IT_VALUES, IT_ITEMS };

typedef struct DictIter {
    Py2cObject ob;
    Py2cValue dict; /* PY2C_NULL once exhausted */
    int64_t pos;    /* next entry (reverse: the entry before which to look) */
    int64_t used;   /* the dict's size when iteration started */
    int64_t len;    /* items left to produce */
    int kind, reverse;
} DictIter;

static const Py2cType *const iter_types[2][3] = {
    {&py2c_dict_keyiterator_type, &py2c_dict_valueiterator_type, &py2c_dict_itemiterator_type},
    {&py2c_dict_reversekeyiterator_type, &py2c_dict_reversevalueiterator_type, &py2c_dict_reverseitemiterator_type},
};

static Py2cValue dictiter_new(Py2cValue d, int kind, int reverse) {
    DictIter *it = (DictIter *)py2c__object_new(iter_types[reverse][kind], sizeof(DictIter));
    if (!it) return PY2C_NULL;
    py2c_incref(d);
    it->dict = d;
    Py2cStripe *lk = py2c__lock(py2c_dict_ptr(d));
    it->used = py2c_dict_size(d);
    it->len = it->used;
    it->pos = reverse ? py2c_dict_ptr(d)->nentries - 1 : 0;
    py2c__unlock(lk);
    it->kind = kind;
    it->reverse = reverse;
    return py2c_obj_value(&it->ob);
}

static void dictiter_dealloc(Py2cObject *o) {
    py2c_decref(((DictIter *)o)->dict);
    free(o);
}

static Py2cValue dictiter_next(Py2cValue self) {
    DictIter *it = (DictIter *)py2c_obj_ptr(self);
    if (PY2C_IS_NULL(it->dict)) return PY2C_NULL;
    Py2cDict *d = py2c_dict_ptr(it->dict);
    Py2cStripe *lk = py2c__lock(d);
    if (it->used != d->used) {
        py2c__unlock(lk);
        it->used = -1; /* stays broken, as CPython */
        return py2c_error_format(&py2c_exc_RuntimeError, "dictionary changed size during iteration");
    }
    Py2cDictEntry *e = NULL;
    if (it->reverse) {
        while (it->pos >= 0 && it->pos < d->nentries && PY2C_IS_NULL(d->entries[it->pos].key)) it->pos--;
        if (it->pos >= 0 && it->pos < d->nentries) e = &d->entries[it->pos--];
    } else {
        while (it->pos < d->nentries && PY2C_IS_NULL(d->entries[it->pos].key)) it->pos++;
        if (it->pos < d->nentries) e = &d->entries[it->pos++];
    }
    if (!e || it->len == 0) {
        py2c__unlock(lk);
        PY2C_CLEAR(it->dict);
        if (!e) return PY2C_NULL;
        return py2c_error_format(&py2c_exc_RuntimeError, "dictionary keys changed during iteration");
    }
    it->len--;
    Py2cValue r;
    switch (it->kind) {
    case IT_KEYS: py2c_incref(r = e->key); break;
    case IT_VALUES: py2c_incref(r = e->value); break;
    default: r = py2c_tuple_pack(2, (Py2cValue[]){e->key, e->value}); break;
    }
    py2c__unlock(lk);
    return r;
}

static Py2cValue dict_iter(Py2cValue self) { return dictiter_new(self, IT_KEYS, 0); }
static Py2cValue keys_iter(Py2cValue self) { return dictiter_new(((DictView *)py2c_obj_ptr(self))->dict, IT_KEYS, 0); }
static Py2cValue values_iter(Py2cValue self) {
    return dictiter_new(((DictView *)py2c_obj_ptr(self))->dict, IT_VALUES, 0);
}
static Py2cValue items_iter(Py2cValue self) {
    return dictiter_new(((DictView *)py2c_obj_ptr(self))->dict, IT_ITEMS, 0);
}

Py2cValue py2c__dict_reversed(Py2cValue v, const Py2cType *view_type) {
    if (!view_type) return dictiter_new(v, IT_KEYS, 1);
    Py2cValue d = ((DictView *)py2c_obj_ptr(v))->dict;
    int kind = view_type == &py2c_dict_keys_type ? IT_KEYS : view_type == &py2c_dict_values_type ? IT_VALUES : IT_ITEMS;
    return dictiter_new(d, kind, 1);
}

static Py2cValue iter_self(Py2cValue self) {
    py2c_incref(self);
    return self;
}

static const Py2cNumberMethods dict_number = {
    .binary = {[PY2C_OP_OR] = dict_or},
    .inplace = {[PY2C_OP_OR] = dict_ior},
};

static const Py2cMethodDef dict_methods[] = {
    {"keys", m_keys},       {"values", m_values},   {"items", m_items},
    {"get", m_get},         {"setdefault", m_setdefault}, {"pop", m_pop},
    {"popitem", m_popitem}, {"update", m_update},   {"clear", m_clear},
    {"copy", m_copy},       {NULL, NULL},
};

static const Py2cMethodDef dict_classmethods[] = {
    {"fromkeys", m_fromkeys},
    {NULL, NULL},
};

const Py2cType py2c_dict_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "dict",
    .base = &py2c_object_type,
    .flags = PY2C_TPFLAG_BASETYPE,
    .basicsize = sizeof(Py2cDict),
    .dealloc = dict_dealloc,
    .new_ = dict_new,
    .repr = dict_repr,
    .richcompare = dict_richcompare,
    .iter = dict_iter,
    .len = dict_len,
    .getitem = dict_subscript,
    .setitem = dict_ass_sub,
    .contains = dict_contains_slot,
    .number = &dict_number,
    .methods = dict_methods,
    .classmethods = dict_classmethods,
};

static const Py2cNumberMethods view_number = {
    .binary = {[PY2C_OP_OR] = view_or, [PY2C_OP_AND] = view_and, [PY2C_OP_SUB] = view_sub, [PY2C_OP_XOR] = view_xor},
};

#define VIEW_TYPE(cname, pyname, iterfn, containsfn, num, cmp, meths)                                           \
    const Py2cType cname = {                                                                                    \
        .ob = PY2C_STATIC_HEADER(&py2c_type_type), .name = pyname, .base = &py2c_object_type,                   \
        .basicsize = sizeof(DictView), .dealloc = view_dealloc, .repr = view_repr, .iter = iterfn,              \
        .len = view_len, .contains = containsfn, .number = num, .richcompare = cmp, .methods = meths,            \
    }

VIEW_TYPE(py2c_dict_keys_type, "dict_keys", keys_iter, keys_contains, &view_number, view_richcompare,
          setlike_view_methods);
VIEW_TYPE(py2c_dict_values_type, "dict_values", values_iter, values_contains, NULL, NULL, NULL);
VIEW_TYPE(py2c_dict_items_type, "dict_items", items_iter, items_contains, &view_number, view_richcompare,
          setlike_view_methods);

#define ITER_TYPE(cname, pyname)                                                                                 \
    const Py2cType cname = {                                                                                    \
        .ob = PY2C_STATIC_HEADER(&py2c_type_type), .name = pyname, .base = &py2c_object_type,                   \
        .basicsize = sizeof(DictIter), .dealloc = dictiter_dealloc, .iter = iter_self, .iternext = dictiter_next, \
    }

ITER_TYPE(py2c_dict_keyiterator_type, "dict_keyiterator");
ITER_TYPE(py2c_dict_valueiterator_type, "dict_valueiterator");
ITER_TYPE(py2c_dict_itemiterator_type, "dict_itemiterator");
ITER_TYPE(py2c_dict_reversekeyiterator_type, "dict_reversekeyiterator");
ITER_TYPE(py2c_dict_reversevalueiterator_type, "dict_reversevalueiterator");
ITER_TYPE(py2c_dict_reverseitemiterator_type, "dict_reverseitemiterator");
