/* Thread safety of the runtime without a GIL (runtime/src/sync_internal.h,
 * py2c/object.h): 8 threads hammer shared reference counts, lists, dicts,
 * sets and global slots, and the results are checked with counts and
 * checksums. Values are mostly heap objects (1-tuples holding an int), so a
 * lost reference count or a read of a freed item shows up as a wrong
 * checksum, a crash, or a report under ASan/TSan (`make test-tsan`).
 * Worker threads never call RT_CHECK (the harness counters are plain): they
 * leave their results in per-thread structs checked after the join. */
#include <stdatomic.h>
#include <stddef.h>
#include <stdlib.h>

#include "container_internal.h"
#include "internal.h"
#include "platform.h"
#include "rt_test.h"
#include "sync_internal.h"

#define NTHREADS 8
#define OPS 100000

typedef struct Worker {
    Py2cThread thread;
    int id;
    Py2cValue shared, other; /* borrowed: the main thread owns them */
    int64_t sum, count, errors;
} Worker;

static Worker workers[NTHREADS];

static void run_all(Py2cThreadFn fn, Py2cValue shared, Py2cValue other) {
    for (int i = 0; i < NTHREADS; i++) {
        workers[i] = (Worker){.id = i, .shared = shared, .other = other};
        if (py2c_thread_create(&workers[i].thread, fn, &workers[i], 0) != 0) {
            fprintf(stderr, "cannot start a thread\n");
            exit(2);
        }
    }
    for (int i = 0; i < NTHREADS; i++) RT_CHECK(py2c_thread_join(&workers[i].thread) == 0);
}

/* A heap value carrying n: the 1-tuple (n,). */
static Py2cValue boxed(int64_t n) {
    Py2cValue i = py2c_int(n);
    return py2c_tuple_pack(1, &i);
}

/* n of a boxed value, or -1 when v is not one (a torn or freed read). */
static int64_t unbox(Py2cValue v) {
    if (!py2c_is_tuple(v) || py2c_tuple_size(v) != 1 || !py2c_is_small_int(py2c_tuple_item(v, 0))) return -1;
    return py2c_small_int_value(py2c_tuple_item(v, 0));
}

static Py2cValue str(const char *s) { return py2c_str_from_utf8(s, (int64_t)strlen(s)); }

static int64_t sum_field(size_t offset) {
    int64_t s = 0;
    for (int i = 0; i < NTHREADS; i++) s += *(int64_t *)((char *)&workers[i] + offset);
    return s;
}
#define TOTAL(field) sum_field(offsetof(Worker, field))

/* ---- reference counts ---- */

static void rc_hammer(void *arg) {
    Worker *w = arg;
    for (int i = 0; i < OPS; i++) {
        py2c_incref(w->shared);
        /* a short-lived container holding it: its dealloc decrefs the shared one */
        Py2cValue t = py2c_tuple_pack(1, &w->shared);
        py2c_decref(w->shared);
        if (PY2C_IS_NULL(t)) w->errors++;
        py2c_decref(t);
    }
}

static void test_refcounts(void) {
    Py2cValue s = str("shared string");
    int64_t before = atomic_load(&py2c_obj_ptr(s)->refcount);
    run_all(rc_hammer, s, PY2C_NULL);
    RT_CHECK(TOTAL(errors) == 0);
    RT_CHECK(atomic_load(&py2c_obj_ptr(s)->refcount) == before);
    py2c_decref(s);
}

/* ---- list: append, pop, getitem, iteration ---- */

static void list_appender(void *arg) {
    Worker *w = arg;
    for (int i = 0; i < OPS; i++) {
        Py2cValue v = boxed(w->id * OPS + i);
        if (PY2C_IS_NULL(v) || py2c_list_append(w->shared, v) < 0) w->errors++;
        py2c_decref(v);
    }
}

