/* Module objects and `import` of the runtime's standard-library modules
 * (the registry: PY2C_STDLIB_MODULES, generated from the
 * PY2C_STDLIB_MODULE lines of runtime/src/mod_*.c). */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "modsupport.h"
#include "module_internal.h"
#include "platform.h"
#include "sync_internal.h"
#include "py2c_stdlib_modules.h"

#define X(pyname, initfn) PY2C_STDLIB_MODULE(pyname, initfn);
PY2C_STDLIB_MODULES(X)
#undef X

static const struct {
    const char *name;
    Py2cValue (*init)(void);
} registry[] = {
#define X(pyname, initfn) {pyname, initfn},
    PY2C_STDLIB_MODULES(X)
#undef X
};

/* ---- import locks ----------------------------------------------------------------
 *
 * As CPython's importlib (_ModuleLock): one lock per module name, held by
 * the thread that runs the module's init or body, so that the first import
 * of a module from two threads at once runs it once and the second thread
 * gets the finished module, while imports of other modules go on in
 * parallel (a module body that waits for a thread which imports something
 * else does not deadlock). The locks are recursive (a circular import in
 * one thread gets the partial module). A thread about to wait for a lock
 * whose owner waits, directly or through others, for a lock this thread
 * holds has found a deadlock: for a module already in the cache (being
 * initialised) it takes the partial module, as CPython's
 * _lock_unlock_module; otherwise the import raises CPython's
 * "deadlock detected by _ModuleLock('name')" RuntimeError.
 *
 * import_mutex guards the lock table and the list of waiting threads; it is
 * held only for those steps, never while an init or a body runs. */
typedef struct ModLock {
    struct ModLock *next;
    char *name;
    uintptr_t owner; /* py2c__thread_uid() of the holder, 0 when free */
    unsigned depth;  /* recursion depth of the holder */
    unsigned users;  /* holder + waiters: freed when none is left */
} ModLock;

typedef struct Waiting {
    struct Waiting *next;
    uintptr_t thread;
    ModLock *on;
} Waiting;

static Py2cOnce import_once = PY2C_ONCE_INIT;
static Py2cMutex import_mutex;
static Py2cCond import_cond; /* broadcast when a module lock is released */
static ModLock *modlocks;
static Waiting *waiting; /* threads waiting for a module lock (on the waiters' stacks) */

static void import_init(void) {
    if (py2c_mutex_init(&import_mutex) != 0 || py2c_cond_init(&import_cond) != 0) abort(); /* cannot go on */
}

/* The lock of name (users + 1), made when absent; NULL on MemoryError. Under import_mutex. */
static ModLock *modlock_get(const char *name) {
    for (ModLock *l = modlocks; l; l = l->next)
        if (strcmp(l->name, name) == 0) {
            l->users++;
            return l;
        }
    ModLock *l = calloc(1, sizeof *l);
    size_t n = strlen(name) + 1;
    char *copy = l ? malloc(n) : NULL;
    if (!copy) {
        free(l);
        return NULL;
    }
    memcpy(copy, name, n);
    l->name = copy;
    l->users = 1;
    l->next = modlocks;
    modlocks = l;
    return l;
}

/* users - 1; the lock goes when unused. Under import_mutex. */
static void modlock_put(ModLock *l) {
    if (--l->users > 0) return;
    for (ModLock **p = &modlocks; *p; p = &(*p)->next)
        if (*p == l) {
            *p = l->next;
            break;
        }
    free(l->name);
    free(l);
}

/* Whether waiting for l would never end: its owner waits (through a chain
 * of owners) for a lock that thread me holds. Under import_mutex. */
static bool would_deadlock(const ModLock *l, uintptr_t me) {
    for (unsigned guard = 0; l && guard < 100000; guard++) {
        if (l->owner == me) return true;
        const ModLock *next = NULL;
        for (const Waiting *w = waiting; w; w = w->next)
            if (w->thread == l->owner) {
                next = w->on;
                break;
            }
        l = next;
    }
    return false;
}

/* Takes the import lock of module name: 1 (*out set, for module_unlock),
 * 0 when waiting would deadlock (not taken), -1 on MemoryError. */
