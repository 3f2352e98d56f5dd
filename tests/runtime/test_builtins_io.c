/* Text files through open() and the file methods; expectations from CPython
 * 3.11 (the golden io cases cover the same from Python). Files live in a
 * fresh directory under $TMPDIR (or /tmp), removed at the end. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bltin_internal.h"
#include "rt_test.h"

static char result[512];
static char path[300];

static Py2cValue S(const char *s) { return py2c_str_from_cstr(s); }

static const char *show(Py2cValue r) {
    if (PY2C_IS_NULL(r)) {
        Py2cValue exc = py2c_error_fetch();
        Py2cValue msg = PY2C_IS_NULL(exc) ? PY2C_NULL : py2c_str(exc);
        snprintf(result, sizeof result, "%s: %s", PY2C_IS_NULL(exc) ? "<none>" : py2c_type_name(exc),
                 PY2C_IS_NULL(msg) ? "?" : py2c_str_utf8(msg, NULL));
        py2c_decref(msg);
        py2c_decref(exc);
        return result;
    }
    Py2cValue s = py2c_repr(r);
    snprintf(result, sizeof result, "%s", PY2C_IS_NULL(s) ? "<repr failed>" : py2c_str_utf8(s, NULL));
    py2c_decref(s);
    py2c_decref(r);
    return result;
}

/* open(path, mode[, newline=nl]) */
static Py2cValue open_(const char *p, const char *mode, const char *nl) {
    Py2cValue args[3] = {S(p), S(mode), nl ? S(nl) : PY2C_NONE};
    Py2cValue kw = nl ? py2c_tuple_pack(1, (Py2cValue[]){S("newline")}) : PY2C_NULL;
    return py2c_call(PY2C_BUILTIN_VALUE(py2c_builtin_open), args, 2, kw);
}

static const char *meth(Py2cValue f, const char *name, size_t nargs, Py2cValue *args) {
    return show(py2c_call_method(f, S(name), args, nargs, PY2C_NULL));
}

