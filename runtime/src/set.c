/* set and frozenset: CPython 3.11's setobject.c algorithm (Knuth's algorithm
 * D with linear probing): tables start with 8 slots, each probe looks at up
 * to LINEAR_PROBES + 1 neighbouring slots before perturbing, the table grows
 * at 3/5 fill, deletions leave dummies, and every operation walks the same
 * operand in the same order as CPython, so that iteration order matches
 * CPython's for values with CPython's hashes. */
#include <stdlib.h>
#include <string.h>

#include "container_internal.h"
#include "str_internal.h"
#include "sync_internal.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

/* The deleted-entry marker: a NULL-tagged word that is not PY2C_NULL. */
static const Py2cValue dummy = {((uint64_t)PY2C__TAG_NULL << 48) | 1};
#define IS_DUMMY(v) ((v).bits == dummy.bits)
#define IS_ACTIVE(e) (!PY2C_IS_NULL((e)->key) && !IS_DUMMY((e)->key))

static int is_set(Py2cValue v) { return py2c_is_obj(v) && py2c_obj_ptr(v)->type == &py2c_set_type; }

static Py2cSet *set_alloc(const Py2cType *type) {
    Py2cSet *so = (Py2cSet *)py2c__object_new(type, sizeof(Py2cSet));
    if (!so) return NULL;
    so->fill = so->used = 0;
    so->mask = PY2C_SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
    so->finger = 0;
    memset(so->smalltable, 0, sizeof so->smalltable);
    for (int i = 0; i < PY2C_SET_MINSIZE; i++) so->smalltable[i].key = PY2C_NULL;
    return so;
}

/* startkey == key for a lookup of so's table with so's stripe held when
 * threaded: plain keys are compared in place; a comparison that runs
 * Python code (__eq__) does so with the stripe suspended, and *changed
 * tells whether entry still holds startkey in the same table afterwards
 * (startkey is held meanwhile, so its address cannot be reused). 1/0/-1. */
static int entry_eq(Py2cSet *so, Py2cSetEntry *entry, Py2cValue startkey, Py2cValue key, int *changed) {
    *changed = 0;
    if (py2c_is_str(startkey) && py2c_is_str(key))
        return py2c__str_same_text(py2c__strp(startkey), py2c__strp(key)); /* hashes are equal */
    if (py2c__eq_is_plain(startkey, key)) return py2c_compare_bool(startkey, key, PY2C_EQ);
    Py2cSetEntry *table = so->table;
    int64_t mask = so->mask;
    Py2cStripe *s = py2c__threaded() ? py2c__stripe_of(so) : NULL;
    py2c_incref(startkey);
    int susp = s ? py2c__stripe_suspend(s) : 0;
    int cmp = py2c_compare_bool(startkey, key, PY2C_EQ);
    py2c__stripe_resume(s, susp);
    *changed = table != so->table || mask != so->mask || entry->key.bits != startkey.bits;
    if (*changed && susp) {
        /* startkey may have left so: its last reference is released unlocked */
        susp = py2c__stripe_suspend(s);
        py2c_decref(startkey);
        py2c__stripe_resume(s, susp);
    } else {
        py2c_decref(startkey);
    }
    return cmp;
}

/* The entry holding key, or the unused entry ending its probe sequence;
 * NULL on a comparison error. */
static Py2cSetEntry *set_lookkey(Py2cSet *so, Py2cValue key, Py2cHash hash) {
restart:;
    uint64_t mask = (uint64_t)so->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        Py2cSetEntry *entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && PY2C_IS_NULL(entry->key)) return entry;
            if (entry->hash == hash) {
                Py2cValue startkey = entry->key;
                if (startkey.bits == key.bits) return entry;
                int changed, cmp = entry_eq(so, entry, startkey, key, &changed);
                if (cmp < 0) return NULL;
                if (changed) goto restart;
                if (cmp > 0) return entry;
                mask = (uint64_t)so->mask;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Inserts into a table known to hold no dummies and not key (resize, copy). */
static void set_insert_clean(Py2cSetEntry *table, uint64_t mask, Py2cValue key, Py2cHash hash) {
    uint64_t perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    Py2cSetEntry *entry;
    for (;;) {
        entry = &table[i];
        if (PY2C_IS_NULL(entry->key)) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (PY2C_IS_NULL(entry->key)) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found:
    entry->key = key;
    entry->hash = hash;
}

static int set_table_resize(Py2cSet *so, int64_t minused) {
    uint64_t newsize = PY2C_SET_MINSIZE;
    while (newsize <= (uint64_t)minused) newsize <<= 1;
    Py2cSetEntry *oldtable = so->table, small_copy[PY2C_SET_MINSIZE];
    uint64_t oldmask = (uint64_t)so->mask;
    int is_oldtable_malloced = oldtable != so->smalltable;
    Py2cSetEntry *newtable;
    if (newsize == PY2C_SET_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used) return 0; /* nothing to clean */
            memcpy(small_copy, oldtable, sizeof small_copy);
            oldtable = small_copy;
        }
    } else {
        if (newsize > ((uint64_t)1 << 40)) {
            (void)py2c_error_nomemory();
            return -1;
        }
        newtable = malloc(newsize * sizeof *newtable);
        if (!newtable) {
            (void)py2c_error_nomemory();
            return -1;
        }
    }
    for (uint64_t i = 0; i < newsize; i++) {
        newtable[i].key = PY2C_NULL;
        newtable[i].hash = 0;
    }
    so->mask = (int64_t)newsize - 1;
    so->table = newtable;
    /* copy the active entries, in old table order */
    for (uint64_t i = 0; i <= oldmask; i++) {
        Py2cSetEntry *e = &oldtable[i];
        if (IS_ACTIVE(e)) set_insert_clean(newtable, newsize - 1, e->key, e->hash);
    }
    so->fill = so->used;
    if (is_oldtable_malloced) free(oldtable);
    return 0;
}

/* Adds key (borrowed) with its hash. When the key is absent, the last
 * dummy met on the probe sequence is reused (CPython 3.11's freeslot; the
 * randomized tests against python3 pin down "last", not "first"). */
static int set_add_entry_locked(Py2cSet *so, Py2cValue key, Py2cHash hash) {
    py2c_incref(key);
restart:;
    uint64_t mask = (uint64_t)so->mask, i = (uint64_t)hash & mask, perturb = (uint64_t)hash;
    Py2cSetEntry *entry, *freeslot = NULL;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && PY2C_IS_NULL(entry->key)) goto found_unused_or_dummy;
            if (entry->hash == hash) {
                Py2cValue startkey = entry->key;
                if (startkey.bits == key.bits) goto found_active;
                int changed, cmp = entry_eq(so, entry, startkey, key, &changed);
                if (cmp > 0) goto found_active; /* CPython's order */
                if (cmp < 0) goto comparison_error;
                if (changed) goto restart;
                mask = (uint64_t)so->mask;
            } else if (entry->hash == -1) {
                freeslot = entry; /* the last dummy passed, as CPython 3.11 */
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((uint64_t)so->fill * 5 < mask * 3) return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
    py2c_decref(key);
    return 0;
comparison_error:
    py2c_decref(key);
    return -1;
}

