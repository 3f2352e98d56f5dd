/* os.path: CPython's posixpath (and the genericpath functions it uses), as
 * function objects with posixpath's parameter names, so that argument errors
 * read as CPython's. Text is handled as UTF-8 bytes: '/' and '.' are ASCII,
 * so byte positions of them are character boundaries. */
#include <errno.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mod_os_internal.h"
#include "modsupport.h"

/* ---- path arguments (shared with mod_os.c) ---------------------------------------------- */

PY2C__STR_CONST(s_fspath, "__fspath__");

Py2cValue py2c__os_fspath(Py2cValue v) {
    if (py2c_is_str(v)) {
        py2c_incref(v);
        return v;
    }
    if (py2c_is_obj(v)) {
        /* os.PathLike: __fspath__ looked up on the type, as CPython */
        Py2cValue f = py2c__heap_lookup(py2c_obj_ptr(v)->type, "__fspath__");
        if (!PY2C_IS_NULL(f)) {
            Py2cValue r = py2c_call_method(v, PY2C__STR_VAL(s_fspath), NULL, 0, PY2C_NULL);
            if (PY2C_IS_NULL(r) || py2c_is_str(r)) return r;
            (void)py2c_error_format(&py2c_exc_TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                                    py2c_type_name(v), py2c_type_name(r));
            py2c_decref(r);
            return PY2C_NULL;
        }
    }
    return py2c_error_format(&py2c_exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                             py2c_type_name(v));
}

int py2c__os_path_arg(Py2cValue v, const char *fn, const char *arg, unsigned allow, Py2cValue *out, int *fd) {
    *out = PY2C_NULL;
    *fd = -1;
    if ((allow & PY2C__OS_PATH_NONE) && py2c_is_none(v)) return 0;
    if ((allow & PY2C__OS_PATH_FD) && py2c_is_int(v)) {
        int64_t n;
        if (py2c_int_as_int64(v, &n) < 0 || n > INT32_MAX || n < INT32_MIN) {
            py2c_error_clear();
            (void)py2c_error_format(&py2c_exc_OverflowError, "fd is greater than maximum");
            return -1;
        }
        if (n < 0) {
            (void)py2c_error_format(&py2c_exc_ValueError, "fd is less than minimum");
            return -1;
        }
        *fd = (int)n;
        return 0;
    }
    int pathlike = py2c_is_str(v) ||
                   (py2c_is_obj(v) && !PY2C_IS_NULL(py2c__heap_lookup(py2c_obj_ptr(v)->type, "__fspath__")));
    if (!pathlike) {
        const char *kinds = (allow & PY2C__OS_PATH_NONE) ? "string, bytes, os.PathLike, integer or None"
                            : (allow & PY2C__OS_PATH_FD) ? "string, bytes, os.PathLike or integer"
                                                         : "string, bytes or os.PathLike";
        (void)py2c_error_format(&py2c_exc_TypeError, "%s: %s should be %s, not %s", fn, arg, kinds,
                                py2c_type_name(v));
        return -1;
    }
    Py2cValue s = py2c__os_fspath(v);
    if (PY2C_IS_NULL(s)) return -1;
    int64_t len;
    const char *text = py2c_str_utf8(s, &len);
    if (memchr(text, 0, (size_t)len)) {
        py2c_decref(s);
        (void)py2c_error_format(&py2c_exc_ValueError, "embedded null byte");
        return -1;
    }
    *out = s;
    return 0;
}

void py2c__os_path_split(const char *p, size_t len, size_t *head_len, size_t *tail_start) {
    size_t i = len;
    while (i > 0 && p[i - 1] != '/') i--;
    *tail_start = i;
    size_t h = i;
    size_t k = 0;
    while (k < h && p[k] == '/') k++;
    if (k < h) /* not all slashes: strip the trailing ones */
        while (h > 0 && p[h - 1] == '/') h--;
    *head_len = h;
}

int py2c__os_path_exists(const char *path) {
    struct stat st;
    return stat(path, &st) == 0;
}

int py2c__os_path_isdir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* ---- helpers ----------------------------------------------------------------------------- */