static int module_lock(const char *name, ModLock **out) {
    py2c_once(&import_once, import_init);
    uintptr_t me = py2c__thread_uid();
    py2c_mutex_lock(&import_mutex);
    ModLock *l = modlock_get(name);
    if (!l) {
        py2c_mutex_unlock(&import_mutex);
        (void)py2c_error_nomemory();
        return -1;
    }
    int rc = 1;
    if (l->owner != 0 && l->owner != me) {
        Waiting self = {waiting, me, l};
        waiting = &self;
        while (l->owner != 0 && l->owner != me) {
            if (would_deadlock(l, me)) {
                rc = 0;
                break;
            }
            py2c_cond_wait(&import_cond, &import_mutex);
        }
        for (Waiting **p = &waiting; *p; p = &(*p)->next)
            if (*p == &self) {
                *p = self.next;
                break;
            }
    }
    if (rc) {
        l->owner = me;
        l->depth++;
        *out = l;
    } else {
        modlock_put(l);
    }
    py2c_mutex_unlock(&import_mutex);
    return rc;
}

static void module_unlock(ModLock *l) {
    py2c_mutex_lock(&import_mutex);
    if (--l->depth == 0) {
        l->owner = 0;
        py2c_cond_broadcast(&import_cond);
    }
    modlock_put(l);
    py2c_mutex_unlock(&import_mutex);
}

/* module_lock, with CPython's error when it would deadlock: 0 or -1. */
static int module_lock_or_raise(const char *name, ModLock **out) {
    int rc = module_lock(name, out);
    if (rc == 0)
        (void)py2c_error_format(&py2c_exc_RuntimeError, "deadlock detected by _ModuleLock('%s')", name);
    return rc == 1 ? 0 : -1;
}

/* m, found in the cache: when another thread is still running its body,
 * waits for it to finish (CPython's _lock_unlock_module); a deadlock or
 * this thread's own circular import gives the partial module. */
static Py2cValue wait_initialized(Py2cValue m, const char *name) {
    if (py2c_obj_ptr(m)->type != &py2c_module_type || !py2c__module_initializing(py2c__as_module(m))) return m;
    ModLock *l;
    int rc = module_lock(name, &l);
    if (rc < 0) {
        py2c_decref(m);
        return PY2C_NULL;
    }
    if (rc) module_unlock(l);
    return m;
}

/* ---- lazily filled modules (sys) and the module cache ------------------------------
 * A recursive lock of their own (sys's init makes the module cache). */
static Py2cOnce lazy_once = PY2C_ONCE_INIT;
static Py2cMutex lazy_mutex;
static atomic_uintptr_t lazy_owner; /* the holder's py2c__thread_uid(), 0 when free */
static unsigned lazy_depth;         /* touched by the holder only */

static void lazy_init_mutex(void) {
    if (py2c_mutex_init(&lazy_mutex) != 0) abort();
}

static void lazy_lock(void) {
    uintptr_t me = py2c__thread_uid();
    if (atomic_load_explicit(&lazy_owner, memory_order_relaxed) == me) {
        lazy_depth++;
        return;
    }
    py2c_once(&lazy_once, lazy_init_mutex);
    py2c_mutex_lock(&lazy_mutex);
    atomic_store_explicit(&lazy_owner, me, memory_order_relaxed);
    lazy_depth = 1;
}

static void lazy_unlock(void) {
    if (--lazy_depth > 0) return;
    atomic_store_explicit(&lazy_owner, 0, memory_order_relaxed);
    py2c_mutex_unlock(&lazy_mutex);
}

static Py2cValue dict_acquire(Py2cModule *m) {
    Py2cValue d;
    d.bits = atomic_load_explicit((_Atomic uint64_t *)&m->dict.bits, memory_order_acquire);
    return d;
}

Py2cValue py2c__module_dict_ready(Py2cModule *m) {
    Py2cValue d = dict_acquire(m);
    if (PY2C_IS_NULL(d) && m->lazy_init) {
        lazy_lock();
        int rc = 0;
        d = dict_acquire(m);
        if (PY2C_IS_NULL(d)) {
            rc = m->lazy_init(m); /* publishes the dict (py2c__module_publish_dict) */
            d = dict_acquire(m);
        }
        lazy_unlock();
        if (rc < 0) return PY2C_NULL;
    }
    return d;
}