/* Threads: add, discard, contains, pop, clear, len and the iteration step
 * each hold the set's stripe (sync_internal.h); removed keys are released
 * after it. */
static int set_add_entry(Py2cSet *so, Py2cValue key, Py2cHash hash) {
    Py2cStripe *lk = py2c__lock(so);
    int rc = set_add_entry_locked(so, key, hash);
    py2c__unlock(lk);
    return rc;
}

static int64_t set_used(Py2cSet *so) {
    Py2cStripe *lk = py2c__lock(so);
    int64_t n = so->used;
    py2c__unlock(lk);
    return n;
}

int py2c__set_add_hashed(Py2cValue s, Py2cValue key, Py2cHash hash) { return set_add_entry(py2c_set_ptr(s), key, hash); }

static int set_add_key(Py2cSet *so, Py2cValue key) {
    Py2cHash h = py2c__hash_fast(key);
    if (h == -1) return -1;
    return set_add_entry(so, key, h);
}

/* 1 present, 0 absent, -1 error */
static int set_contains_entry(Py2cSet *so, Py2cValue key, Py2cHash hash) {
    Py2cStripe *lk = py2c__lock(so);
    Py2cSetEntry *e = set_lookkey(so, key, hash);
    int rc = !e ? -1 : !PY2C_IS_NULL(e->key);
    py2c__unlock(lk);
    return rc;
}

static int set_contains_key(Py2cSet *so, Py2cValue key) {
    Py2cHash h = py2c__hash_fast(key);
    if (h == -1) return -1;
    return set_contains_entry(so, key, h);
}

/* 1 found (and removed), 0 not found, -1 error */
static int set_discard_entry(Py2cSet *so, Py2cValue key, Py2cHash hash) {
    Py2cStripe *lk = py2c__lock(so);
    Py2cSetEntry *e = set_lookkey(so, key, hash);
    Py2cValue old = PY2C_NULL;
    int rc = !e ? -1 : !PY2C_IS_NULL(e->key);
    if (rc == 1) {
        old = e->key;
        e->key = dummy;
        e->hash = -1;
        so->used--;
    }
    py2c__unlock(lk);
    py2c_decref(old);
    return rc;
}

static int set_discard_key(Py2cSet *so, Py2cValue key) {
    Py2cHash h = py2c__hash_fast(key);
    if (h == -1) return -1;
    return set_discard_entry(so, key, h);
}

/* Walks active entries in table order. */
static int set_next_entry(Py2cSet *so, int64_t *pos, Py2cSetEntry **out) {
    int64_t i = *pos;
    while (i <= so->mask && !IS_ACTIVE(&so->table[i])) i++;
    *pos = i + 1;
    if (i > so->mask) return 0;
    *out = &so->table[i];
    return 1;
}

int py2c_set_next(Py2cValue s, int64_t *pos, Py2cValue *key) {
    Py2cSetEntry *e;
    if (!set_next_entry(py2c_set_ptr(s), pos, &e)) return 0;
    *key = e->key;
    return 1;
}

static void set_clear_internal(Py2cSet *so) {
    Py2cStripe *lk = py2c__lock(so);
    Py2cSetEntry *table = so->table, small_copy[PY2C_SET_MINSIZE];
    int64_t mask = so->mask;
    int malloced = table != so->smalltable;
    if (!malloced) {
        memcpy(small_copy, table, sizeof small_copy);
        table = small_copy;
    }
    for (int i = 0; i < PY2C_SET_MINSIZE; i++) {
        so->smalltable[i].key = PY2C_NULL;
        so->smalltable[i].hash = 0;
    }
    so->table = so->smalltable;
    so->mask = PY2C_SET_MINSIZE - 1;
    so->fill = so->used = 0;
    so->hash = -1;
    py2c__unlock(lk);
    for (int64_t i = 0; i <= mask; i++)
        if (IS_ACTIVE(&table[i])) py2c_decref(table[i].key);
    if (malloced) free(table);
}

static void set_dealloc(Py2cObject *o) {
    set_clear_internal((Py2cSet *)o);
    free(o);
}

/* so |= other where other is a set or frozenset (CPython's set_merge). */
static int set_merge(Py2cSet *so, Py2cSet *other) {
    if (so == other || other->used == 0) return 0;
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
        if (set_table_resize(so, (so->used + other->used) * 2) != 0) return -1;
    }
    Py2cSetEntry *so_entry = so->table, *other_entry = other->table;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (int64_t i = 0; i <= other->mask; i++, so_entry++, other_entry++) {
            if (!PY2C_IS_NULL(other_entry->key)) {
                py2c_incref(other_entry->key);
                so_entry->key = other_entry->key;
                so_entry->hash = other_entry->hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = other->used;
        so->used = other->used;
        for (int64_t i = 0; i <= other->mask; i++, other_entry++) {
            if (IS_ACTIVE(other_entry)) {
                py2c_incref(other_entry->key);
                set_insert_clean(so->table, (uint64_t)so->mask, other_entry->key, other_entry->hash);
            }
        }
        return 0;
    }
    for (int64_t i = 0; i <= other->mask; i++) {
        other_entry = &other->table[i];
        if (IS_ACTIVE(other_entry)) {
            Py2cValue key = other_entry->key;
            py2c_incref(key);
            int rc = set_add_entry(so, key, other_entry->hash);
            py2c_decref(key);
            if (rc) return -1;
        }
    }
    return 0;
}

/* so |= other, other a set that other threads may be changing: its entries
 * are copied out under its stripe, then added under so's (one stripe at a
 * time). */
static int set_merge_shared(Py2cSet *so, Py2cSet *other) {
    Py2cStripe *lk = py2c__lock(other);
    int64_t n = 0, cap = other->used;
    Py2cSetEntry *copy = malloc((size_t)(cap ? cap : 1) * sizeof *copy);
    if (copy)
        for (int64_t i = 0; i <= other->mask && n < cap; i++)
            if (IS_ACTIVE(&other->table[i])) {
                copy[n] = other->table[i];
                py2c_incref(copy[n++].key);
            }
    py2c__unlock(lk);
    if (!copy) {
        (void)py2c_error_nomemory();
        return -1;
    }
    int rc = 0;
    for (int64_t i = 0; i < n; i++) {
        if (rc == 0) rc = set_add_entry(so, copy[i].key, copy[i].hash);
        py2c_decref(copy[i].key);
    }
    free(copy);
    return rc ? -1 : 0;
}

