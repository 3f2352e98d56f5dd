/* The os module: environ (a mapping over the process environment, as
 * CPython's os._Environ: a dict snapshot taken at import, writes go through
 * setenv/unsetenv), getenv, the working directory, directory listing and
 * the basic file-system calls (mkdir, makedirs, remove, rmdir, rename),
 * getpid, and the os.path submodule (mod_os_path.c). OSErrors carry
 * CPython's errno subclasses and "[Errno 2] No such file or directory:
 * 'x'" messages. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mod_os_internal.h"
#include "platform.h"
#include "modsupport.h"

extern char **environ;

/* ---- os.environ -------------------------------------------------------------------------- */

typedef struct Environ {
    Py2cObject ob;
    Py2cValue data; /* dict str -> str */
} Environ;

static Py2cValue env_data(Py2cValue self) { return ((Environ *)py2c_obj_ptr(self))->data; }

/* _Environ.encodekey/encodevalue: str only, no NUL. 0 or -1. */
static int env_check(Py2cValue v) {
    if (!py2c_is_str(v)) {
        (void)py2c_error_format(&py2c_exc_TypeError, "str expected, not %s", py2c_type_name(v));
        return -1;
    }
    int64_t len;
    const char *s = py2c_str_utf8(v, &len);
    if (memchr(s, 0, (size_t)len)) {
        (void)py2c_error_format(&py2c_exc_ValueError, "embedded null byte");
        return -1;
    }
    return 0;
}

static void raise_key_error(Py2cValue key) {
    Py2cValue e = py2c__exc_alloc(&py2c_exc_KeyError, &key, 1);
    if (PY2C_IS_NULL(e)) return;
    (void)py2c_raise(e, PY2C_NONE); /* `raise KeyError(key) from None` */
    py2c_decref(e);
}

static Py2cValue env_getitem(Py2cValue self, Py2cValue key) {
    if (env_check(key) < 0) return PY2C_NULL;
    Py2cValue v = py2c_dict_get_opt(env_data(self), key);
    if (PY2C_IS_NULL(v) && !py2c_error_occurred()) raise_key_error(key);
    return v;
}

static int env_setitem(Py2cValue self, Py2cValue key, Py2cValue value) {
    if (env_check(key) < 0) return -1;
    const char *k = py2c_str_utf8(key, NULL);
    if (PY2C_IS_NULL(value)) { /* del environ[key] */
        if (strchr(k, '=')) {
            (void)py2c_error_format(&py2c_exc_ValueError, "illegal environment variable name");
            return -1;
        }
        if (unsetenv(k) != 0) return (void)py2c_error_from_errno(errno, PY2C_NULL), -1;
        int has = py2c_dict_contains(env_data(self), key);
        if (has <= 0) {
            if (has == 0) raise_key_error(key);
            return -1;
        }
        return py2c_dict_delitem(env_data(self), key);
    }
    if (env_check(value) < 0) return -1;
    if (strchr(k, '=')) {
        (void)py2c_error_format(&py2c_exc_ValueError, "illegal environment variable name");
        return -1;
    }
    if (setenv(k, py2c_str_utf8(value, NULL), 1) != 0) return (void)py2c_error_from_errno(errno, PY2C_NULL), -1;
    return py2c_dict_setitem(env_data(self), key, value);
}

/* Mapping.__contains__: self[key] with KeyError as False (other errors pass). */
static int env_contains(Py2cValue self, Py2cValue key) {
    if (env_check(key) < 0) return -1;
    return py2c_dict_contains(env_data(self), key);
}

static int64_t env_len(Py2cValue self) { return py2c_dict_size(env_data(self)); }
static Py2cValue env_iter(Py2cValue self) { return py2c_iter(env_data(self)); }