static const char *name_text(Py2cValue name) { return py2c_is_str(name) ? py2c__as_str(name)->data : "?"; }

/* The index of name among a program module's globals, or -1. */
static int slot_index(const Py2cModule *m, Py2cValue name) {
    if (!m->def || !py2c_is_str(name)) return -1;
    const char *s = py2c__as_str(name)->data;
    for (int i = 0; i < m->def->nglobals; i++)
        if (strcmp(m->def->global_names[i], s) == 0) return i;
    return -1;
}

static Py2cValue no_attribute(const Py2cModule *m, Py2cValue name) {
    if (py2c__module_initializing(m))
        return py2c_error_format(&py2c_exc_AttributeError,
                                 "partially initialized module '%s' has no attribute '%s' (most likely due to a "
                                 "circular import)",
                                 m->name, name_text(name));
    return py2c_error_format(&py2c_exc_AttributeError, "module '%s' has no attribute '%s'", m->name, name_text(name));
}

/* A program module's __dict__: its dict with the current globals copied in
 * (a snapshot: later rebinds of globals are not seen through it). */
static Py2cValue dict_with_globals(Py2cModule *m, Py2cValue d) {
    for (int i = 0; m->def && i < m->def->nglobals; i++) {
        Py2cValue key = py2c_str_from_cstr(m->def->global_names[i]);
        if (PY2C_IS_NULL(key)) return PY2C_NULL;
        /* the globals are shared slots: loaded with a reference (other
         * threads may rebind them meanwhile) */
        Py2cValue v = py2c_slot_load(m->def->global_slots[i]);
        int rc;
        if (!PY2C_IS_NULL(v)) {
            rc = py2c_dict_setitem(d, key, v);
        } else {
            rc = py2c_dict_contains(d, key);
            if (rc > 0) rc = py2c_dict_delitem(d, key);
        }
        py2c_decref(key);
        py2c_decref(v);
        if (rc < 0) return PY2C_NULL;
    }
    py2c_incref(d);
    return d;
}

static Py2cValue module_getattr(Py2cValue self, Py2cValue name) {
    Py2cModule *m = py2c__as_module(self);
    Py2cValue d = py2c__module_dict_ready(m);
    if (PY2C_IS_NULL(d)) return PY2C_NULL;
    int k = slot_index(m, name);
    if (k >= 0) {
        Py2cValue v = py2c_slot_load(m->def->global_slots[k]);
        if (!PY2C_IS_NULL(v)) return v;
    }
    if (py2c_is_str(name)) {
        Py2cValue v = py2c__dict_get(d, name);
        if (!PY2C_IS_NULL(v) || py2c_error_occurred()) return v;
    }
    return no_attribute(m, name);
}

/* module.__dict__ (and vars(module)): found before the generic lookup, as
 * a getset of the module type. */
static Py2cValue module_get_dict(Py2cValue self) {
    Py2cModule *m = py2c__as_module(self);
    Py2cValue d = py2c__module_dict_ready(m);
    return PY2C_IS_NULL(d) ? d : dict_with_globals(m, d);
}

static const Py2cGetSetDef module_getset[] = {
    {"__dict__", module_get_dict, NULL},
    {NULL, NULL, NULL},
};

static int module_setattr(Py2cValue self, Py2cValue name, Py2cValue value) {
    Py2cModule *m = py2c__as_module(self);
    Py2cValue d = py2c__module_dict_ready(m);
    if (PY2C_IS_NULL(d)) return -1;
    if (!py2c_is_str(name)) {
        (void)py2c_error_format(&py2c_exc_TypeError, "attribute name must be string, not '%s'", py2c_type_name(name));
        return -1;
    }
    int k = slot_index(m, name);
    if (k >= 0) {
        Py2cValue *slot = m->def->global_slots[k];
        if (PY2C_IS_NULL(value) && !py2c_slot_bound(slot)) {
            (void)no_attribute(m, name);
            return -1;
        }
        py2c_incref(value); /* a no-op for PY2C_NULL (del) */
        py2c_slot_store(slot, value);
        return 0;
    }
    if (!PY2C_IS_NULL(value)) return py2c_dict_setitem(d, name, value);
    int has = py2c_dict_contains(d, name);
    if (has <= 0) {
        if (has == 0) (void)no_attribute(m, name);
        return -1;
    }
    return py2c_dict_delitem(d, name);
}