/* so |= the keys of d (the caller holds d's stripe when threaded). */
static int set_update_from_dict(Py2cSet *so, Py2cDict *d) {
    int64_t dictsize = d->used;
    Py2cStripe *lk = py2c__lock(so);
    int rc = (so->fill + dictsize) * 5 >= so->mask * 3 ? set_table_resize(so, (so->used + dictsize) * 2) : 0;
    py2c__unlock(lk);
    if (rc != 0) return -1;
    for (int64_t i = 0; i < d->nentries; i++) {
        Py2cDictEntry *e = &d->entries[i];
        if (PY2C_IS_NULL(e->key)) continue;
        Py2cValue key = e->key;
        py2c_incref(key);
        rc = set_add_entry(so, key, e->hash);
        py2c_decref(key);
        if (rc) return -1;
    }
    return 0;
}

static int set_update_internal(Py2cSet *so, Py2cValue other) {
    if (py2c_is_anyset(other) && py2c__threaded()) {
        if (py2c_set_ptr(other) == so) return 0;
        return set_merge_shared(so, py2c_set_ptr(other));
    }
    if (py2c_is_anyset(other)) return set_merge(so, py2c_set_ptr(other));
    if (py2c__threaded() && py2c_is_list(other)) goto generic; /* its iterator locks */
    if (py2c_is_dict(other) && py2c__threaded()) {
        /* the keys and hashes copied under the dict's stripe (set(d) sees
         * one state of d), then added with no stripe of d held: adding may
         * run a key's __eq__ */
        Py2cDict *d = py2c_dict_ptr(other);
        Py2cStripe *dk = py2c__lock(d);
        int64_t n = 0, cap = d->used;
        Py2cSetEntry *copy = malloc((size_t)(cap ? cap : 1) * sizeof *copy);
        for (int64_t i = 0; copy && i < d->nentries && n < cap; i++)
            if (!PY2C_IS_NULL(d->entries[i].key)) {
                copy[n].key = d->entries[i].key;
                copy[n].hash = d->entries[i].hash;
                py2c_incref(copy[n++].key);
            }
        py2c__unlock(dk);
        if (!copy) return py2c_error_nomemory(), -1;
        int rc = 0;
        for (int64_t i = 0; i < n; i++) {
            if (rc == 0) rc = set_add_entry(so, copy[i].key, copy[i].hash);
            py2c_decref(copy[i].key);
        }
        free(copy);
        return rc ? -1 : 0;
    }
    if (py2c_is_dict(other)) {
        Py2cDict *d = py2c_dict_ptr(other);
        Py2cStripe *dk = py2c__lock(d);
        int rc = set_update_from_dict(so, d);
        py2c__unlock(dk);
        return rc;
    }
    Py2cValue *items;
    int64_t n;
    if (py2c__seq_fast(other, &items, &n)) {
        /* the tuple/list may change under a comparison: re-read each time */
        for (int64_t i = 0; py2c__seq_fast(other, &items, &n) && i < n; i++) {
            Py2cValue key = items[i];
            py2c_incref(key);
            int rc = set_add_key(so, key);
            py2c_decref(key);
            if (rc) return -1;
        }
        return 0;
    }
generic:;
    Py2cValue it = py2c_iter(other);
    if (PY2C_IS_NULL(it)) return -1;
    for (;;) {
        Py2cValue key = py2c_iter_next(it);
        if (PY2C_IS_NULL(key)) break;
        int rc = set_add_key(so, key);
        py2c_decref(key);
        if (rc) {
            py2c_decref(it);
            return -1;
        }
    }
    py2c_decref(it);
    return py2c_error_occurred() ? -1 : 0;
}

int py2c__set_update(Py2cValue s, Py2cValue iterable) { return set_update_internal(py2c_set_ptr(s), iterable); }

static Py2cValue make_new_set(const Py2cType *type, Py2cValue iterable) {
    Py2cSet *so = set_alloc(type);
    if (!so) return PY2C_NULL;
    Py2cValue r = py2c_obj_value(&so->ob);
    if (!PY2C_IS_NULL(iterable) && set_update_internal(so, iterable) < 0) {
        py2c_decref(r);
        return PY2C_NULL;
    }
    return r;
}

Py2cValue py2c_set_new(void) { return make_new_set(&py2c_set_type, PY2C_NULL); }
Py2cValue py2c_set_from_iterable(Py2cValue iterable) { return make_new_set(&py2c_set_type, iterable); }

Py2cValue py2c_frozenset_from_iterable(Py2cValue iterable) {
    if (py2c_is_obj(iterable) && py2c_obj_ptr(iterable)->type == &py2c_frozenset_type) {
        py2c_incref(iterable);
        return iterable;
    }
    return make_new_set(&py2c_frozenset_type, iterable);
}

int py2c_set_add(Py2cValue s, Py2cValue v) { return set_add_key(py2c_set_ptr(s), v); }

/* The frozenset constant CPython 3.11's compiler makes of a set display of
 * constants: PyFrozenSet_New(tuple of the items), then rebuilt by the
 * constant merger (merge_consts_recursive) by adding the first frozenset's
 * items again in its table order. Both passes are adds, so collisions can
 * place items differently than in one pass. */
Py2cValue py2c_frozenset_const(size_t n, const Py2cValue *items) {
    Py2cSet *first = set_alloc(&py2c_frozenset_type);
    if (!first) return PY2C_NULL;
    Py2cValue f = py2c_obj_value(&first->ob);
    for (size_t i = 0; i < n; i++)
        if (set_add_key(first, items[i]) < 0) {
            py2c_decref(f);
            return PY2C_NULL;
        }
    Py2cSet *second = set_alloc(&py2c_frozenset_type);
    if (!second) {
        py2c_decref(f);
        return PY2C_NULL;
    }
    Py2cValue r = py2c_obj_value(&second->ob);
    for (int64_t i = 0; i <= first->mask; i++) {
        Py2cSetEntry *e = &first->table[i];
        if (IS_ACTIVE(e) && set_add_entry(second, e->key, e->hash) < 0) {
            py2c_decref(r);
            r = PY2C_NULL;
            break;
        }
    }
    py2c_decref(f);
    return r;
}
int py2c_set_contains(Py2cValue s, Py2cValue v) { return set_contains_key(py2c_set_ptr(s), v); }
int py2c_set_discard(Py2cValue s, Py2cValue v) { return set_discard_key(py2c_set_ptr(s), v); }

/* A new set of so's type with so's items (CPython's set_copy). */
static Py2cValue set_copy(Py2cValue so) { return make_new_set(py2c_obj_ptr(so)->type, so); }

