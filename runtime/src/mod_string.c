/* The string module: its constants and capwords (CPython's Lib/string.py;
 * the Template and Formatter classes are not provided). capwords is a
 * Python-style function object, as in CPython, so its repr and argument
 * errors ("capwords() missing 1 required positional argument: 's'") match. */
#include "bltin_internal.h"
#include "modsupport.h"

PY2C__STR_CONST(s_split, "split");
PY2C__STR_CONST(s_capitalize, "capitalize");
PY2C__STR_CONST(s_join, "join");
PY2C__STR_CONST(s_space, " ");

/* capwords(s, sep=None): (sep or ' ').join(map(str.capitalize, s.split(sep))) */
static Py2cValue capwords_body(Py2cFunction *fn, Py2cValue *params) {
    (void)fn;
    Py2cValue s = params[0], sep = params[1], r = PY2C_NULL, join = PY2C_NULL, parts = PY2C_NULL;
    /* Python evaluates `(sep or ' ').join` before the argument */
    int t = py2c_is_true(sep);
    if (t < 0) goto done;
    join = py2c_getattr(t ? sep : PY2C__STR_VAL(s_space), PY2C__STR_VAL(s_join));
    if (PY2C_IS_NULL(join)) goto done;
    Py2cValue words = py2c_call_method(s, PY2C__STR_VAL(s_split), &sep, 1, PY2C_NULL);
    if (PY2C_IS_NULL(words)) goto done;
    parts = py2c_list_from_iterable(words);
    py2c_decref(words);
    if (PY2C_IS_NULL(parts)) goto done;
    /* map(str.capitalize, ...): the method of str, whatever word's type */
    for (int64_t i = 0; i < py2c_list_size(parts); i++) {
        Py2cValue w = py2c_list_item(parts, i);
        if (!py2c_is_obj(w) || !py2c__is_subtype(py2c_obj_ptr(w)->type, &py2c_str_type)) {
            (void)py2c_error_format(&py2c_exc_TypeError,
                                    "descriptor 'capitalize' for 'str' objects doesn't apply to a '%s' object",
                                    py2c_type_name(w));
            goto done;
        }
        Py2cValue c = py2c_call_method(w, PY2C__STR_VAL(s_capitalize), NULL, 0, PY2C_NULL);
        if (PY2C_IS_NULL(c)) goto done;
        py2c_list_ptr(parts)->items[i] = c;
        py2c_decref(w);
    }
    r = py2c_call(join, &parts, 1, PY2C_NULL);
done:
    py2c_decref(parts);
    py2c_decref(join);
    py2c_decref(s);
    py2c_decref(sep);
    return r;
}

static const char *const capwords_params[] = {"s", "sep"};
static const Py2cFuncInfo capwords_info = {
    .name = "capwords",
    .qualname = "capwords",
    .params = capwords_params,
    .nposonly = 0,
    .npos = 2,
    .body = capwords_body,
    .doc = "capwords(s [,sep]) -> string\n\n"
           "    Split the argument into words using split, capitalize each\n"
           "    word using capitalize, and join the capitalized words using\n"
           "    join.  If the optional second argument sep is absent or None,\n"
           "    runs of whitespace characters are replaced by a single space\n"
           "    and leading and trailing whitespace are removed, otherwise\n"
           "    sep is used to split and join the words.\n\n    ",
    .module = "string",
};

#define LOWER "abcdefghijklmnopqrstuvwxyz"
#define UPPER "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
#define DIGITS "0123456789"
#define PUNCT "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
#define WHITE " \t\n\r\x0b\x0c"

PY2C_STDLIB_MODULE("string", py2c__module_init_string);
Py2cValue py2c__module_init_string(void) {
    static const struct {
        const char *name, *text;
    } consts[] = {
        {"whitespace", WHITE},
        {"ascii_lowercase", LOWER},
        {"ascii_uppercase", UPPER},
        {"ascii_letters", LOWER UPPER},
        {"digits", DIGITS},
        {"hexdigits", DIGITS "abcdef" "ABCDEF"},
        {"octdigits", "01234567"},
        {"punctuation", PUNCT},
        {"printable", DIGITS LOWER UPPER PUNCT WHITE},
    };
    Py2cValue m = py2c_module_new("string");
    if (PY2C_IS_NULL(m)) return m;
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        if (py2c__module_add_str(m, consts[i].name, consts[i].text) < 0) goto fail;
    Py2cValue none = PY2C_NONE;
    Py2cValue defaults = py2c_tuple_pack(1, &none);
    int rc = PY2C_IS_NULL(defaults) ? -1 : py2c__module_add_function(m, &capwords_info, defaults, NULL);
    py2c_decref(defaults);
    if (rc < 0) goto fail;
    return m;
fail:
    py2c_decref(m);
    return PY2C_NULL;
}