static Py2cValue module_repr(Py2cValue self) {
    Py2cModule *m = py2c__as_module(self);
    char buf[4400];
    int n = m->def ? snprintf(buf, sizeof buf, "<module '%s' from '%s'>", m->name, m->def->file)
                   : snprintf(buf, sizeof buf, "<module '%s' (built-in)>", m->name);
    return py2c_str_from_utf8(buf, n < (int)sizeof buf ? n : (int)sizeof buf - 1);
}

static void module_dealloc(Py2cObject *o) {
    Py2cModule *m = (Py2cModule *)o;
    py2c_decref(m->dict);
    free(m->owned_name);
    free(m);
}

const Py2cType py2c_module_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "module",
    .base = &py2c_object_type,
    .flags = PY2C_TPFLAG_BASETYPE,
    .basicsize = sizeof(Py2cModule),
    .dealloc = module_dealloc,
    .repr = module_repr,
    .getattr = module_getattr,
    .setattr = module_setattr,
    .getset = module_getset,
};

Py2cValue py2c_module_new(const char *name) {
    Py2cModule *m = (Py2cModule *)py2c__object_new(&py2c_module_type, sizeof *m);
    if (!m) return PY2C_NULL;
    size_t n = strlen(name) + 1;
    m->owned_name = malloc(n);
    m->dict = py2c_dict_new();
    m->lazy_init = NULL;
    m->def = NULL;
    atomic_init(&m->initializing, 0);
    Py2cValue v = py2c_obj_value(&m->ob);
    if (!m->owned_name || PY2C_IS_NULL(m->dict)) {
        py2c_decref(v);
        return py2c_error_nomemory();
    }
    memcpy(m->owned_name, name, n);
    m->name = m->owned_name;
    Py2cValue s = py2c_str_from_cstr(name);
    if (PY2C_IS_NULL(s) || py2c_module_add(v, "__name__", s) < 0) {
        py2c_decref(s);
        py2c_decref(v);
        return PY2C_NULL;
    }
    py2c_decref(s);
    return v;
}

int py2c_module_add(Py2cValue module, const char *name, Py2cValue value) {
    Py2cValue d = py2c__module_dict_ready(py2c__as_module(module));
    if (PY2C_IS_NULL(d)) return -1;
    Py2cValue key = py2c_str_from_cstr(name);
    if (PY2C_IS_NULL(key)) return -1;
    int rc = py2c_dict_setitem(d, key, value);
    py2c_decref(key);
    return rc;
}

Py2cValue py2c_module_dict(Py2cValue module) { return py2c__module_dict_ready(py2c__as_module(module)); }

const char *py2c_module_name(Py2cValue module) { return py2c__as_module(module)->name; }

/* ---- the module cache and import ------------------------------------------------ */

static Py2cValue modules; /* dict name -> module (sys.modules); zero bits until made */
static _Atomic int modules_made; /* set (release) once modules is made, under the import lock */

static void modules_shutdown(void) {
    PY2C_CLEAR(modules);
    atomic_store_explicit(&modules_made, 0, memory_order_relaxed);
}

Py2cValue py2c_modules_dict(void) {
    if (!atomic_load_explicit(&modules_made, memory_order_acquire)) {
        lazy_lock();
        int fail = 0;
        if (!atomic_load_explicit(&modules_made, memory_order_relaxed)) {
            modules = py2c_dict_new();
            fail = PY2C_IS_NULL(modules);
            if (!fail) atomic_store_explicit(&modules_made, 1, memory_order_release);
            if (!fail && py2c_atexit_runtime(modules_shutdown) < 0) fail = 1, (void)py2c_error_nomemory();
        }
        lazy_unlock();
        if (fail) return PY2C_NULL;
    }
    return modules;
}

/* cache[name], a new reference; PY2C_NULL (an exception set or not) when absent. */
static Py2cValue cached(const char *name) {
    Py2cValue cache = py2c_modules_dict();
    if (PY2C_IS_NULL(cache)) return PY2C_NULL;
    Py2cValue key = py2c_str_from_cstr(name);
    if (PY2C_IS_NULL(key)) return PY2C_NULL;
    Py2cValue m = py2c__dict_get(cache, key);
    py2c_decref(key);
    return m;
}