static void test_list_append(void) {
    Py2cValue l = py2c_list_new(0);
    run_all(list_appender, l, PY2C_NULL);
    RT_CHECK(TOTAL(errors) == 0);
    RT_CHECK(py2c_list_size(l) == (int64_t)NTHREADS * OPS);
    int64_t sum = 0, bad = 0;
    for (int64_t i = 0; i < py2c_list_size(l); i++) {
        int64_t n = unbox(py2c_list_item(l, i));
        if (n < 0) bad++;
        else sum += n;
    }
    int64_t n = (int64_t)NTHREADS * OPS;
    RT_CHECK(bad == 0);
    RT_CHECK(sum == n * (n - 1) / 2);
    py2c_decref(l);
}

/* Half the threads append, half pop (l.pop() through the method call, as a
 * program does): every item comes out exactly once. */
static void list_push_pop(void *arg) {
    Worker *w = arg;
    Py2cValue pop = str("pop");
    for (int i = 0; i < OPS; i++) {
        if (w->id % 2 == 0) {
            Py2cValue v = boxed(w->id * OPS + i);
            if (py2c_list_append(w->shared, v) < 0) w->errors++;
            py2c_decref(v);
            continue;
        }
        Py2cValue v = py2c_call_method(w->shared, pop, NULL, 0, PY2C_NULL);
        if (PY2C_IS_NULL(v)) {
            if (py2c_error_matches(&py2c_exc_IndexError)) py2c_error_clear();
            else w->errors++;
            continue;
        }
        int64_t n = unbox(v);
        if (n < 0) w->errors++;
        else {
            w->sum += n;
            w->count++;
        }
        py2c_decref(v);
    }
    py2c_decref(pop);
}

static void test_list_push_pop(void) {
    Py2cValue l = py2c_list_new(0);
    run_all(list_push_pop, l, PY2C_NULL);
    RT_CHECK(TOTAL(errors) == 0);
    int64_t sum = TOTAL(sum), count = TOTAL(count);
    int64_t bad = 0;
    for (int64_t i = 0; i < py2c_list_size(l); i++) {
        int64_t n = unbox(py2c_list_item(l, i));
        bad += n < 0;
        sum += n;
        count++;
    }
    RT_CHECK(bad == 0);
    int64_t want = 0;
    for (int t = 0; t < NTHREADS; t += 2) want += (int64_t)t * OPS * OPS + (int64_t)OPS * (OPS - 1) / 2;
    RT_CHECK(count == (int64_t)(NTHREADS / 2) * OPS);
    RT_CHECK(sum == want);
    py2c_decref(l);
}

/* Readers iterate and index while writers replace, append and pop: every
 * item read must be a live boxed value. */
static void list_reader_writer(void *arg) {
    Worker *w = arg;
    Py2cValue l = w->shared;
    if (w->id % 2 == 0) {
        Py2cValue pop = str("pop");
        for (int i = 0; i < OPS; i++) {
            Py2cValue v = boxed(i);
            switch (i % 3) {
            case 0:
                if (py2c_list_append(l, v) < 0) w->errors++;
                break;
            case 1:
                if (py2c_setitem(l, py2c_int(i % 50), v) < 0) {
                    if (py2c_error_matches(&py2c_exc_IndexError)) py2c_error_clear();
                    else w->errors++;
                }
                break;
            default: {
                Py2cValue r = py2c_call_method(l, pop, NULL, 0, PY2C_NULL);
                if (PY2C_IS_NULL(r)) py2c_error_clear();
                py2c_decref(r);
            }
            }
            py2c_decref(v);
        }
        py2c_decref(pop);
        return;
    }
    for (int round = 0; round < OPS / 1000; round++) {
        Py2cValue it = py2c_iter(l);
        Py2cValue v;
        while (!PY2C_IS_NULL(v = py2c_iter_next(it))) {
            if (unbox(v) < 0) w->errors++;
            w->count++;
            py2c_decref(v);
        }
        py2c_decref(it);
        for (int k = 0; k < 100; k++) {
            Py2cValue x = py2c_getitem(l, py2c_int(k % 60));
            if (PY2C_IS_NULL(x)) py2c_error_clear();
            else if (unbox(x) < 0) w->errors++;
            py2c_decref(x);
        }
    }
}