/* A growable byte buffer for building results. */
typedef struct Buf {
    char *data;
    size_t len, cap;
} Buf;

static int buf_add(Buf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->len + n + 1) cap *= 2;
        char *d = realloc(b->data, cap);
        if (!d) return py2c_error_nomemory(), -1;
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
    return 0;
}

/* The buffer as a new str (freed either way). */
static Py2cValue buf_finish(Buf *b) {
    Py2cValue r = py2c_str_from_utf8(b->data ? b->data : "", (int64_t)b->len);
    free(b->data);
    return r;
}

static Py2cValue str_n(const char *s, size_t n) { return py2c_str_from_utf8(s, (int64_t)n); }

static Py2cValue pair(Py2cValue a, Py2cValue b) {
    Py2cValue t = PY2C_NULL;
    if (!PY2C_IS_NULL(a) && !PY2C_IS_NULL(b)) {
        Py2cValue items[2] = {a, b};
        t = py2c_tuple_pack(2, items);
    }
    py2c_decref(a);
    py2c_decref(b);
    return t;
}

/* normpath on bytes: "" -> "."; at most two leading slashes kept (exactly two only). */
static Py2cValue normpath_text(const char *p, size_t len) {
    if (len == 0) return str_n(".", 1);
    int initial = p[0] == '/';
    if (initial && len >= 2 && p[1] == '/' && !(len >= 3 && p[2] == '/')) initial = 2;
    /* the kept components, as (offset, length) pairs */
    size_t (*comps)[2] = malloc(sizeof *comps * (len / 2 + 1));
    if (!comps) return py2c_error_nomemory();
    size_t n = 0;
    for (size_t i = 0; i <= len;) {
        size_t j = i;
        while (j < len && p[j] != '/') j++;
        size_t cl = j - i;
        const char *c = p + i;
        int is_dotdot = cl == 2 && c[0] == '.' && c[1] == '.';
        if (cl == 0 || (cl == 1 && c[0] == '.')) {
            /* skipped */
        } else if (!is_dotdot || (!initial && n == 0) ||
                   (n > 0 && comps[n - 1][1] == 2 && p[comps[n - 1][0]] == '.' && p[comps[n - 1][0] + 1] == '.')) {
            comps[n][0] = i;
            comps[n][1] = cl;
            n++;
        } else if (n > 0) {
            n--;
        }
        i = j + 1;
    }
    Buf b = {0};
    int rc = 0;
    for (int k = 0; k < initial && rc == 0; k++) rc = buf_add(&b, "/", 1);
    for (size_t k = 0; k < n && rc == 0; k++) {
        if (k > 0) rc = buf_add(&b, "/", 1);
        if (rc == 0) rc = buf_add(&b, p + comps[k][0], comps[k][1]);
    }
    free(comps);
    if (rc == 0 && b.len == 0) rc = buf_add(&b, ".", 1);
    if (rc < 0) {
        free(b.data);
        return PY2C_NULL;
    }
    return buf_finish(&b);
}

/* ---- the functions ----------------------------------------------------------------------- */

/* One-argument functions: body(text of os.fspath(arg), arg) -> result. */
typedef Py2cValue (*TextFn)(const char *p, size_t len, Py2cValue arg);

static Py2cValue with_text(Py2cValue *params, TextFn f) {
    Py2cValue s = py2c__os_fspath(params[0]), r = PY2C_NULL;
    if (!PY2C_IS_NULL(s)) {
        int64_t len;
        const char *p = py2c_str_utf8(s, &len);
        r = f(p, (size_t)len, s);
    }
    py2c_decref(s);
    py2c_decref(params[0]);
    return r;
}

static Py2cValue do_basename(const char *p, size_t len, Py2cValue s) {
    (void)s;
    size_t h, t;
    py2c__os_path_split(p, len, &h, &t);
    return str_n(p + t, len - t);
}

static Py2cValue do_dirname(const char *p, size_t len, Py2cValue s) {
    (void)s;
    size_t h, t;
    py2c__os_path_split(p, len, &h, &t);
    return str_n(p, h);
}