static Py2cValue env_repr(Py2cValue self) {
    Py2cValue d = py2c_repr(env_data(self));
    if (PY2C_IS_NULL(d)) return d;
    Py2cValue parts[3] = {py2c_str_from_cstr("environ("), d, py2c_str_from_cstr(")")};
    Py2cValue r = PY2C_IS_NULL(parts[0]) || PY2C_IS_NULL(parts[2]) ? PY2C_NULL : py2c_str_join_array(3, parts);
    for (int i = 0; i < 3; i++) py2c_decref(parts[i]);
    return r;
}

static void env_dealloc(Py2cObject *o) {
    py2c_decref(((Environ *)o)->data);
    free(o);
}

/* get(key, default=None) */
static Py2cValue env_m_get(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    static const char *const names[] = {"key", "default"};
    Py2cArgSpec spec = {"get", names, 0, 1, 2, 2};
    Py2cValue a[2];
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    if (env_check(a[0]) < 0) return PY2C_NULL;
    Py2cValue v = py2c_dict_get_opt(env_data(self), a[0]);
    if (!PY2C_IS_NULL(v) || py2c_error_occurred()) return v;
    v = PY2C_IS_NULL(a[1]) ? PY2C_NONE : a[1];
    py2c_incref(v);
    return v;
}

/* pop(key[, default]): the value, and the variable is unset */
static Py2cValue env_m_pop(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    static const char *const names[] = {"key", "default"};
    Py2cArgSpec spec = {"pop", names, 0, 1, 2, 2};
    Py2cValue a[2];
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    Py2cValue v = env_getitem(self, a[0]);
    if (PY2C_IS_NULL(v)) {
        if (PY2C_IS_NULL(a[1]) || !py2c_error_matches(&py2c_exc_KeyError)) return v;
        py2c_error_clear();
        py2c_incref(a[1]);
        return a[1];
    }
    if (env_setitem(self, a[0], PY2C_NULL) < 0) PY2C_CLEAR(v);
    return v;
}

/* setdefault(key, value): _Environ's own, with a required value */
static Py2cValue env_m_setdefault(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__args_no_kw("_Environ.setdefault", kwnames) < 0) return PY2C_NULL;
    if (nargs == 0)
        return py2c_error_format(&py2c_exc_TypeError,
                                 "_Environ.setdefault() missing 2 required positional arguments: 'key' and 'value'");
    if (nargs == 1)
        return py2c_error_format(&py2c_exc_TypeError,
                                 "_Environ.setdefault() missing 1 required positional argument: 'value'");
    if (nargs > 2)
        return py2c_error_format(&py2c_exc_TypeError,
                                 "_Environ.setdefault() takes 3 positional arguments but %zu were given", nargs + 1);
    int has = env_contains(self, args[0]);
    if (has < 0 || (!has && env_setitem(self, args[0], args[1]) < 0)) return PY2C_NULL;
    return env_getitem(self, args[0]);
}

/* update(mapping=(), **kwargs) */
static Py2cValue env_m_update(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (nargs > 1) return py2c_error_format(&py2c_exc_TypeError, "update expected at most 1 argument, got %zu", nargs);
    Py2cValue d = py2c_dict_new();
    if (PY2C_IS_NULL(d)) return d;
    if (nargs == 1 && py2c_dict_update(d, args[0]) < 0) goto fail;
    for (size_t k = 0; k < py2c__kw_count(kwnames); k++)
        if (py2c_dict_setitem(d, py2c__kw_name(kwnames, k), args[nargs + k]) < 0) goto fail;
    int64_t pos = 0;
    Py2cValue key, value;
    while (py2c_dict_next(d, &pos, &key, &value))
        if (env_setitem(self, key, value) < 0) goto fail;
    py2c_decref(d);
    return PY2C_NONE;
fail:
    py2c_decref(d);
    return PY2C_NULL;
}

static Py2cValue env_m_copy(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__args_no_kw("copy", kwnames) < 0) return PY2C_NULL;
    if (nargs) return py2c_error_format(&py2c_exc_TypeError, "copy() takes 1 positional argument but %zu were given", nargs + 1);
    return py2c_dict_copy(env_data(self));
}