/* v (a set or frozenset) in a form this thread can walk without locks: v
 * itself (a new reference) while single-threaded or when it is a frozenset
 * (never changed after it is made), else a private copy taken under v's
 * stripe (set_merge_shared). The algebra below walks tables entry by entry
 * and calls __eq__ on the way; walking a set another thread resizes would
 * read a freed table. PY2C_NULL on MemoryError. */
static Py2cValue set_stable(Py2cValue v) {
    if (!py2c__threaded() || !is_set(v)) {
        py2c_incref(v);
        return v;
    }
    return make_new_set(&py2c_set_type, v);
}

/* Swaps the tables of a and b (intersection_update), keeping each object's
 * own small table in place. */
static void set_swap_bodies(Py2cSet *a, Py2cSet *b) {
    Py2cSetEntry tab[PY2C_SET_MINSIZE];
    int64_t t;
    t = a->fill; a->fill = b->fill; b->fill = t;
    t = a->used; a->used = b->used; b->used = t;
    t = a->mask; a->mask = b->mask; b->mask = t;
    Py2cSetEntry *u = a->table;
    if (a->table == a->smalltable) u = b->smalltable;
    a->table = b->table;
    if (b->table == b->smalltable) a->table = a->smalltable;
    b->table = u;
    if (a->table == a->smalltable || b->table == b->smalltable) {
        memcpy(tab, a->smalltable, sizeof tab);
        memcpy(a->smalltable, b->smalltable, sizeof tab);
        memcpy(b->smalltable, tab, sizeof tab);
    }
    Py2cHash h = a->hash;
    a->hash = b->hash;
    b->hash = h;
}

/* so & other, walking the smaller set (CPython's set_intersection). */
static Py2cValue set_intersection_stable(Py2cValue sov, Py2cValue other);

static Py2cValue set_intersection(Py2cValue sov, Py2cValue other) {
    if (sov.bits == other.bits) return set_copy(sov);
    if (!py2c__threaded() || !py2c_is_anyset(other)) return set_intersection_stable(sov, other);
    /* both walked: both stable (the result keeps sov's type) */
    Py2cValue a = set_stable(sov), b = PY2C_IS_NULL(a) ? PY2C_NULL : set_stable(other);
    Py2cValue r = PY2C_NULL;
    if (!PY2C_IS_NULL(b)) {
        r = set_intersection_stable(a, b);
        if (!PY2C_IS_NULL(r) && py2c_obj_ptr(r)->type != py2c_obj_ptr(sov)->type) {
            Py2cValue t = make_new_set(py2c_obj_ptr(sov)->type, r);
            py2c_decref(r);
            r = t;
        }
    }
    py2c_decref(a);
    py2c_decref(b);
    return r;
}

/* The same, sov and other (when a set) being stable (set_stable). */
static Py2cValue set_intersection_stable(Py2cValue sov, Py2cValue other) {
    Py2cValue resv = make_new_set(py2c_obj_ptr(sov)->type, PY2C_NULL);
    if (PY2C_IS_NULL(resv)) return resv;
    Py2cSet *result = py2c_set_ptr(resv), *so = py2c_set_ptr(sov);
    if (py2c_is_anyset(other)) {
        Py2cSet *o = py2c_set_ptr(other);
        if (o->used > so->used) {
            Py2cSet *t = so;
            so = o;
            o = t;
        }
        int64_t pos = 0;
        Py2cSetEntry *e;
        while (set_next_entry(o, &pos, &e)) {
            Py2cValue key = e->key;
            Py2cHash hash = e->hash;
            py2c_incref(key);
            int rv = set_contains_entry(so, key, hash);
            if (rv > 0) rv = set_add_entry(result, key, hash);
            py2c_decref(key);
            if (rv < 0) goto fail;
        }
        return resv;
    }
    Py2cValue it = py2c_iter(other);
    if (PY2C_IS_NULL(it)) goto fail;
    for (;;) {
        Py2cValue key = py2c_iter_next(it);
        if (PY2C_IS_NULL(key)) break;
        Py2cHash hash = py2c__hash_fast(key);
        int rv = hash == -1 ? -1 : set_contains_entry(so, key, hash);
        if (rv > 0) rv = set_add_entry(result, key, hash);
        py2c_decref(key);
        if (rv < 0) {
            py2c_decref(it);
            goto fail;
        }
    }
    py2c_decref(it);
    if (py2c_error_occurred()) goto fail;
    return resv;
fail:
    py2c_decref(resv);
    return PY2C_NULL;
}

static int set_difference_update_internal(Py2cSet *so, Py2cValue sov, Py2cValue other) {
    if (sov.bits == other.bits) {
        set_clear_internal(so);
        return 0;
    }
    if (py2c_is_anyset(other)) {
        Py2cValue o;
        if ((set_used(py2c_set_ptr(other)) >> 3) > set_used(so)) o = set_intersection(sov, other);
        else o = set_stable(other);
        if (PY2C_IS_NULL(o)) return -1;
        int64_t pos = 0;
        Py2cSetEntry *e;
        while (set_next_entry(py2c_set_ptr(o), &pos, &e)) {
            Py2cValue key = e->key;
            py2c_incref(key);
            int rc = set_discard_entry(so, key, e->hash);
            py2c_decref(key);
            if (rc < 0) {
                py2c_decref(o);
                return -1;
            }
        }
        py2c_decref(o);
    } else {
        Py2cValue it = py2c_iter(other);
        if (PY2C_IS_NULL(it)) return -1;
        for (;;) {
            Py2cValue key = py2c_iter_next(it);
            if (PY2C_IS_NULL(key)) break;
            int rc = set_discard_key(so, key);
            py2c_decref(key);
            if (rc < 0) {
                py2c_decref(it);
                return -1;
            }
        }
        py2c_decref(it);
        if (py2c_error_occurred()) return -1;
    }
    /* more than 1/4 dummies: resize them away */
    Py2cStripe *lk = py2c__lock(so);
    int rc = 0;
    if ((uint64_t)(so->fill - so->used) > (uint64_t)so->mask / 4)
        rc = set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
    py2c__unlock(lk);
    return rc;
}

static Py2cValue set_copy_and_difference(Py2cValue sov, Py2cValue other) {
    Py2cValue r = set_copy(sov);
    if (PY2C_IS_NULL(r)) return r;
    if (set_difference_update_internal(py2c_set_ptr(r), r, other) < 0) {
        py2c_decref(r);
        return PY2C_NULL;
    }
    return r;
}