static Py2cValue do_split(const char *p, size_t len, Py2cValue s) {
    (void)s;
    size_t h, t;
    py2c__os_path_split(p, len, &h, &t);
    return pair(str_n(p, h), str_n(p + t, len - t));
}

static Py2cValue do_splitext(const char *p, size_t len, Py2cValue s) {
    (void)s;
    size_t sep = len, dot = len; /* rfind: len means not found (-1) */
    for (size_t i = len; i > 0; i--)
        if (p[i - 1] == '/') {
            sep = i - 1;
            break;
        }
    for (size_t i = len; i > 0; i--)
        if (p[i - 1] == '.') {
            dot = i - 1;
            break;
        }
    if (dot != len && (sep == len || dot > sep)) {
        /* leading dots do not start an extension (".bashrc", "..x") */
        for (size_t i = sep == len ? 0 : sep + 1; i < dot; i++)
            if (p[i] != '.') return pair(str_n(p, dot), str_n(p + dot, len - dot));
    }
    return pair(str_n(p, len), str_n("", 0));
}

static Py2cValue do_isabs(const char *p, size_t len, Py2cValue s) {
    (void)s;
    return py2c_bool(len > 0 && p[0] == '/');
}

static Py2cValue do_normpath(const char *p, size_t len, Py2cValue s) {
    (void)s;
    return normpath_text(p, len);
}

static Py2cValue do_abspath(const char *p, size_t len, Py2cValue s) {
    (void)s;
    if (len > 0 && p[0] == '/') return normpath_text(p, len);
    Buf b = {0};
    size_t cap = 256;
    for (;;) {
        char *d = realloc(b.data, cap);
        if (!d) {
            free(b.data);
            return py2c_error_nomemory();
        }
        b.data = d;
        if (getcwd(b.data, cap)) break;
        if (errno != ERANGE) {
            int err = errno;
            free(b.data);
            return py2c_error_from_errno(err, PY2C_NULL);
        }
        cap *= 2;
    }
    b.len = strlen(b.data);
    b.cap = cap;
    /* join(cwd, path) */
    int rc = 0;
    if (len > 0 && b.len > 0 && b.data[b.len - 1] != '/') rc = buf_add(&b, "/", 1);
    if (rc == 0) rc = buf_add(&b, p, len);
    if (rc < 0) {
        free(b.data);
        return PY2C_NULL;
    }
    Py2cValue r = normpath_text(b.data, b.len);
    free(b.data);
    return r;
}

/* "~" is $HOME (else the user database's entry for the current user),
 * "~name" the user database's home of name; unchanged when there is none.
 * WASI has no user database (runtime/src/wasi/compat.c finds nobody), so
 * there "~name" stays as it is, and "~" needs HOME: what CPython's own WASI
 * build does (posixpath.expanduser without the pwd module). */
static Py2cValue do_expanduser(const char *p, size_t len, Py2cValue s) {
    if (len == 0 || p[0] != '~') {
        py2c_incref(s);
        return s;
    }
    size_t i = 1;
    while (i < len && p[i] != '/') i++;
    const char *home = NULL;
    if (i == 1) {
        home = getenv("HOME");
        if (!home) {
            struct passwd *pw = getpwuid(getuid());
            if (pw) home = pw->pw_dir;
        }
    } else {
        char *name = malloc(i);
        if (!name) return py2c_error_nomemory();
        memcpy(name, p + 1, i - 1);
        name[i - 1] = 0;
        struct passwd *pw = getpwnam(name);
        free(name);
        if (pw) home = pw->pw_dir;
    }
    if (!home) {
        py2c_incref(s);
        return s;
    }
    size_t hl = strlen(home);
    while (hl > 0 && home[hl - 1] == '/') hl--;
    Buf b = {0};
    if (buf_add(&b, home, hl) < 0 || buf_add(&b, p + i, len - i) < 0 || (b.len == 0 && buf_add(&b, "/", 1) < 0)) {
        free(b.data);
        return PY2C_NULL;
    }
    return buf_finish(&b);
}

/* stat() of a path argument (str, os.PathLike or fd) as os.stat does:
 * 1 with *st filled, 0 when the OS says no (errno kept), -1 on a Python
 * error. *shown: what an error message names (new reference). */