int main(void) {
    const char *tmp = getenv("TMPDIR");
    char dir[256];
    snprintf(dir, sizeof dir, "%s/py2c-test-io-XXXXXX", tmp ? tmp : "/tmp");
    if (!mkdtemp(dir)) return 1;
    snprintf(path, sizeof path, "%s/f.txt", dir);

    Py2cValue f = open_(path, "w", NULL);
    RT_CHECK_STR(meth(f, "write", 1, (Py2cValue[]){S("line one\n")}), "9");
    RT_CHECK_STR(meth(f, "write", 1, (Py2cValue[]){S("zwei – ü\nthree")}), "14");
    RT_CHECK_STR(meth(f, "write", 1, (Py2cValue[]){py2c_int(1)}), "TypeError: write() argument must be str, not int");
    /* io.UnsupportedOperation (an OSError and ValueError) */
    RT_CHECK(strstr(meth(f, "read", 0, NULL), "UnsupportedOperation: not readable") != NULL);
    RT_CHECK_STR(meth(f, "close", 0, NULL), "None");
    RT_CHECK_STR(meth(f, "write", 1, (Py2cValue[]){S("x")}), "ValueError: I/O operation on closed file.");
    RT_CHECK_STR(show(py2c_getattr(f, S("closed"))), "True");
    py2c_decref(f);

    f = open_(path, "r", NULL);
    RT_CHECK_STR(meth(f, "readline", 0, NULL), "'line one\\n'");
    RT_CHECK_STR(meth(f, "read", 1, (Py2cValue[]){py2c_int(6)}), "'zwei –'");
    RT_CHECK_STR(meth(f, "read", 0, NULL), "' ü\\nthree'");
    RT_CHECK_STR(meth(f, "read", 0, NULL), "''");
    RT_CHECK_STR(meth(f, "__exit__", 3, (Py2cValue[]){PY2C_NONE, PY2C_NONE, PY2C_NONE}), "None");
    RT_CHECK_STR(meth(f, "readline", 0, NULL), "ValueError: I/O operation on closed file.");
    py2c_decref(f);

    f = open_(path, "r", NULL);
    RT_CHECK_STR(meth(f, "readlines", 0, NULL), "['line one\\n', 'zwei – ü\\n', 'three']");
    py2c_decref(f);

    /* newline handling: written raw with newline="", read back three ways */
    f = open_(path, "w", "");
    RT_CHECK_STR(meth(f, "write", 1, (Py2cValue[]){S("a\r\nb\rc\nd")}), "8");
    py2c_decref(f);
    f = open_(path, "r", NULL);
    RT_CHECK_STR(meth(f, "read", 0, NULL), "'a\\nb\\nc\\nd'");
    py2c_decref(f);
    f = open_(path, "r", "");
    RT_CHECK_STR(meth(f, "readlines", 0, NULL), "['a\\r\\n', 'b\\r', 'c\\n', 'd']");
    py2c_decref(f);
    f = open_(path, "r", "\r");
    RT_CHECK_STR(meth(f, "readlines", 0, NULL), "['a\\r', '\\nb\\r', 'c\\nd']");
    py2c_decref(f);
    f = open_(path, "w", "\r\n");
    RT_CHECK_STR(meth(f, "write", 1, (Py2cValue[]){S("x\ny\n")}), "4");
    py2c_decref(f);
    f = open_(path, "r", "");
    RT_CHECK_STR(meth(f, "read", 0, NULL), "'x\\r\\ny\\r\\n'");
    RT_CHECK(strstr(meth(f, "write", 1, (Py2cValue[]){S("x")}), "UnsupportedOperation: not writable") != NULL);
    py2c_decref(f);

    /* r+: read a line, then write at that position */
    f = open_(path, "r+", NULL);
    RT_CHECK_STR(meth(f, "readline", 0, NULL), "'x\\n'");
    RT_CHECK_STR(meth(f, "tell", 0, NULL), "3");
    RT_CHECK_STR(meth(f, "write", 1, (Py2cValue[]){S("Z")}), "1");
    RT_CHECK_STR(meth(f, "seek", 1, (Py2cValue[]){py2c_int(0)}), "0");
    RT_CHECK_STR(meth(f, "read", 0, NULL), "'x\\nZ\\n'");
    py2c_decref(f);

    /* invalid UTF-8 */
    FILE *raw = fopen(path, "wb");
    fputs("ok\xff", raw);
    fclose(raw);
    f = open_(path, "r", NULL);
    RT_CHECK_STR(meth(f, "read", 0, NULL),
                 "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte");
    py2c_decref(f);

    /* errors of open() */
    RT_CHECK_STR(show(open_("/nonexistent/dir/x", "r", NULL)),
                 "FileNotFoundError: [Errno 2] No such file or directory: '/nonexistent/dir/x'");
    (void)show(open_(dir, "r", NULL));
    RT_CHECK(strncmp(result, "IsADirectoryError: [Errno 21] Is a directory: '", 47) == 0);
    RT_CHECK_STR(show(open_(path, "q", NULL)), "ValueError: invalid mode: 'q'");
    RT_CHECK_STR(show(open_(path, "rw", NULL)), "ValueError: must have exactly one of create/read/write/append mode");
    RT_CHECK_STR(show(open_(path, "rt+b", NULL)), "ValueError: can't have text and binary mode at once");
    RT_CHECK_STR(show(open_(path, "w", "q")), "ValueError: illegal newline value: q");
    RT_CHECK_STR(show(py2c_call(PY2C_BUILTIN_VALUE(py2c_builtin_open), (Py2cValue[]){py2c_float(1.5)}, 1, PY2C_NULL)),
                 "TypeError: expected str, bytes or os.PathLike object, not float");
    RT_CHECK_STR(show(py2c_call(PY2C_BUILTIN_VALUE(py2c_builtin_open), NULL, 0, PY2C_NULL)),
                 "TypeError: open() missing required argument 'file' (pos 1)");

    unlink(path);
    rmdir(dir);
    RT_DONE("builtins_io");
}