static Py2cValue set_difference(Py2cValue sov, Py2cValue other) {
    int64_t other_size;
    if (py2c_is_anyset(other)) other_size = set_used(py2c_set_ptr(other));
    else if (py2c_is_dict(other) && !py2c__threaded()) other_size = py2c_dict_ptr(other)->used;
    else return set_copy_and_difference(sov, other); /* threaded dicts: through their locked iterator */
    if ((set_used(py2c_set_ptr(sov)) >> 2) > other_size) return set_copy_and_difference(sov, other);
    Py2cValue resv = make_new_set(py2c_obj_ptr(sov)->type, PY2C_NULL);
    if (PY2C_IS_NULL(resv)) return resv;
    Py2cValue stable = set_stable(sov); /* walked; other is only probed (locked) */
    if (PY2C_IS_NULL(stable)) {
        py2c_decref(resv);
        return PY2C_NULL;
    }
    Py2cSet *so = py2c_set_ptr(stable);
    int64_t pos = 0;
    Py2cSetEntry *e;
    while (set_next_entry(so, &pos, &e)) {
        Py2cValue key = e->key;
        Py2cHash hash = e->hash;
        py2c_incref(key);
        int rv;
        if (py2c_is_dict(other)) {
            int64_t ix = py2c__dict_lookup(py2c_dict_ptr(other), key, hash);
            rv = ix == -2 ? -1 : ix >= 0;
        } else {
            rv = set_contains_entry(py2c_set_ptr(other), key, hash);
        }
        if (rv == 0) rv = set_add_entry(py2c_set_ptr(resv), key, hash);
        py2c_decref(key);
        if (rv < 0) {
            py2c_decref(stable);
            py2c_decref(resv);
            return PY2C_NULL;
        }
    }
    py2c_decref(stable);
    return resv;
}

static int set_symmetric_difference_update(Py2cSet *so, Py2cValue sov, Py2cValue other) {
    if (sov.bits == other.bits) {
        set_clear_internal(so);
        return 0;
    }
    if (py2c_is_dict(other) && !py2c__threaded()) { /* threaded: copied below, under its stripe */
        Py2cDict *d = py2c_dict_ptr(other);
        for (int64_t i = 0; i < d->nentries; i++) {
            Py2cDictEntry *de = &d->entries[i];
            if (PY2C_IS_NULL(de->key)) continue;
            Py2cValue key = de->key;
            Py2cHash hash = de->hash;
            py2c_incref(key);
            int rv = set_discard_entry(so, key, hash);
            if (rv == 0) rv = set_add_entry(so, key, hash);
            py2c_decref(key);
            if (rv < 0) return -1;
        }
        return 0;
    }
    Py2cValue o = py2c_is_anyset(other) ? set_stable(other) : make_new_set(py2c_obj_ptr(sov)->type, other);
    if (PY2C_IS_NULL(o)) return -1;
    int64_t pos = 0;
    Py2cSetEntry *e;
    while (set_next_entry(py2c_set_ptr(o), &pos, &e)) {
        Py2cValue key = e->key;
        Py2cHash hash = e->hash;
        py2c_incref(key);
        int rv = set_discard_entry(so, key, hash);
        if (rv == 0) rv = set_add_entry(so, key, hash);
        py2c_decref(key);
        if (rv < 0) {
            py2c_decref(o);
            return -1;
        }
    }
    py2c_decref(o);
    return 0;
}

static Py2cValue set_symmetric_difference(Py2cValue sov, Py2cValue other) {
    Py2cValue o = make_new_set(py2c_obj_ptr(sov)->type, other);
    if (PY2C_IS_NULL(o)) return o;
    if (set_symmetric_difference_update(py2c_set_ptr(o), o, sov) < 0) {
        py2c_decref(o);
        return PY2C_NULL;
    }
    return o;
}

/* 1/0/-1: every item of a is in b (b a set); a is walked from a stable
 * copy, b only probed under its stripe. */
static int set_issubset_sets(Py2cSet *a, Py2cSet *b) {
    if (set_used(a) > set_used(b)) return 0;
    Py2cValue av = set_stable(py2c_obj_value(&a->ob));
    if (PY2C_IS_NULL(av)) return -1;
    int64_t pos = 0;
    Py2cSetEntry *e;
    int rv = 1;
    while (rv > 0 && set_next_entry(py2c_set_ptr(av), &pos, &e)) {
        Py2cValue key = e->key;
        py2c_incref(key);
        rv = set_contains_entry(b, key, e->hash);
        py2c_decref(key);
    }
    py2c_decref(av);
    return rv;
}

/* --- protocol slots --- */
static Py2cValue set_repr(Py2cValue self) {
    Py2cSet *so = py2c_set_ptr(self);
    const char *tname = so->ob.type->name;
    int frozen = so->ob.type != &py2c_set_type;
    Py2cBuf b = {0};
    if (so->used == 0) {
        if (py2c__buf_puts(&b, tname) < 0 || py2c__buf_puts(&b, "()") < 0) goto fail_nolock;
        return py2c__buf_finish(&b);
    }
    int rec = py2c__repr_enter(self);
    if (rec != 0) {
        if (rec < 0) return PY2C_NULL;
        if (py2c__buf_puts(&b, tname) < 0 || py2c__buf_puts(&b, "(...)") < 0) goto fail_nolock;
        return py2c__buf_finish(&b);
    }
    /* items are printed from a snapshot list, as CPython (PySequence_List) */
    Py2cValue keys = py2c_list_from_iterable(self);
    if (PY2C_IS_NULL(keys)) goto fail;
    if (frozen && (py2c__buf_puts(&b, tname) < 0 || py2c__buf_puts(&b, "(") < 0)) goto fail_keys;
    if (py2c__buf_puts(&b, "{") < 0) goto fail_keys;
    for (int64_t i = 0; i < py2c_list_size(keys); i++) {
        if (i > 0 && py2c__buf_puts(&b, ", ") < 0) goto fail_keys;
        if (py2c__buf_put_repr(&b, py2c_list_item(keys, i)) < 0) goto fail_keys;
    }
    if (py2c__buf_puts(&b, frozen ? "})" : "}") < 0) goto fail_keys;
    py2c_decref(keys);
    py2c__repr_leave(self);
    return py2c__buf_finish(&b);
fail_keys:
    py2c_decref(keys);
fail:
    py2c__repr_leave(self);
fail_nolock:
    py2c__buf_free(&b);
    return PY2C_NULL;
}

/* A frozenset's lazily computed hash (-1: not yet; sets keep -1). */
static Py2cHash cached_hash(Py2cSet *so) {
    return atomic_load_explicit((_Atomic Py2cHash *)&so->hash, memory_order_relaxed);
}

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL; }

static Py2cHash frozenset_hash(Py2cValue self) {
    Py2cSet *so = py2c_set_ptr(self);
    Py2cHash cached = cached_hash(so);
    if (cached != -1) return cached;
    uint64_t hash = 0;
    /* xor of the shuffled hashes of the active entries (CPython includes
     * unused and dummy slots and cancels them out: the same result) */
    for (int64_t i = 0; i <= so->mask; i++)
        if (IS_ACTIVE(&so->table[i])) hash ^= shuffle_bits((uint64_t)so->table[i].hash);
    hash ^= ((uint64_t)so->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1) hash = 590923713UL;
    /* threads may compute it at once: the same value, stored atomically */
    atomic_store_explicit((_Atomic Py2cHash *)&so->hash, (Py2cHash)hash, memory_order_relaxed);
    return (Py2cHash)hash;
}