static int stat_arg(Py2cValue v, struct stat *st, int follow, Py2cValue *shown) {
    Py2cValue s;
    int fd;
    *shown = PY2C_NULL;
    if (py2c__os_path_arg(v, follow ? "stat" : "lstat", "path", follow ? PY2C__OS_PATH_FD : 0, &s, &fd) < 0)
        return -1;
    int ok;
    if (PY2C_IS_NULL(s)) {
        ok = fstat(fd, st) == 0;
        *shown = v;
        py2c_incref(v);
    } else {
        ok = (follow ? stat(py2c_str_utf8(s, NULL), st) : lstat(py2c_str_utf8(s, NULL), st)) == 0;
        *shown = py2c_is_str(v) ? v : s;
        py2c_incref(*shown);
        py2c_decref(s);
    }
    return ok;
}

/* exists/isfile/isdir/islink/lexists: False on OSError and ValueError, as genericpath. */
static Py2cValue stat_test(Py2cValue *params, int follow, int what) {
    struct stat st;
    Py2cValue shown;
    int ok = stat_arg(params[0], &st, follow, &shown);
    py2c_decref(shown);
    py2c_decref(params[0]);
    if (ok < 0) {
        if (!py2c_error_matches(&py2c_exc_ValueError)) return PY2C_NULL;
        py2c_error_clear();
        return PY2C_FALSE;
    }
    if (!ok) return PY2C_FALSE;
    switch (what) {
    case 'f': return py2c_bool(S_ISREG(st.st_mode));
    case 'd': return py2c_bool(S_ISDIR(st.st_mode));
    case 'l': return py2c_bool(S_ISLNK(st.st_mode));
    default: return PY2C_TRUE;
    }
}

static Py2cValue exists_body(Py2cFunction *fn, Py2cValue *params) { return (void)fn, stat_test(params, 1, 'e'); }
static Py2cValue lexists_body(Py2cFunction *fn, Py2cValue *params) { return (void)fn, stat_test(params, 0, 'e'); }
static Py2cValue isfile_body(Py2cFunction *fn, Py2cValue *params) { return (void)fn, stat_test(params, 1, 'f'); }
static Py2cValue isdir_body(Py2cFunction *fn, Py2cValue *params) { return (void)fn, stat_test(params, 1, 'd'); }
static Py2cValue islink_body(Py2cFunction *fn, Py2cValue *params) { return (void)fn, stat_test(params, 0, 'l'); }

static Py2cValue getsize_body(Py2cFunction *fn, Py2cValue *params) {
    (void)fn;
    struct stat st;
    Py2cValue shown, r = PY2C_NULL;
    int ok = stat_arg(params[0], &st, 1, &shown);
    if (ok > 0) r = py2c__bltin_int64((int64_t)st.st_size);
    else if (ok == 0) r = py2c_error_from_errno(errno, shown);
    py2c_decref(shown);
    py2c_decref(params[0]);
    return r;
}

static Py2cValue basename_body(Py2cFunction *fn, Py2cValue *params) { return (void)fn, with_text(params, do_basename); }
static Py2cValue dirname_body(Py2cFunction *fn, Py2cValue *params) { return (void)fn, with_text(params, do_dirname); }
static Py2cValue split_body(Py2cFunction *fn, Py2cValue *params) { return (void)fn, with_text(params, do_split); }
static Py2cValue splitext_body(Py2cFunction *fn, Py2cValue *params) { return (void)fn, with_text(params, do_splitext); }
static Py2cValue isabs_body(Py2cFunction *fn, Py2cValue *params) { return (void)fn, with_text(params, do_isabs); }
static Py2cValue normpath_body(Py2cFunction *fn, Py2cValue *params) { return (void)fn, with_text(params, do_normpath); }
static Py2cValue abspath_body(Py2cFunction *fn, Py2cValue *params) { return (void)fn, with_text(params, do_abspath); }
static Py2cValue expanduser_body(Py2cFunction *fn, Py2cValue *params) {
    return (void)fn, with_text(params, do_expanduser);
}