PY2C__STR_CONST(s_keys, "keys");
PY2C__STR_CONST(s_os_path, "os.path");
PY2C__STR_CONST(s_values, "values");
PY2C__STR_CONST(s_items, "items");

/* keys()/values()/items(): views of the snapshot (CPython's are
 * KeysView(environ) etc.; they iterate the same). */
static Py2cValue env_view(Py2cValue self, Py2cValue name, size_t nargs, Py2cValue kwnames) {
    if (py2c__kw_count(kwnames) || nargs)
        return py2c_error_format(&py2c_exc_TypeError, "%s() takes 1 positional argument but %zu were given",
                                 py2c_str_utf8(name, NULL), nargs + py2c__kw_count(kwnames) + 1);
    return py2c_call_method(env_data(self), name, NULL, 0, PY2C_NULL);
}
static Py2cValue env_m_keys(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return (void)args, env_view(self, PY2C__STR_VAL(s_keys), nargs, kwnames);
}
static Py2cValue env_m_values(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return (void)args, env_view(self, PY2C__STR_VAL(s_values), nargs, kwnames);
}
static Py2cValue env_m_items(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return (void)args, env_view(self, PY2C__STR_VAL(s_items), nargs, kwnames);
}

static const Py2cMethodDef env_methods[] = {
    {"get", env_m_get},       {"pop", env_m_pop},   {"setdefault", env_m_setdefault},
    {"update", env_m_update}, {"copy", env_m_copy}, {"keys", env_m_keys},
    {"values", env_m_values}, {"items", env_m_items}, {NULL, NULL},
};

static const Py2cType environ_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "_Environ",
    .module = "os",
    .base = &py2c_object_type,
    .basicsize = sizeof(Environ),
    .dealloc = env_dealloc,
    .repr = env_repr,
    .iter = env_iter,
    .len = env_len,
    .getitem = env_getitem,
    .setitem = env_setitem,
    .contains = env_contains,
    .methods = env_methods,
};

/* A new environ mapping from the process environment (the first of
 * duplicate names wins, as CPython's convertenviron). */
static Py2cValue environ_new(void) {
    Environ *e = (Environ *)py2c__object_new(&environ_type, sizeof *e);
    if (!e) return PY2C_NULL;
    Py2cValue self = py2c_obj_value(&e->ob);
    e->data = py2c_dict_new();
    if (PY2C_IS_NULL(e->data)) goto fail;
    for (char **p = environ; p && *p; p++) {
        const char *eq = strchr(*p, '=');
        if (!eq || eq == *p) continue;
        Py2cValue k = py2c_str_from_utf8(*p, (int64_t)(eq - *p)), v = py2c_str_from_cstr(eq + 1);
        int rc = PY2C_IS_NULL(k) || PY2C_IS_NULL(v) ? -1 : py2c_dict_contains(e->data, k);
        if (rc == 0) rc = py2c_dict_setitem(e->data, k, v);
        py2c_decref(k);
        py2c_decref(v);
        if (rc < 0) goto fail;
    }
    return self;
fail:
    py2c_decref(self);
    return PY2C_NULL;
}

/* The module's environ (borrowed), for getenv. */
static Py2cValue os_environ;

/* getenv(key, default=None): environ.get(key, default) */
static Py2cValue getenv_body(Py2cFunction *fn, Py2cValue *params) {
    (void)fn;
    Py2cValue r = PY2C_NULL;
    if (env_check(params[0]) == 0) {
        r = py2c_dict_get_opt(env_data(os_environ), params[0]);
        if (PY2C_IS_NULL(r) && !py2c_error_occurred()) {
            r = params[1];
            py2c_incref(r);
        }
    }
    py2c_decref(params[0]);
    py2c_decref(params[1]);
    return r;
}

/* ---- functions --------------------------------------------------------------------------- */