static Py2cValue set_richcompare(Py2cValue a, Py2cValue b, Py2cCompareOp op) {
    if (!py2c_is_anyset(a) || !py2c_is_anyset(b)) return PY2C_NOT_IMPLEMENTED;
    Py2cSet *x = py2c_set_ptr(a), *y = py2c_set_ptr(b);
    int r;
    switch (op) {
    case PY2C_EQ:
    case PY2C_NE:
        if (set_used(x) != set_used(y)) r = 0;
        else if (cached_hash(x) != -1 && cached_hash(y) != -1 && cached_hash(x) != cached_hash(y)) r = 0;
        else r = set_issubset_sets(x, y);
        if (r < 0) return PY2C_NULL;
        return py2c_bool(op == PY2C_EQ ? r : !r);
    case PY2C_LE: r = set_issubset_sets(x, y); break;
    case PY2C_GE: r = set_issubset_sets(y, x); break;
    case PY2C_LT: r = set_used(x) < set_used(y) ? set_issubset_sets(x, y) : 0; break;
    case PY2C_GT: r = set_used(x) > set_used(y) ? set_issubset_sets(y, x) : 0; break;
    default: return PY2C_NOT_IMPLEMENTED;
    }
    if (r < 0) return PY2C_NULL;
    return py2c_bool(r);
}

static int64_t set_len(Py2cValue self) { return set_used(py2c_set_ptr(self)); }

static int set_contains_slot(Py2cValue self, Py2cValue key) {
    int rv = set_contains_key(py2c_set_ptr(self), key);
    /* an unhashable set is looked up as a frozenset, as CPython */
    if (rv < 0 && is_set(key) && py2c_error_matches(&py2c_exc_TypeError)) {
        py2c_error_clear();
        Py2cValue tmp = make_new_set(&py2c_frozenset_type, key);
        if (PY2C_IS_NULL(tmp)) return -1;
        rv = set_contains_key(py2c_set_ptr(self), tmp);
        py2c_decref(tmp);
    }
    return rv;
}

static Py2cValue set_or(Py2cValue a, Py2cValue b) {
    if (!py2c_is_anyset(a) || !py2c_is_anyset(b)) return PY2C_NOT_IMPLEMENTED;
    Py2cValue r = set_copy(a);
    if (PY2C_IS_NULL(r) || a.bits == b.bits) return r;
    if (set_update_internal(py2c_set_ptr(r), b) < 0) {
        py2c_decref(r);
        return PY2C_NULL;
    }
    return r;
}

static Py2cValue set_and(Py2cValue a, Py2cValue b) {
    if (!py2c_is_anyset(a) || !py2c_is_anyset(b)) return PY2C_NOT_IMPLEMENTED;
    return set_intersection(a, b);
}

static Py2cValue set_sub(Py2cValue a, Py2cValue b) {
    if (!py2c_is_anyset(a) || !py2c_is_anyset(b)) return PY2C_NOT_IMPLEMENTED;
    return set_difference(a, b);
}

static Py2cValue set_xor(Py2cValue a, Py2cValue b) {
    if (!py2c_is_anyset(a) || !py2c_is_anyset(b)) return PY2C_NOT_IMPLEMENTED;
    return set_symmetric_difference(a, b);
}

static Py2cValue set_ior(Py2cValue a, Py2cValue b) {
    if (!is_set(a) || !py2c_is_anyset(b)) return PY2C_NOT_IMPLEMENTED;
    if (set_update_internal(py2c_set_ptr(a), b) < 0) return PY2C_NULL;
    py2c_incref(a);
    return a;
}

static Py2cValue set_iand(Py2cValue a, Py2cValue b) {
    if (!is_set(a) || !py2c_is_anyset(b)) return PY2C_NOT_IMPLEMENTED;
    Py2cValue tmp = set_intersection(a, b);
    if (PY2C_IS_NULL(tmp)) return tmp;
    Py2cStripe *lk = py2c__lock(py2c_set_ptr(a)); /* tmp is private; a may be shared */
    set_swap_bodies(py2c_set_ptr(a), py2c_set_ptr(tmp));
    py2c__unlock(lk);
    py2c_decref(tmp);
    py2c_incref(a);
    return a;
}

static Py2cValue set_isub(Py2cValue a, Py2cValue b) {
    if (!is_set(a) || !py2c_is_anyset(b)) return PY2C_NOT_IMPLEMENTED;
    if (set_difference_update_internal(py2c_set_ptr(a), a, b) < 0) return PY2C_NULL;
    py2c_incref(a);
    return a;
}

static Py2cValue set_ixor(Py2cValue a, Py2cValue b) {
    if (!is_set(a) || !py2c_is_anyset(b)) return PY2C_NOT_IMPLEMENTED;
    if (set_symmetric_difference_update(py2c_set_ptr(a), a, b) < 0) return PY2C_NULL;
    py2c_incref(a);
    return a;
}

/* --- methods --- */
#define QUAL(self, m) (py2c_obj_ptr(self)->type == &py2c_set_type ? "set." m : "frozenset." m)

static Py2cValue m_add(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_onearg("set.add", nargs, kwnames) < 0) return PY2C_NULL;
    if (set_add_key(py2c_set_ptr(self), args[0]) < 0) return PY2C_NULL;
    return PY2C_NONE;
}

/* remove/discard look an unhashable set up as a frozenset, as CPython */
static int discard_with_frozen_retry(Py2cSet *so, Py2cValue key) {
    int rv = set_discard_key(so, key);
    if (rv < 0 && is_set(key) && py2c_error_matches(&py2c_exc_TypeError)) {
        py2c_error_clear();
        Py2cValue tmp = make_new_set(&py2c_frozenset_type, key);
        if (PY2C_IS_NULL(tmp)) return -1;
        rv = set_discard_key(so, tmp);
        py2c_decref(tmp);
    }
    return rv;
}

static Py2cValue m_remove(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_onearg("set.remove", nargs, kwnames) < 0) return PY2C_NULL;
    int rv = discard_with_frozen_retry(py2c_set_ptr(self), args[0]);
    if (rv < 0) return PY2C_NULL;
    if (rv == 0) return py2c__raise_key_error(args[0]);
    return PY2C_NONE;
}

static Py2cValue m_discard(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_onearg("set.discard", nargs, kwnames) < 0) return PY2C_NULL;
    if (discard_with_frozen_retry(py2c_set_ptr(self), args[0]) < 0) return PY2C_NULL;
    return PY2C_NONE;
}