/* The cached module `name`, or a new import of it from the registry (its
 * init runs once, under the module's import lock). */
static Py2cValue import_one(const char *name) {
    Py2cValue m = cached(name);
    if (!PY2C_IS_NULL(m) || py2c_error_occurred()) return m;
    size_t i = 0;
    while (i < sizeof registry / sizeof registry[0] && strcmp(registry[i].name, name) != 0) i++;
    if (i == sizeof registry / sizeof registry[0])
        return py2c_error_format(&py2c_exc_ModuleNotFoundError, "No module named '%s'", name);
    ModLock *l;
    if (module_lock_or_raise(name, &l) < 0) return PY2C_NULL;
    m = cached(name); /* another thread may have made it meanwhile */
    if (PY2C_IS_NULL(m) && !py2c_error_occurred()) {
        m = registry[i].init();
        if (!PY2C_IS_NULL(m)) {
            py2c_incref(m);
            if (py2c__ns_put_stolen(py2c_modules_dict(), name, m) < 0) PY2C_CLEAR(m);
        }
    }
    module_unlock(l);
    return m;
}

Py2cValue py2c_import(const char *name) {
    const char *dot = strrchr(name, '.');
    if (!dot) return import_one(name);
    size_t plen = (size_t)(dot - name);
    char *parent_name = malloc(plen + 1);
    if (!parent_name) return py2c_error_nomemory();
    memcpy(parent_name, name, plen);
    parent_name[plen] = 0;
    Py2cValue parent = py2c_import(parent_name);
    free(parent_name);
    if (PY2C_IS_NULL(parent)) return parent;
    Py2cValue m = import_one(name);
    if (!PY2C_IS_NULL(m) && py2c_module_add(parent, dot + 1, m) < 0) PY2C_CLEAR(m);
    py2c_decref(parent);
    return m;
}

Py2cValue py2c_import_from(Py2cValue module, const char *name) {
    Py2cValue key = py2c_str_from_cstr(name);
    if (PY2C_IS_NULL(key)) return PY2C_NULL;
    Py2cValue v = py2c_getattr(module, key);
    py2c_decref(key);
    if (!PY2C_IS_NULL(v) || !py2c_error_matches(&py2c_exc_AttributeError)) return v;
    py2c_error_clear();
    bool is_module = py2c_obj_ptr(module)->type == &py2c_module_type;
    const char *mname = is_module ? py2c_module_name(module) : "<unknown module name>";
    if (is_module) {
        /* a submodule whose import is still running (circular imports) */
        size_t n = strlen(mname) + strlen(name) + 2;
        char *full = malloc(n);
        if (!full) return py2c_error_nomemory();
        snprintf(full, n, "%s.%s", mname, name);
        v = cached(full);
        free(full);
        if (!PY2C_IS_NULL(v) || py2c_error_occurred()) return v;
    }
    const Py2cModule *m = is_module ? py2c__as_module(module) : NULL;
    if (!m || !m->def)
        return py2c_error_format(&py2c_exc_ImportError, "cannot import name '%s' from '%s' (unknown location)", name,
                                 mname);
    if (py2c__module_initializing(m))
        return py2c_error_format(&py2c_exc_ImportError,
                                 "cannot import name '%s' from partially initialized module '%s' (most likely due to a "
                                 "circular import) (%s)",
                                 name, mname, m->def->file);
    return py2c_error_format(&py2c_exc_ImportError, "cannot import name '%s' from '%s' (%s)", name, mname, m->def->file);
}

/* ---- the program's modules ------------------------------------------------------- */

/* "a.b.c" -> "c" */
static const char *last_component(const char *name) {
    const char *dot = strrchr(name, '.');
    return dot ? dot + 1 : name;
}