static int no_args(const char *qualname, size_t nargs, Py2cValue kwnames) {
    if (py2c__args_no_kw(qualname, kwnames) < 0) return -1;
    if (nargs == 0) return 0;
    (void)py2c_error_format(&py2c_exc_TypeError, "%s() takes no arguments (%zu given)", qualname, nargs);
    return -1;
}

static Py2cValue os_getcwd(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self, (void)args;
    if (no_args("posix.getcwd", nargs, kwnames) < 0) return PY2C_NULL;
    for (size_t cap = 256;; cap *= 2) {
        char *buf = malloc(cap);
        if (!buf) return py2c_error_nomemory();
        if (getcwd(buf, cap)) {
            Py2cValue r = py2c_str_from_cstr(buf);
            free(buf);
            return r;
        }
        int err = errno;
        free(buf);
        if (err != ERANGE) return py2c_error_from_errno(err, PY2C_NULL);
    }
}

static Py2cValue os_cpu_count(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self, (void)args;
    if (no_args("posix.cpu_count", nargs, kwnames) < 0) return PY2C_NULL;
    return py2c__bltin_int64(py2c_cpu_count());
}

static Py2cValue os_getpid(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self, (void)args;
    if (no_args("posix.getpid", nargs, kwnames) < 0) return PY2C_NULL;
    return py2c__bltin_int64((int64_t)getpid());
}

/* The optional dir_fd arguments: AT_FDCWD for None. 0 or -1. */
static int dir_fd_arg(Py2cValue v, int *out) {
    *out = AT_FDCWD;
    if (PY2C_IS_NULL(v) || py2c_is_none(v)) return 0;
    int64_t n;
    if (py2c__bltin_as_int64(v, &n) < 0) return -1;
    if (n < INT32_MIN || n > INT32_MAX) return py2c_error_format(&py2c_exc_OverflowError, "fd is greater than maximum"), -1;
    *out = (int)n;
    return 0;
}

/* listdir(path=None): the names in the directory, in the order the system gives them */
static Py2cValue os_listdir(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    static const char *const names[] = {"path"};
    Py2cArgSpec spec = {"listdir", names, 0, 0, 1, 1};
    Py2cValue a[1], path;
    int fd;
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    if (PY2C_IS_NULL(a[0])) a[0] = PY2C_NONE;
    if (py2c__os_path_arg(a[0], "listdir", "path", PY2C__OS_PATH_FD | PY2C__OS_PATH_NONE, &path, &fd) < 0)
        return PY2C_NULL;
    DIR *dir;
    if (PY2C_IS_NULL(path) && fd >= 0) {
        int dupfd = dup(fd);
        dir = dupfd < 0 ? NULL : fdopendir(dupfd);
        if (dir) rewinddir(dir);
        else if (dupfd >= 0) close(dupfd);
    } else {
        dir = opendir(PY2C_IS_NULL(path) ? "." : py2c_str_utf8(path, NULL));
    }
    Py2cValue shown = py2c_is_none(a[0]) ? py2c_str_from_cstr(".") : a[0];
    if (py2c_is_none(a[0]) && PY2C_IS_NULL(shown)) {
        if (dir) closedir(dir);
        py2c_decref(path);
        return PY2C_NULL;
    }
    if (!py2c_is_none(a[0])) py2c_incref(shown);
    Py2cValue list = PY2C_NULL;
    if (!dir) {
        (void)py2c_error_from_errno(errno, shown);
        goto done;
    }
    list = py2c_list_new(0);
    if (PY2C_IS_NULL(list)) goto done;
    for (;;) {
        errno = 0;
        struct dirent *ent = readdir(dir);
        if (!ent) {
            if (errno) {
                (void)py2c_error_from_errno(errno, shown);
                PY2C_CLEAR(list);
            }
            break;
        }
        const char *n = ent->d_name;
        if (n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0))) continue;
        Py2cValue s = py2c_str_from_cstr(n);
        int rc = PY2C_IS_NULL(s) ? -1 : py2c_list_append(list, s);
        py2c_decref(s);
        if (rc < 0) {
            PY2C_CLEAR(list);
            break;
        }
    }