static Py2cValue m_pop(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_noargs("set.pop", nargs, kwnames) < 0) return PY2C_NULL;
    Py2cSet *so = py2c_set_ptr(self);
    Py2cStripe *lk = py2c__lock(so);
    if (so->used == 0) {
        py2c__unlock(lk);
        return py2c__raise_key_error_msg("pop from an empty set");
    }
    Py2cSetEntry *entry = so->table + (so->finger & so->mask), *limit = so->table + so->mask;
    while (PY2C_IS_NULL(entry->key) || IS_DUMMY(entry->key)) {
        entry++;
        if (entry > limit) entry = so->table;
    }
    Py2cValue key = entry->key;
    entry->key = dummy;
    entry->hash = -1;
    so->used--;
    so->finger = entry - so->table + 1;
    py2c__unlock(lk);
    return key;
}

static Py2cValue m_clear(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_noargs("set.clear", nargs, kwnames) < 0) return PY2C_NULL;
    set_clear_internal(py2c_set_ptr(self));
    return PY2C_NONE;
}

static Py2cValue m_copy(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__check_noargs(QUAL(self, "copy"), nargs, kwnames) < 0) return PY2C_NULL;
    if (py2c_obj_ptr(self)->type == &py2c_frozenset_type) {
        py2c_incref(self);
        return self;
    }
    return set_copy(self);
}

static Py2cValue m_update(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_no_kwargs("set.update", kwnames) < 0) return PY2C_NULL;
    for (size_t i = 0; i < nargs; i++)
        if (set_update_internal(py2c_set_ptr(self), args[i]) < 0) return PY2C_NULL;
    return PY2C_NONE;
}

static Py2cValue m_union(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_no_kwargs(QUAL(self, "union"), kwnames) < 0) return PY2C_NULL;
    Py2cValue r = set_copy(self);
    if (PY2C_IS_NULL(r)) return r;
    for (size_t i = 0; i < nargs; i++) {
        if (args[i].bits == self.bits) continue;
        if (set_update_internal(py2c_set_ptr(r), args[i]) < 0) {
            py2c_decref(r);
            return PY2C_NULL;
        }
    }
    return r;
}

static Py2cValue intersection_multi(Py2cValue self, const Py2cValue *args, size_t nargs) {
    if (nargs == 0) return set_copy(self);
    Py2cValue r = self;
    py2c_incref(r);
    for (size_t i = 0; i < nargs; i++) {
        Py2cValue nr = set_intersection(r, args[i]);
        py2c_decref(r);
        if (PY2C_IS_NULL(nr)) return nr;
        r = nr;
    }
    return r;
}

static Py2cValue m_intersection(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_no_kwargs(QUAL(self, "intersection"), kwnames) < 0) return PY2C_NULL;
    return intersection_multi(self, args, nargs);
}

static Py2cValue m_intersection_update(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_no_kwargs("set.intersection_update", kwnames) < 0) return PY2C_NULL;
    Py2cValue tmp = intersection_multi(self, args, nargs);
    if (PY2C_IS_NULL(tmp)) return tmp;
    Py2cStripe *lk = py2c__lock(py2c_set_ptr(self)); /* tmp is private; self may be shared */
    set_swap_bodies(py2c_set_ptr(self), py2c_set_ptr(tmp));
    py2c__unlock(lk);
    py2c_decref(tmp);
    return PY2C_NONE;
}

static Py2cValue m_difference(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_no_kwargs(QUAL(self, "difference"), kwnames) < 0) return PY2C_NULL;
    if (nargs == 0) return set_copy(self);
    Py2cValue r = set_difference(self, args[0]);
    if (PY2C_IS_NULL(r)) return r;
    for (size_t i = 1; i < nargs; i++) {
        if (set_difference_update_internal(py2c_set_ptr(r), r, args[i]) < 0) {
            py2c_decref(r);
            return PY2C_NULL;
        }
    }
    return r;
}

static Py2cValue m_difference_update(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_no_kwargs("set.difference_update", kwnames) < 0) return PY2C_NULL;
    for (size_t i = 0; i < nargs; i++)
        if (set_difference_update_internal(py2c_set_ptr(self), self, args[i]) < 0) return PY2C_NULL;
    return PY2C_NONE;
}

static Py2cValue m_symmetric_difference(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_onearg(QUAL(self, "symmetric_difference"), nargs, kwnames) < 0) return PY2C_NULL;
    return set_symmetric_difference(self, args[0]);
}

static Py2cValue m_symmetric_difference_update(Py2cValue self, const Py2cValue *args, size_t nargs,
                                               Py2cValue kwnames) {
    if (py2c__check_onearg("set.symmetric_difference_update", nargs, kwnames) < 0) return PY2C_NULL;
    if (set_symmetric_difference_update(py2c_set_ptr(self), self, args[0]) < 0) return PY2C_NULL;
    return PY2C_NONE;
}

/* self <= other for any iterable other (converted to a set first) */
static Py2cValue m_issubset(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_onearg(QUAL(self, "issubset"), nargs, kwnames) < 0) return PY2C_NULL;
    Py2cValue other = args[0];
    if (py2c_is_anyset(other)) return set_richcompare(self, other, PY2C_LE);
    Py2cValue tmp = make_new_set(&py2c_set_type, other);
    if (PY2C_IS_NULL(tmp)) return tmp;
    Py2cValue r = set_richcompare(self, tmp, PY2C_LE);
    py2c_decref(tmp);
    return r;
}

static Py2cValue m_issuperset(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_onearg(QUAL(self, "issuperset"), nargs, kwnames) < 0) return PY2C_NULL;
    Py2cValue other = args[0];
    if (py2c_is_anyset(other)) return set_richcompare(self, other, PY2C_GE);
    Py2cValue it = py2c_iter(other);
    if (PY2C_IS_NULL(it)) return it;
    for (;;) {
        Py2cValue key = py2c_iter_next(it);
        if (PY2C_IS_NULL(key)) break;
        int rv = set_contains_key(py2c_set_ptr(self), key);
        py2c_decref(key);
        if (rv <= 0) {
            py2c_decref(it);
            return rv < 0 ? PY2C_NULL : PY2C_FALSE;
        }
    }
    py2c_decref(it);
    if (py2c_error_occurred()) return PY2C_NULL;
    return PY2C_TRUE;
}