static void test_list_iterate_while_mutating(void) {
    Py2cValue l = py2c_list_new(0);
    for (int i = 0; i < 100; i++) {
        Py2cValue v = boxed(i);
        RT_CHECK(py2c_list_append(l, v) == 0);
        py2c_decref(v);
    }
    run_all(list_reader_writer, l, PY2C_NULL);
    RT_CHECK(TOTAL(errors) == 0);
    RT_CHECK(TOTAL(count) > 0);
    py2c_decref(l);
}

/* ---- dict: set, get, delete, contains, iteration ---- */

static void dict_worker(void *arg) {
    Worker *w = arg;
    Py2cValue d = w->shared;
    for (int i = 0; i < OPS; i++) {
        /* own keys: set then read back */
        Py2cValue k = py2c_int(w->id * OPS + i), v = boxed(i);
        if (py2c_dict_setitem(d, k, v) < 0) w->errors++;
        py2c_decref(v);
        Py2cValue got = py2c_dict_get_opt(d, k);
        if (unbox(got) != i) w->errors++;
        py2c_decref(got);
        /* shared keys 0..99 (negative): replaced by everyone */
        Py2cValue sk = py2c_int(-1 - i % 100), sv = boxed(w->id);
        if (py2c_dict_setitem(d, sk, sv) < 0) w->errors++;
        py2c_decref(sv);
        Py2cValue g = py2c_dict_get_opt(d, sk);
        int64_t n = unbox(g);
        if (PY2C_IS_NULL(g) || n < 0 || n >= NTHREADS) w->errors++;
        py2c_decref(g);
        /* every other own key is deleted again */
        if (i % 2 && py2c_dict_delitem(d, k) < 0) w->errors++;
        if (py2c_dict_contains(d, k) != (i % 2 == 0)) w->errors++;
    }
}

static void dict_iterator(void *arg) {
    Worker *w = arg;
    for (int round = 0; round < 50; round++) {
        Py2cValue it = py2c_iter(w->shared);
        Py2cValue k;
        while (!PY2C_IS_NULL(k = py2c_iter_next(it))) {
            if (!py2c_is_small_int(k)) w->errors++;
            py2c_decref(k);
        }
        if (py2c_error_occurred()) py2c_error_clear(); /* "changed size during iteration" */
        py2c_decref(it);
    }
}

static void test_dict(void) {
    Py2cValue d = py2c_dict_new();
    run_all(dict_worker, d, PY2C_NULL);
    RT_CHECK(TOTAL(errors) == 0);
    RT_CHECK(py2c_dict_size(d) == (int64_t)NTHREADS * OPS / 2 + 100);
    int64_t sum = 0;
    for (int t = 0; t < NTHREADS; t++)
        for (int i = 0; i < OPS; i += 2) {
            Py2cValue v = py2c_dict_get_opt(d, py2c_int(t * OPS + i));
            sum += unbox(v);
            py2c_decref(v);
        }
    RT_CHECK(sum == (int64_t)NTHREADS * (OPS / 2) * (OPS / 2 - 1));

    /* iteration racing with inserts and deletes: no crash, only valid keys */
    run_all(dict_iterator, d, PY2C_NULL);
    RT_CHECK(TOTAL(errors) == 0);
    py2c_decref(d);
}

static void dict_mixed(void *arg) {
    Worker *w = arg;
    if (w->id < NTHREADS / 2) dict_iterator(arg);
    else dict_worker(arg);
}