done:
    if (dir) closedir(dir);
    py2c_decref(shown);
    py2c_decref(path);
    return list;
}

/* mkdir(path, mode=0o777, *, dir_fd=None) */
static int do_mkdir(Py2cValue pathv, int64_t mode, int dir_fd) {
    Py2cValue path;
    int fd;
    if (py2c__os_path_arg(pathv, "mkdir", "path", 0, &path, &fd) < 0) return -1;
    int rc = mkdirat(dir_fd, py2c_str_utf8(path, NULL), (mode_t)mode);
    if (rc != 0) (void)py2c_error_from_errno(errno, py2c_is_str(pathv) ? pathv : path);
    py2c_decref(path);
    return rc == 0 ? 0 : -1;
}

static Py2cValue os_mkdir(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    static const char *const names[] = {"path", "mode", "dir_fd"};
    Py2cArgSpec spec = {"mkdir", names, 0, 1, 2, 3};
    Py2cValue a[3];
    int64_t mode = 0777;
    int dir_fd;
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    if (!PY2C_IS_NULL(a[1]) && py2c__bltin_as_int64(a[1], &mode) < 0) return PY2C_NULL;
    if (dir_fd_arg(a[2], &dir_fd) < 0 || do_mkdir(a[0], mode, dir_fd) < 0) return PY2C_NULL;
    return PY2C_NONE;
}

/* remove/unlink(path, *, dir_fd=None) and rmdir(path, *, dir_fd=None) */
static Py2cValue unlink_common(const char *fname, int flags, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    static const char *const names[] = {"path", "dir_fd"};
    Py2cArgSpec spec = {fname, names, 0, 1, 1, 2};
    Py2cValue a[2], path;
    int fd, dir_fd;
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0 || dir_fd_arg(a[1], &dir_fd) < 0) return PY2C_NULL;
    if (py2c__os_path_arg(a[0], fname, "path", 0, &path, &fd) < 0) return PY2C_NULL;
    int rc = unlinkat(dir_fd, py2c_str_utf8(path, NULL), flags);
    if (rc != 0) (void)py2c_error_from_errno(errno, py2c_is_str(a[0]) ? a[0] : path);
    py2c_decref(path);
    return rc == 0 ? PY2C_NONE : PY2C_NULL;
}

static Py2cValue os_remove(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return (void)self, unlink_common("remove", 0, args, nargs, kwnames);
}
static Py2cValue os_unlink(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return (void)self, unlink_common("unlink", 0, args, nargs, kwnames);
}
static Py2cValue os_rmdir(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    return (void)self, unlink_common("rmdir", AT_REMOVEDIR, args, nargs, kwnames);
}

/* rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None); the error names
 * both paths ("'a' -> 'b'"), as CPython's. */
static Py2cValue os_rename(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    static const char *const names[] = {"src", "dst", "src_dir_fd", "dst_dir_fd"};
    Py2cArgSpec spec = {"rename", names, 0, 2, 2, 4};
    Py2cValue a[4], src, dst;
    int fd, sfd, dfd;
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    if (py2c__os_path_arg(a[0], "rename", "src", 0, &src, &fd) < 0) return PY2C_NULL;
    if (py2c__os_path_arg(a[1], "rename", "dst", 0, &dst, &fd) < 0) {
        py2c_decref(src);
        return PY2C_NULL;
    }
    Py2cValue r = PY2C_NULL;
    if (dir_fd_arg(a[2], &sfd) == 0 && dir_fd_arg(a[3], &dfd) == 0) {
        if (renameat(sfd, py2c_str_utf8(src, NULL), dfd, py2c_str_utf8(dst, NULL)) == 0) r = PY2C_NONE;
        else (void)py2c_error_from_errno2(errno, py2c_is_str(a[0]) ? a[0] : src, py2c_is_str(a[1]) ? a[1] : dst);
    }
    py2c_decref(src);
    py2c_decref(dst);
    return r;
}