/* join(a, *p) */
static Py2cValue join_body(Py2cFunction *fn, Py2cValue *params) {
    (void)fn;
    Py2cValue a = params[0], rest = params[1], r = PY2C_NULL;
    Py2cValue first = py2c__os_fspath(a);
    Buf b = {0};
    if (PY2C_IS_NULL(first)) goto done;
    int64_t len;
    const char *text = py2c_str_utf8(first, &len);
    if (buf_add(&b, text, (size_t)len) < 0) goto done;
    for (int64_t i = 0; i < py2c_tuple_size(rest); i++) {
        Py2cValue item = py2c_tuple_item(rest, i);
        Py2cValue s = PY2C_NULL;
        if (py2c_is_str(item) ||
            (py2c_is_obj(item) && !PY2C_IS_NULL(py2c__heap_lookup(py2c_obj_ptr(item)->type, "__fspath__"))))
            s = py2c__os_fspath(item);
        else
            (void)py2c_error_format(&py2c_exc_TypeError,
                                    "join() argument must be str, bytes, or os.PathLike object, not '%s'",
                                    py2c_type_name(item));
        if (PY2C_IS_NULL(s)) goto done;
        const char *t = py2c_str_utf8(s, &len);
        int rc;
        if (len > 0 && t[0] == '/') {
            b.len = 0;
            rc = buf_add(&b, t, (size_t)len);
        } else {
            rc = (b.len == 0 || b.data[b.len - 1] == '/') ? 0 : buf_add(&b, "/", 1);
            if (rc == 0) rc = buf_add(&b, t, (size_t)len);
        }
        py2c_decref(s);
        if (rc < 0) goto done;
    }
    r = buf_finish(&b);
    b.data = NULL;
done:
    free(b.data);
    py2c_decref(first);
    py2c_decref(a);
    py2c_decref(rest);
    return r;
}

/* ---- the module ------------------------------------------------------------------------- */

static const char *const p_path[] = {"path"}, *const p_p[] = {"p"}, *const p_s[] = {"s"},
                         *const p_filename[] = {"filename"}, *const p_join[] = {"a", "p"};

#define ONE_ARG(fname, params_)                                                                              \
    {                                                                                                        \
        .name = #fname, .qualname = #fname, .params = params_, .npos = 1, .body = fname##_body,               \
        .module = "posixpath",                                                                               \
    }

static const Py2cFuncInfo path_functions[] = {
    {.name = "join", .qualname = "join", .params = p_join, .npos = 1, .flags = PY2C_FUNC_VARARGS,
     .body = join_body, .module = "posixpath"},
    ONE_ARG(basename, p_p),
    ONE_ARG(dirname, p_p),
    ONE_ARG(split, p_p),
    ONE_ARG(splitext, p_p),
    ONE_ARG(isabs, p_s),
    ONE_ARG(normpath, p_path),
    ONE_ARG(abspath, p_path),
    ONE_ARG(expanduser, p_path),
    ONE_ARG(exists, p_path),
    ONE_ARG(lexists, p_path),
    ONE_ARG(isfile, p_path),
    ONE_ARG(isdir, p_s),
    ONE_ARG(islink, p_path),
    ONE_ARG(getsize, p_filename),
};

PY2C_STDLIB_MODULE("os.path", py2c__module_init_os_path);
Py2cValue py2c__module_init_os_path(void) {
    static const struct {
        const char *name, *value;
    } consts[] = {
        {"sep", "/"},      {"curdir", "."},      {"pardir", ".."},
        {"extsep", "."},   {"pathsep", ":"},     {"defpath", "/bin:/usr/bin"},
        {"devnull", "/dev/null"},
    };
    Py2cValue m = py2c_module_new("os.path");
    if (PY2C_IS_NULL(m)) return m;
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        if (py2c__module_add_str(m, consts[i].name, consts[i].value) < 0) goto fail;
    if (py2c_module_add(m, "altsep", PY2C_NONE) < 0) goto fail;
    for (size_t i = 0; i < sizeof path_functions / sizeof path_functions[0]; i++)
        if (py2c__module_add_function(m, &path_functions[i], PY2C_NULL, NULL) < 0) goto fail;
    return m;
fail:
    py2c_decref(m);
    return PY2C_NULL;
}