static void test_dict_iterate_while_mutating(void) {
    Py2cValue d = py2c_dict_new();
    run_all(dict_mixed, d, PY2C_NULL);
    RT_CHECK(TOTAL(errors) == 0);
    py2c_decref(d);
}

/* ---- set: add, discard, contains ---- */

static void set_worker(void *arg) {
    Worker *w = arg;
    for (int i = 0; i < OPS; i++) {
        /* overlapping ranges: thread t adds [t*OPS/2, t*OPS/2 + OPS) */
        Py2cValue k = py2c_int(w->id * (OPS / 2) + i);
        if (py2c_set_add(w->shared, k) < 0) w->errors++;
        if (py2c_set_contains(w->shared, k) != 1) w->errors++;
        /* and a heap key that everyone adds and discards */
        Py2cValue hk = boxed(i % 64);
        if (py2c_set_add(w->other, hk) < 0) w->errors++;
        if (py2c_set_discard(w->other, hk) < 0) w->errors++;
        py2c_decref(hk);
    }
}

static void test_set(void) {
    Py2cValue s = py2c_set_new(), s2 = py2c_set_new();
    run_all(set_worker, s, s2);
    RT_CHECK(TOTAL(errors) == 0);
    RT_CHECK(py2c_set_size(s) == (int64_t)(NTHREADS - 1) * (OPS / 2) + OPS);
    int64_t missing = 0;
    for (int64_t i = 0; i < (int64_t)(NTHREADS - 1) * (OPS / 2) + OPS; i++) missing += py2c_set_contains(s, py2c_int(i)) != 1;
    RT_CHECK(missing == 0);
    RT_CHECK(py2c_set_size(s2) <= 64);
    py2c_decref(s);
    py2c_decref(s2);
}

/* ---- global slots: stores never free what a load is taking ---- */

static Py2cValue global_slot;

static void slot_worker(void *arg) {
    Worker *w = arg;
    for (int i = 0; i < OPS; i++) {
        if (w->id % 2 == 0) {
            py2c_slot_store(&global_slot, boxed(i)); /* steals */
        } else {
            Py2cValue v = py2c_slot_load(&global_slot);
            if (!py2c_slot_bound(&global_slot) || unbox(v) < 0) w->errors++;
            py2c_decref(v);
        }
    }
}

static void test_slots(void) {
    py2c_slot_store(&global_slot, boxed(0));
    run_all(slot_worker, PY2C_NULL, PY2C_NULL);
    RT_CHECK(TOTAL(errors) == 0);
    Py2cValue v = py2c_slot_load(&global_slot);
    RT_CHECK(unbox(v) == OPS - 1);
    py2c_decref(v);
    RT_CHECK(py2c_obj_ptr(global_slot)->refcount == 1);
    py2c_slot_store(&global_slot, PY2C_NULL);
    RT_CHECK(!py2c_slot_bound(&global_slot));
}

/* ---- stripes: recursive, and exclusive ---- */

static int64_t plain_counter; /* guarded by the stripe of &plain_counter only */

static void stripe_worker(void *arg) {
    (void)arg;
    for (int i = 0; i < OPS; i++) {
        Py2cStripe *a = py2c__lock(&plain_counter);
        Py2cStripe *b = py2c__lock(&plain_counter); /* the same thread again */
        plain_counter++;
        py2c__unlock(b);
        py2c__unlock(a);
    }
}

static void test_stripes(void) {
    RT_CHECK(py2c__stripe_of(&plain_counter) == py2c__stripe_of(&plain_counter));
    run_all(stripe_worker, PY2C_NULL, PY2C_NULL);
    RT_CHECK(plain_counter == (int64_t)NTHREADS * OPS);
}


/* ---- readers of a list other threads change: py2c__seq_hold snapshots ---- */

#define SMALL_OPS (OPS / 40)