/* fspath(path) */
static Py2cValue os_fspath(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    static const char *const names[] = {"path"};
    Py2cArgSpec spec = {"fspath", names, 0, 1, 1, 1};
    Py2cValue a[1];
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    return py2c__os_fspath(a[0]);
}

static PY2C_BUILTIN_FUNCTION(os_getcwd_obj, "getcwd", os_getcwd);
static PY2C_BUILTIN_FUNCTION(os_getpid_obj, "getpid", os_getpid);
static PY2C_BUILTIN_FUNCTION(os_cpu_count_obj, "cpu_count", os_cpu_count);
static PY2C_BUILTIN_FUNCTION(os_listdir_obj, "listdir", os_listdir);
static PY2C_BUILTIN_FUNCTION(os_mkdir_obj, "mkdir", os_mkdir);
static PY2C_BUILTIN_FUNCTION(os_remove_obj, "remove", os_remove);
static PY2C_BUILTIN_FUNCTION(os_unlink_obj, "unlink", os_unlink);
static PY2C_BUILTIN_FUNCTION(os_rmdir_obj, "rmdir", os_rmdir);
static PY2C_BUILTIN_FUNCTION(os_rename_obj, "rename", os_rename);
static PY2C_BUILTIN_FUNCTION(os_fspath_obj, "fspath", os_fspath);

/* makedirs(name, mode=0o777, exist_ok=False): os.py's recursion over the parents */
static int makedirs(const char *name, size_t len, int64_t mode, int exist_ok) {
    /* head, tail = path.split(name); if not tail: head, tail = path.split(head) */
    size_t head_len, tail_start, tail_end = len;
    py2c__os_path_split(name, len, &head_len, &tail_start);
    if (tail_start == len) {
        tail_end = head_len;
        py2c__os_path_split(name, tail_end, &head_len, &tail_start);
    }
    size_t tail_len = tail_end - tail_start;
    if (head_len > 0 && tail_len > 0) {
        char *head = malloc(head_len + 1);
        if (!head) return py2c_error_nomemory(), -1;
        memcpy(head, name, head_len);
        head[head_len] = 0;
        int missing = !py2c__os_path_exists(head);
        int rc = missing ? makedirs(head, head_len, 0777, exist_ok) : 0;
        free(head);
        if (rc < 0) {
            if (!py2c_error_matches(&py2c_exc_FileExistsError)) return -1;
            py2c_error_clear(); /* another process made it meanwhile */
        }
        if (missing && tail_len == 1 && name[tail_start] == '.') return 0; /* "x/newdir/." */
    }
    Py2cValue s = py2c_str_from_utf8(name, (int64_t)len);
    if (PY2C_IS_NULL(s)) return -1;
    int rc = do_mkdir(s, mode, AT_FDCWD);
    /* any OSError is forgiven with exist_ok when name is a directory now */
    if (rc < 0 && exist_ok && py2c_error_matches(&py2c_exc_OSError) && py2c__os_path_isdir(py2c_str_utf8(s, NULL))) {
        py2c_error_clear();
        rc = 0;
    }
    py2c_decref(s);
    return rc;
}

static Py2cValue makedirs_body(Py2cFunction *fn, Py2cValue *params) {
    (void)fn;
    Py2cValue r = PY2C_NULL, s = py2c__os_fspath(params[0]);
    int64_t mode;
    int exist_ok = -1;
    if (!PY2C_IS_NULL(s) && py2c__bltin_as_int64(params[1], &mode) == 0) exist_ok = py2c_is_true(params[2]);
    if (exist_ok >= 0) {
        int64_t len;
        const char *p = py2c_str_utf8(s, &len);
        if (makedirs(p, (size_t)len, mode, exist_ok) == 0) r = PY2C_NONE;
    }
    py2c_decref(s);
    for (int i = 0; i < 3; i++) py2c_decref(params[i]);
    return r;
}