static Py2cValue m_isdisjoint(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_onearg(QUAL(self, "isdisjoint"), nargs, kwnames) < 0) return PY2C_NULL;
    Py2cValue other = args[0];
    if (py2c_is_anyset(other)) {
        Py2cSet *a = py2c_set_ptr(self), *b = py2c_set_ptr(other);
        if (set_used(a) > set_used(b)) {
            Py2cSet *t = a;
            a = b;
            b = t;
        }
        Py2cValue av = set_stable(py2c_obj_value(&a->ob)); /* walked; b only probed */
        if (PY2C_IS_NULL(av)) return av;
        int64_t pos = 0;
        Py2cSetEntry *e;
        int rv = 0;
        while (rv == 0 && set_next_entry(py2c_set_ptr(av), &pos, &e)) {
            Py2cValue key = e->key;
            py2c_incref(key);
            rv = set_contains_entry(b, key, e->hash);
            py2c_decref(key);
        }
        py2c_decref(av);
        if (rv != 0) return rv < 0 ? PY2C_NULL : PY2C_FALSE;
        return PY2C_TRUE;
    }
    Py2cValue it = py2c_iter(other);
    if (PY2C_IS_NULL(it)) return it;
    for (;;) {
        Py2cValue key = py2c_iter_next(it);
        if (PY2C_IS_NULL(key)) break;
        int rv = set_contains_key(py2c_set_ptr(self), key);
        py2c_decref(key);
        if (rv != 0) {
            py2c_decref(it);
            return rv < 0 ? PY2C_NULL : PY2C_FALSE;
        }
    }
    py2c_decref(it);
    if (py2c_error_occurred()) return PY2C_NULL;
    return PY2C_TRUE;
}

/* set(iterable=()), frozenset(iterable=()) */
static Py2cValue set_new(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (py2c__check_no_kwargs("set", kwnames) < 0) return PY2C_NULL;
    if (nargs > 1) return py2c_error_format(&py2c_exc_TypeError, "set expected at most 1 argument, got %zu", nargs);
    return make_new_set(&py2c_set_type, nargs ? args[0] : PY2C_NULL);
}

static Py2cValue frozenset_new(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (py2c__check_no_kwargs("frozenset", kwnames) < 0) return PY2C_NULL;
    if (nargs > 1)
        return py2c_error_format(&py2c_exc_TypeError, "frozenset expected at most 1 argument, got %zu", nargs);
    if (nargs == 0) return make_new_set(&py2c_frozenset_type, PY2C_NULL);
    return py2c_frozenset_from_iterable(args[0]);
}

/* --- set_iterator --- */
typedef struct SetIter {
    Py2cObject ob;
    Py2cValue set; /* PY2C_NULL once exhausted */
    int64_t used;  /* the size when iteration started */
    int64_t pos;
    int64_t len;
} SetIter;

static Py2cValue set_iter(Py2cValue self) {
    SetIter *it = (SetIter *)py2c__object_new(&py2c_set_iterator_type, sizeof(SetIter));
    if (!it) return PY2C_NULL;
    py2c_incref(self);
    it->set = self;
    it->used = it->len = set_used(py2c_set_ptr(self));
    it->pos = 0;
    return py2c_obj_value(&it->ob);
}

static void setiter_dealloc(Py2cObject *o) {
    py2c_decref(((SetIter *)o)->set);
    free(o);
}

static Py2cValue setiter_next(Py2cValue self) {
    SetIter *it = (SetIter *)py2c_obj_ptr(self);
    if (PY2C_IS_NULL(it->set)) return PY2C_NULL;
    Py2cSet *so = py2c_set_ptr(it->set);
    Py2cStripe *lk = py2c__lock(so);
    if (it->used != so->used) {
        py2c__unlock(lk);
        it->used = -1;
        return py2c_error_format(&py2c_exc_RuntimeError, "Set changed size during iteration");
    }
    Py2cSetEntry *e;
    if (!set_next_entry(so, &it->pos, &e)) {
        py2c__unlock(lk);
        PY2C_CLEAR(it->set);
        return PY2C_NULL;
    }
    it->len--;
    Py2cValue key = e->key;
    py2c_incref(key);
    py2c__unlock(lk);
    return key;
}

static Py2cValue iter_self(Py2cValue self) {
    py2c_incref(self);
    return self;
}

static const Py2cNumberMethods set_number = {
    .binary = {[PY2C_OP_OR] = set_or, [PY2C_OP_AND] = set_and, [PY2C_OP_SUB] = set_sub, [PY2C_OP_XOR] = set_xor},
    .inplace = {[PY2C_OP_OR] = set_ior, [PY2C_OP_AND] = set_iand, [PY2C_OP_SUB] = set_isub, [PY2C_OP_XOR] = set_ixor},
};

static const Py2cNumberMethods frozenset_number = {
    .binary = {[PY2C_OP_OR] = set_or, [PY2C_OP_AND] = set_and, [PY2C_OP_SUB] = set_sub, [PY2C_OP_XOR] = set_xor},
};

static const Py2cMethodDef set_methods[] = {
    {"add", m_add},
    {"remove", m_remove},
    {"discard", m_discard},
    {"pop", m_pop},
    {"clear", m_clear},
    {"copy", m_copy},
    {"update", m_update},
    {"union", m_union},
    {"intersection", m_intersection},
    {"intersection_update", m_intersection_update},
    {"difference", m_difference},
    {"difference_update", m_difference_update},
    {"symmetric_difference", m_symmetric_difference},
    {"symmetric_difference_update", m_symmetric_difference_update},
    {"issubset", m_issubset},
    {"issuperset", m_issuperset},
    {"isdisjoint", m_isdisjoint},
    {NULL, NULL},
};

static const Py2cMethodDef frozenset_methods[] = {
    {"copy", m_copy},
    {"union", m_union},
    {"intersection", m_intersection},
    {"difference", m_difference},
    {"symmetric_difference", m_symmetric_difference},
    {"issubset", m_issubset},
    {"issuperset", m_issuperset},
    {"isdisjoint", m_isdisjoint},
    {NULL, NULL},
};

const Py2cType py2c_set_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "set",
    .base = &py2c_object_type,
    .flags = PY2C_TPFLAG_BASETYPE,
    .basicsize = sizeof(Py2cSet),
    .dealloc = set_dealloc,
    .new_ = set_new,
    .repr = set_repr,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .len = set_len,
    .contains = set_contains_slot,
    .number = &set_number,
    .methods = set_methods,
};

const Py2cType py2c_frozenset_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "frozenset",
    .base = &py2c_object_type,
    .flags = PY2C_TPFLAG_BASETYPE,
    .basicsize = sizeof(Py2cSet),
    .dealloc = set_dealloc,
    .new_ = frozenset_new,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .len = set_len,
    .contains = set_contains_slot,
    .number = &frozenset_number,
    .methods = frozenset_methods,
};

const Py2cType py2c_set_iterator_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "set_iterator",
    .base = &py2c_object_type,
    .basicsize = sizeof(SetIter),
    .dealloc = setiter_dealloc,
    .iter = iter_self,
    .iternext = setiter_next,
};