static void seq_hold_worker(void *arg) {
    Worker *w = arg;
    for (int i = 0; i < SMALL_OPS; i++) {
        if (w->id % 2 == 0) {
            /* writers: grow (reallocating the array) and shrink (releasing items) */
            Py2cValue b = boxed(i);
            if (py2c_list_append(w->shared, b) < 0) w->errors++;
            py2c_decref(b);
            if (i % 3 != 2) {
                Py2cValue pop = str("pop");
                Py2cValue r = py2c_call_method(w->shared, pop, NULL, 0, PY2C_NULL);
                py2c_decref(pop);
                if (PY2C_IS_NULL(r)) {
                    py2c_error_clear();
                } else {
                    if (unbox(r) < 0) w->errors++;
                    py2c_decref(r);
                }
            }
        } else {
            Py2cValue *items, keep;
            int64_t n;
            if (py2c__seq_hold(w->shared, &items, &n, &keep) != 1 || PY2C_IS_NULL(keep)) {
                w->errors++;
                continue;
            }
            for (int64_t k = 0; k < n; k++) {
                int64_t x = unbox(items[k]);
                if (x < 0) w->errors++;
                else w->sum += x;
            }
            w->count += n;
            py2c_decref(keep);
        }
    }
}

static void test_seq_hold(void) {
    Py2cValue l = py2c_list_new(0);
    run_all(seq_hold_worker, l, PY2C_NULL);
    RT_CHECK(TOTAL(errors) == 0);
    RT_CHECK(TOTAL(count) > 0);
    /* writers: each i%3==2 step leaves one item */
    RT_CHECK(py2c_list_size(l) == (int64_t)(NTHREADS / 2) * (SMALL_OPS / 3));
    /* a tuple is handed out as it is, with nothing to release */
    Py2cValue t = boxed(7), *items, keep;
    int64_t n;
    RT_CHECK(py2c__seq_hold(t, &items, &n, &keep) == 1 && PY2C_IS_NULL(keep) && n == 1);
    RT_CHECK(py2c__seq_hold(py2c_int(3), &items, &n, &keep) == 0);
    py2c_decref(t);
    py2c_decref(l);
}

/* ---- str: the cached hash and the index cache of non-ASCII strings ---- */

static Py2cHash expected_hash; /* written before the threads start */

static void str_worker(void *arg) {
    Worker *w = arg;
    /* "é" is 2 bytes: code point k of "aé" * 500 is 'a' at even k */
    for (int i = 0; i < SMALL_OPS; i++) {
        int64_t k = (i * 7919 + w->id * 131) % 1000;
        Py2cValue c = py2c_getitem(w->shared, py2c_int(k));
        if (PY2C_IS_NULL(c) || py2c_str_equal_cstr(c, k % 2 ? "\xc3\xa9" : "a") != 1) w->errors++;
        py2c_decref(c);
        if (py2c_hash(w->other) != expected_hash) w->errors++;
    }
}

static void test_str_caches(void) {
    char text[1001 * 2];
    size_t n = 0;
    for (int i = 0; i < 500; i++) {
        text[n++] = 'a';
        text[n++] = (char)0xc3;
        text[n++] = (char)0xa9;
    }
    Py2cValue s = py2c_str_from_utf8(text, (int64_t)n);
    Py2cValue k = str("a key hashed by every thread at once"), twin = str("a key hashed by every thread at once");
    expected_hash = py2c_hash(twin); /* equal text, another object: k's hash is still to compute */
    py2c_decref(twin);
    run_all(str_worker, s, k);
    RT_CHECK(TOTAL(errors) == 0);
    RT_CHECK(py2c_hash(k) != -1);
    /* the shared one-character strings are the same object everywhere */
    Py2cValue a1 = py2c_getitem(s, py2c_int(0)), a2 = str("a");
    RT_CHECK(a1.bits == a2.bits);
    py2c_decref(a1);
    py2c_decref(a2);
    py2c_decref(s);
    py2c_decref(k);
}

/* ---- set algebra with an operand other threads change ---- */