static const char *const getenv_params[] = {"key", "default"};
static const Py2cFuncInfo getenv_info = {
    .name = "getenv",
    .qualname = "getenv",
    .params = getenv_params,
    .npos = 2,
    .body = getenv_body,
    .doc = "Get an environment variable, return None if it doesn't exist.\n"
           "    The optional second argument can specify an alternate default.\n"
           "    key, default and the result are str.",
    .module = "os",
};
static const char *const makedirs_params[] = {"name", "mode", "exist_ok"};
static const Py2cFuncInfo makedirs_info = {
    .name = "makedirs",
    .qualname = "makedirs",
    .params = makedirs_params,
    .npos = 3,
    .body = makedirs_body,
    .module = "os",
};

/* ---- the module ------------------------------------------------------------------------- */

PY2C_STDLIB_MODULE("os", py2c__module_init_os);
Py2cValue py2c__module_init_os(void) {
    static Py2cBuiltinFunction *const fns[] = {
        &os_getcwd_obj, &os_cpu_count_obj, &os_getpid_obj, &os_listdir_obj, &os_mkdir_obj,  &os_remove_obj,
        &os_unlink_obj, &os_rmdir_obj,  &os_rename_obj,  &os_fspath_obj,
    };
    static const struct {
        const char *name, *value;
    } consts[] = {
        {"name", "posix"}, {"sep", "/"},      {"linesep", "\n"},    {"curdir", "."},        {"pardir", ".."},
        {"extsep", "."},   {"pathsep", ":"},  {"defpath", "/bin:/usr/bin"}, {"devnull", "/dev/null"},
    };
    Py2cValue m = py2c_module_new("os"), none = PY2C_NONE;
    if (PY2C_IS_NULL(m)) return m;
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++)
        if (py2c_module_add(m, fns[i]->name, py2c_obj_value(&fns[i]->ob)) < 0) goto fail;
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        if (py2c__module_add_str(m, consts[i].name, consts[i].value) < 0) goto fail;
    if (py2c_module_add(m, "altsep", PY2C_NONE) < 0) goto fail;
    Py2cValue env = environ_new();
    if (PY2C_IS_NULL(env)) goto fail;
    os_environ = env; /* kept alive by the module (and borrowed by getenv) */
    if (py2c__module_add_stolen(m, "environ", env) < 0) goto fail;
    {
        Py2cValue defaults = py2c_tuple_pack(1, &none);
        int rc = PY2C_IS_NULL(defaults) ? -1 : py2c__module_add_function(m, &getenv_info, defaults, NULL);
        py2c_decref(defaults);
        if (rc < 0) goto fail;
        Py2cValue md[2] = {py2c_int(0777), PY2C_FALSE};
        defaults = py2c_tuple_pack(2, md);
        rc = PY2C_IS_NULL(defaults) ? -1 : py2c__module_add_function(m, &makedirs_info, defaults, NULL);
        py2c_decref(defaults);
        if (rc < 0) goto fail;
    }
    /* os.path: made here and put in the module cache, as os.py does
     * (py2c_import("os.path") would import os, being made, again) */
    {
        Py2cValue path = py2c__module_init_os_path(), cache = py2c_modules_dict();
        if (PY2C_IS_NULL(path)) goto fail;
        int rc = PY2C_IS_NULL(cache) ? -1 : py2c_dict_setitem(cache, PY2C__STR_VAL(s_os_path), path);
        if (rc < 0) py2c_decref(path);
        if (rc < 0 || py2c__module_add_stolen(m, "path", path) < 0) goto fail;
    }
    return m;
fail:
    py2c_decref(m);
    return PY2C_NULL;
}