Py2cValue py2c_module_from_def(const Py2cModuleDef *def) {
    Py2cValue v = py2c_module_new(def->name);
    if (PY2C_IS_NULL(v)) return v;
    Py2cModule *m = py2c__as_module(v);
    m->def = def;
    Py2cValue file = py2c_str_from_cstr(def->file);
    if (PY2C_IS_NULL(file) || py2c_module_add(v, "__file__", file) < 0) goto fail;
    if (def->is_package) {
        /* __path__: [the package's directory] */
        const char *slash = strrchr(def->file, '/');
        Py2cValue dir = slash ? py2c_str_from_utf8(def->file, (int)(slash - def->file)) : py2c_str_from_cstr(".");
        Py2cValue path = PY2C_IS_NULL(dir) ? PY2C_NULL : py2c_list_new(0);
        int rc = PY2C_IS_NULL(path) ? -1 : py2c_list_append(path, dir);
        if (rc == 0) rc = py2c_module_add(v, "__path__", path);
        py2c_decref(dir);
        py2c_decref(path);
        if (rc < 0) goto fail;
    }
    py2c_decref(file);
    return v;
fail:
    py2c_decref(file);
    py2c_decref(v);
    return PY2C_NULL;
}

/* Removes cache[name] keeping the pending exception. */
static void uncache(Py2cValue cache, Py2cValue key) {
    Py2cValue exc = py2c_error_fetch();
    if (py2c_dict_delitem(cache, key) < 0) py2c_error_clear();
    py2c_error_restore(exc);
}

static Py2cValue import_program_locked(const Py2cModuleDef *def, Py2cValue parent);

Py2cValue py2c_import_program(const Py2cModuleDef *def) {
    Py2cValue m = cached(def->name);
    if (!PY2C_IS_NULL(m)) return wait_initialized(m, def->name);
    if (py2c_error_occurred()) return m;
    Py2cValue parent = PY2C_NULL;
    if (def->parent) {
        parent = py2c_import_program(def->parent);
        if (PY2C_IS_NULL(parent)) return parent;
    }
    ModLock *l;
    if (module_lock_or_raise(def->name, &l) < 0) {
        py2c_decref(parent);
        return PY2C_NULL;
    }
    /* another thread, or the package's __init__, may have imported it meanwhile */
    m = cached(def->name);
    if (PY2C_IS_NULL(m) && !py2c_error_occurred()) m = import_program_locked(def, parent);
    module_unlock(l);
    py2c_decref(parent);
    return m;
}

/* Makes, caches and runs module def (its import lock held). */
static Py2cValue import_program_locked(const Py2cModuleDef *def, Py2cValue parent) {
    Py2cValue cache = py2c_modules_dict();
    Py2cValue key = PY2C_IS_NULL(cache) ? PY2C_NULL : py2c_str_from_cstr(def->name);
    Py2cValue m = PY2C_IS_NULL(key) ? PY2C_NULL : py2c_module_from_def(def);
    if (PY2C_IS_NULL(m)) goto fail;
    /* set before it enters the cache: other threads that find it there wait */
    atomic_store_explicit(&py2c__as_module(m)->initializing, 1, memory_order_relaxed);
    if (py2c_dict_setitem(cache, key, m) < 0) goto fail;
    Py2cValue r = def->body();
    atomic_store_explicit(&py2c__as_module(m)->initializing, 0, memory_order_release);
    if (PY2C_IS_NULL(r)) {
        uncache(cache, key);
        goto fail;
    }
    py2c_decref(r);
    if (!PY2C_IS_NULL(parent)) {
        /* through setattr: the child may be one of the package's globals */
        Py2cValue child = py2c_str_from_cstr(last_component(def->name));
        int rc = PY2C_IS_NULL(child) ? -1 : module_setattr(parent, child, m);
        py2c_decref(child);
        if (rc < 0) goto fail;
    }
    py2c_decref(key);
    return m;
fail:
    py2c_decref(m);
    py2c_decref(key);
    return PY2C_NULL;
}

int py2c_import_submodule(Py2cValue package, const char *name, const Py2cModuleDef *sub) {
    Py2cValue key = py2c_str_from_cstr(name);
    if (PY2C_IS_NULL(key)) return -1;
    Py2cValue v = py2c_getattr(package, key);
    py2c_decref(key);
    if (!PY2C_IS_NULL(v)) {
        py2c_decref(v);
        return 0;
    }
    if (!py2c_error_matches(&py2c_exc_AttributeError)) return -1;
    py2c_error_clear();
    Py2cValue m = py2c_import_program(sub);
    if (PY2C_IS_NULL(m)) return -1;
    py2c_decref(m);
    return 0;
}