static void set_algebra_worker(void *arg) {
    Worker *w = arg;
    static const Py2cBinaryOp ops[] = {PY2C_OP_AND, PY2C_OP_OR, PY2C_OP_SUB, PY2C_OP_XOR};
    for (int i = 0; i < SMALL_OPS; i++) {
        if (w->id % 2 == 0) {
            /* keys 0..255 come and go: resizes and dummies */
            Py2cValue key = boxed((i * 37 + w->id) % 256);
            if ((i / 256) % 2 == 0) {
                if (py2c_set_add(w->shared, key) < 0) w->errors++;
            } else if (py2c_set_discard(w->shared, key) < 0) {
                w->errors++;
            }
            py2c_decref(key);
            continue;
        }
        Py2cValue a = i % 2 ? w->shared : w->other, b = i % 2 ? w->other : w->shared;
        Py2cValue r = py2c_binary_op(a, b, ops[i % 4]);
        if (PY2C_IS_NULL(r) || !py2c_is_anyset(r)) {
            w->errors++;
        } else {
            /* every element must be a live boxed value */
            int64_t pos = 0;
            Py2cValue key;
            while (py2c_set_next(r, &pos, &key))
                if (unbox(key) < 0) w->errors++;
        }
        py2c_decref(r);
        static const char *const preds[] = {"issubset", "issuperset", "isdisjoint"};
        Py2cValue name = str(preds[i % 3]);
        r = py2c_call_method(a, name, &b, 1, PY2C_NULL);
        py2c_decref(name);
        if (PY2C_IS_NULL(r) || !py2c_is_bool(r)) w->errors++;
        py2c_decref(r);
        int eq = py2c_compare_bool(a, b, i % 2 ? PY2C_EQ : PY2C_LE);
        if (eq < 0) w->errors++;
        w->count++;
    }
}

static void test_set_algebra(void) {
    Py2cValue s = py2c_set_new(), fixed = py2c_set_new();
    for (int64_t i = 0; i < 256; i += 2) {
        Py2cValue key = boxed(i);
        RT_CHECK(py2c_set_add(fixed, key) == 0);
        py2c_decref(key);
    }
    run_all(set_algebra_worker, s, fixed);
    RT_CHECK(TOTAL(errors) == 0);
    RT_CHECK(TOTAL(count) == (int64_t)(NTHREADS / 2) * SMALL_OPS);
    RT_CHECK(py2c_set_size(fixed) == 128);
    py2c_decref(s);
    py2c_decref(fixed);
}

/* ---- the first import of a module from several threads at once ---- */

static Py2cValue imported[NTHREADS];

static void import_worker(void *arg) {
    Worker *w = arg;
    imported[w->id] = py2c_import(w->id % 2 ? "json" : "enum");
    if (PY2C_IS_NULL(imported[w->id])) w->errors++;
}

static void test_import(void) {
    run_all(import_worker, PY2C_NULL, PY2C_NULL);
    RT_CHECK(TOTAL(errors) == 0);
    for (int i = 2; i < NTHREADS; i++) RT_CHECK(imported[i].bits == imported[i % 2].bits);
    for (int i = 0; i < NTHREADS; i++) py2c_decref(imported[i]);
}

int main(void) {
    /* single-threaded first: the plain paths */
    RT_CHECK(!py2c__threaded());
    RT_CHECK(py2c__lock(&plain_counter) == NULL);
    py2c__threads_activate();
    py2c__threads_activate(); /* idempotent */
    RT_CHECK(py2c__threaded());
    test_stripes();
    test_refcounts();
    test_list_append();
    test_list_push_pop();
    test_list_iterate_while_mutating();
    test_dict();
    test_dict_iterate_while_mutating();
    test_set();
    test_slots();
    test_seq_hold();
    test_str_caches();
    test_set_algebra();
    test_import();
    RT_DONE("threadsafe");
}
