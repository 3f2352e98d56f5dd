/* The json module: dumps, dump, loads, load and json.JSONDecodeError, as
 * CPython 3.11 (Lib/json/__init__.py, encoder.py, decoder.py and
 * Modules/_json.c). Encoding: mod_json_encode.c; parsing: mod_json_decode.c;
 * the JSONEncoder/JSONDecoder classes (for cls=): mod_json_classes.c. */
#include <stdlib.h>
#include <string.h>

#include "bltin_internal.h"
#include "mod_json_internal.h"
#include "modsupport.h"
#include "platform.h"

PY2C_STDLIB_MODULE("json", py2c__module_init_json);
PY2C_STDLIB_MODULE("json.decoder", py2c__module_init_json_decoder);

PY2C__STR_CONST(s_read, "read");
PY2C__STR_CONST(s_write, "write");
PY2C__STR_CONST(s_encode, "encode");
PY2C__STR_CONST(s_iterencode, "iterencode");
PY2C__STR_CONST(s_decode, "decode");
PY2C__STR_CONST(s_count, "count");
PY2C__STR_CONST(s_rfind, "rfind");
PY2C__STR_CONST(s_newline, "\n");
PY2C__STR_CONST(s_space, " ");
PY2C__STR_CONST(s_errfmt, "%s: line %d column %d (char %d)");
PY2C__STR_CONST(s_comma_space, ", ");
PY2C__STR_CONST(s_comma, ",");
PY2C__STR_CONST(s_colon_space, ": ");

/* ---- json.JSONDecodeError ------------------------------------------------------ */

/* A built-in exception type deriving from ValueError, printed as
 * "json.decoder.JSONDecodeError". Its slots are ValueError's (whose functions
 * are private to exc.c), copied in at the first import. */
static Py2cType jde_type;

/* JSONDecodeError(msg, doc, pos) binds its arguments as decoder.py's
 * __init__(self, msg, doc, pos) does, through a function with that signature. */
static const char *const jde_names[] = {"self", "msg", "doc", "pos"};
static const Py2cCode jde_code = {"json/decoder.py", "JSONDecodeError.__init__", NULL, 0};
static Py2cValue jde_init_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn, (void)p;
    return PY2C_NONE; /* never called: only its binding is used */
}
static const Py2cFuncInfo jde_init_info = {"__init__", "JSONDecodeError.__init__", jde_names, 0, 4, 0, 0,
                                           jde_init_body, &jde_code, NULL, "json.decoder"};
static Py2cValue jde_init_fn; /* owned; zero bits until made */

/* JSONDecodeError(msg, doc, pos): ValueError(errmsg) with the attributes
 * msg, doc, pos, lineno, colno, computed as decoder.py does (through the
 * methods of doc, so the exceptions for odd arguments are CPython's). */
static Py2cValue jde_make(Py2cValue msg, Py2cValue doc, Py2cValue pos) {
    Py2cValue cargs[3] = {PY2C__STR_VAL(s_newline), py2c_int(0), pos};
    Py2cValue count = PY2C_NULL, lineno = PY2C_NULL, rfind = PY2C_NULL, colno = PY2C_NULL, fmtargs = PY2C_NULL;
    Py2cValue errmsg = PY2C_NULL, exc = PY2C_NULL;
    count = py2c_call_method(doc, PY2C__STR_VAL(s_count), cargs, 3, PY2C_NULL);
    if (PY2C_IS_NULL(count)) goto done;
    lineno = py2c_binary_op(count, py2c_int(1), PY2C_OP_ADD);
    if (PY2C_IS_NULL(lineno)) goto done;
    rfind = py2c_call_method(doc, PY2C__STR_VAL(s_rfind), cargs, 3, PY2C_NULL);
    if (PY2C_IS_NULL(rfind)) goto done;
    colno = py2c_binary_op(pos, rfind, PY2C_OP_SUB);
    if (PY2C_IS_NULL(colno)) goto done;
    Py2cValue parts[4] = {msg, lineno, colno, pos};
    fmtargs = py2c_tuple_pack(4, parts);
    if (PY2C_IS_NULL(fmtargs)) goto done;
    errmsg = py2c_str_mod(PY2C__STR_VAL(s_errfmt), fmtargs);
    if (PY2C_IS_NULL(errmsg)) goto done;
    exc = py2c__exc_alloc(&jde_type, &errmsg, 1);
    if (PY2C_IS_NULL(exc)) goto done;
    const char *names[5] = {"msg", "doc", "pos", "lineno", "colno"};
    Py2cValue values[5] = {msg, doc, pos, lineno, colno};
    for (int i = 0; i < 5; i++) {
        Py2cValue name = py2c_str_from_cstr(names[i]);
        int rc = PY2C_IS_NULL(name) ? -1 : py2c_setattr(exc, name, values[i]);
        py2c_decref(name);
        if (rc < 0) {
            PY2C_CLEAR(exc);
            break;
        }
    }
done:
    py2c_decref(count);
    py2c_decref(lineno);
    py2c_decref(rfind);
    py2c_decref(colno);
    py2c_decref(fmtargs);
    py2c_decref(errmsg);
    return exc;
}

static Py2cValue jde_new(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    size_t total = 1 + nargs + py2c__kw_count(kwnames);
    Py2cValue *buf = malloc(sizeof *buf * total), p[4];
    if (!buf) return py2c_error_nomemory();
    buf[0] = self;
    memcpy(buf + 1, args, sizeof *buf * (total - 1));
    int rc = py2c_function_bind((Py2cFunction *)py2c_obj_ptr(jde_init_fn), buf, nargs + 1, kwnames, p);
    free(buf);
    if (rc < 0) return PY2C_NULL;
    Py2cValue r = jde_make(p[1], p[2], p[3]);
    for (int i = 0; i < 4; i++) py2c_decref(p[i]);
    return r;
}

/* Made on first use (the first decoding error may happen on any thread):
 * py2c_once makes the building happen once and publishes it. The only
 * failure is MemoryError, re-raised in every thread that asks. */
static Py2cOnce jde_once = PY2C_ONCE_INIT;
static int jde_failed;

static void jde_shutdown(void) {
    PY2C_CLEAR(jde_init_fn);
    jde_type.name = NULL;
    jde_once = (Py2cOnce)PY2C_ONCE_INIT; /* at exit: no other thread runs */
}

static void jde_build(void) {
    jde_init_fn = py2c_function_new(&jde_init_info, PY2C_NULL, PY2C_NULL, PY2C_NULL);
    if (PY2C_IS_NULL(jde_init_fn) || py2c_atexit_runtime(jde_shutdown) < 0) {
        PY2C_CLEAR(jde_init_fn);
        py2c_error_clear();
        jde_failed = 1;
        return;
    }
    memcpy(&jde_type, &py2c_exc_ValueError, sizeof jde_type);
    jde_type.name = "JSONDecodeError";
    jde_type.module = "json.decoder";
    jde_type.base = &py2c_exc_ValueError;
    jde_type.new_ = jde_new;
}

static int jde_type_ready(void) {
    py2c_once(&jde_once, jde_build);
    if (jde_failed) return (void)py2c_error_nomemory(), -1;
    return 0;
}

Py2cValue py2c__json_error(const char *msg, Py2cValue doc, int64_t pos, int suppress) {
    Py2cValue m = py2c_str_from_cstr(msg);
    if (PY2C_IS_NULL(m)) return m;
    Py2cValue p = py2c_int_from_int64(pos);
    Py2cValue exc = PY2C_IS_NULL(p) ? p : jde_make(m, doc, p);
    py2c_decref(m);
    py2c_decref(p);
    if (PY2C_IS_NULL(exc)) return exc;
    if (!suppress) {
        py2c__error_set(exc);
        return PY2C_NULL;
    }
    /* raw_decode's `except StopIteration as err: raise JSONDecodeError(...)
     * from None`: the StopIteration(pos) is the __context__ (its own context
     * being whatever was handled when loads was called). */
    Py2cValue posv = py2c_int_from_int64(pos);
    Py2cValue stop = PY2C_IS_NULL(posv) ? posv : py2c__exc_alloc(&py2c_exc_StopIteration, &posv, 1);
    py2c_decref(posv);
    if (PY2C_IS_NULL(stop)) {
        py2c_decref(exc);
        return PY2C_NULL;
    }
    py2c__error_set(stop);
    stop = py2c_error_fetch();
    py2c__as_exc(exc)->suppress_context = 1;
    py2c_exc_handled_push(stop);
    py2c__error_set(exc);
    py2c_exc_handled_pop();
    py2c_decref(stop);
    return PY2C_NULL;
}

/* ---- dumps / dump --------------------------------------------------------------- */

enum { O_SKIPKEYS, O_ENSURE_ASCII, O_CHECK_CIRCULAR, O_ALLOW_NAN, O_CLS, O_INDENT, O_SEPARATORS, O_DEFAULT,
       O_SORT_KEYS, O_COUNT };

/* The parameters of dumps and dump, in CPython's order (**kw last). */
static const char *const dumps_names[] = {"obj", "skipkeys", "ensure_ascii", "check_circular", "allow_nan",
                                          "cls", "indent", "separators", "default", "sort_keys", "kw"};
static const char *const dump_names[] = {"obj", "fp", "skipkeys", "ensure_ascii", "check_circular", "allow_nan",
                                         "cls", "indent", "separators", "default", "sort_keys", "kw"};

static int flag(Py2cValue v, int absent) { return PY2C_IS_NULL(v) ? absent : py2c_is_true(v); }
static int given(Py2cValue v) { return !PY2C_IS_NULL(v) && !py2c_is_none(v); }

/* JSONEncoder.__init__: the options a[0..O_COUNT) into *o (without the
 * indent str, which only iterencode computes). 0 or -1. */
static int enc_options(const Py2cValue *a, Py2cJsonEncOpts *o) {
    memset(o, 0, sizeof *o);
    o->indent = PY2C_NULL;
    o->default_fn = PY2C_NULL;
    if ((o->skipkeys = flag(a[O_SKIPKEYS], 0)) < 0 || (o->ensure_ascii = flag(a[O_ENSURE_ASCII], 1)) < 0 ||
        (o->check_circular = flag(a[O_CHECK_CIRCULAR], 1)) < 0 || (o->allow_nan = flag(a[O_ALLOW_NAN], 1)) < 0 ||
        (o->sort_keys = flag(a[O_SORT_KEYS], 0)) < 0)
        return -1;
    o->py_encoder = given(a[O_INDENT]);
    if (given(a[O_DEFAULT])) o->default_fn = a[O_DEFAULT];
    Py2cValue seps = a[O_SEPARATORS];
    if (!given(seps)) {
        o->item_sep = o->py_encoder ? PY2C__STR_VAL(s_comma) : PY2C__STR_VAL(s_comma_space);
        o->key_sep = PY2C__STR_VAL(s_colon_space);
        return 0;
    }
    /* self.item_separator, self.key_separator = separators */
    if (!py2c_is_tuple(seps) && !py2c_is_list(seps)) {
        (void)py2c_error_format(&py2c_exc_TypeError, "cannot unpack non-iterable %s object", py2c_type_name(seps));
        return -1;
    }
    int64_t n = py2c_is_tuple(seps) ? py2c_tuple_size(seps) : py2c_list_size(seps);
    if (n != 2) {
        if (n < 2)
            (void)py2c_error_format(&py2c_exc_ValueError, "not enough values to unpack (expected 2, got %lld)",
                                    (long long)n);
        else
            (void)py2c_error_format(&py2c_exc_ValueError, "too many values to unpack (expected 2)");
        return -1;
    }
    o->item_sep = py2c_is_tuple(seps) ? py2c_tuple_item(seps, 0) : py2c_list_item(seps, 0);
    o->key_sep = py2c_is_tuple(seps) ? py2c_tuple_item(seps, 1) : py2c_list_item(seps, 1);
    /* the C encoder's argument checks (make_encoder's 6th and 7th) */
    if (!py2c_is_str(o->key_sep) || !py2c_is_str(o->item_sep)) {
        int key_bad = !py2c_is_str(o->key_sep);
        (void)py2c_error_format(&py2c_exc_TypeError, "make_encoder() argument %d must be str, not %s",
                                key_bad ? 6 : 7, py2c_type_name(key_bad ? o->key_sep : o->item_sep));
        return -1;
    }
    return 0;
}

/* _make_iterencode's `' ' * indent` unless indent is a str: a new reference
 * in *out (PY2C_NULL for None). 0 or -1. */
static int indent_text(Py2cValue indent, Py2cValue *out) {
    *out = PY2C_NULL;
    if (!given(indent)) return 0;
    if (py2c_is_str(indent)) {
        py2c_incref(indent);
        *out = indent;
        return 0;
    }
    *out = py2c_binary_op(PY2C__STR_VAL(s_space), indent, PY2C_OP_MUL);
    if (PY2C_IS_NULL(*out)) return -1;
    if (!py2c_is_str(*out)) { /* an int-like object whose __rmul__ returned something else */
        (void)py2c_error_format(&py2c_exc_TypeError, "indent must be a str");
        PY2C_CLEAR(*out);
        return -1;
    }
    return 0;
}

static Py2cValue encode_with(Py2cJsonEncOpts *o, Py2cValue indent, Py2cValue obj, Py2cValue fp) {
    Py2cValue ind;
    if (indent_text(indent, &ind) < 0) return PY2C_NULL;
    o->indent = ind;
    Py2cValue r = py2c__json_encode(o, obj, fp);
    py2c_decref(ind);
    return r;
}

/* callable(names[i]=vals[i] for i < n, **extra): extra a dict or PY2C_NULL. */
static Py2cValue call_kw(Py2cValue callable, const char *const *names, const Py2cValue *vals, size_t n,
                         Py2cValue extra) {
    size_t total = n + (PY2C_IS_NULL(extra) ? 0 : (size_t)py2c_dict_size(extra));
    Py2cValue *v = malloc(sizeof *v * (total ? total : 1)), *k = malloc(sizeof *k * (total ? total : 1));
    Py2cValue r = PY2C_NULL, kwnames = PY2C_NULL;
    size_t made = 0;
    if (!v || !k) {
        (void)py2c_error_nomemory();
        goto done;
    }
    for (; made < n; made++) {
        k[made] = py2c_str_from_cstr(names[made]);
        if (PY2C_IS_NULL(k[made])) goto done;
        v[made] = vals[made];
    }
    int64_t pos = 0;
    Py2cValue key, val;
    while (!PY2C_IS_NULL(extra) && made < total && py2c_dict_next(extra, &pos, &key, &val)) {
        py2c_incref(key);
        k[made] = key;
        v[made++] = val;
    }
    kwnames = py2c_tuple_pack(made, k);
    if (!PY2C_IS_NULL(kwnames)) r = py2c_call(callable, v, 0, made ? kwnames : PY2C_NULL);
done:
    for (size_t i = 0; i < made; i++) py2c_decref(k[i]);
    py2c_decref(kwnames);
    free(v);
    free(k);
    return r;
}

/* cls(skipkeys=skipkeys, ..., sort_keys=sort_keys, **kw), a[0..O_COUNT)
 * holding the options: the encoder dumps and dump use when cls or extra
 * keyword arguments are given. */
static Py2cValue make_encoder(const Py2cValue *a, Py2cValue kw) {
    static const int order[] = {O_SKIPKEYS, O_ENSURE_ASCII, O_CHECK_CIRCULAR, O_ALLOW_NAN, O_INDENT,
                                O_SEPARATORS, O_DEFAULT, O_SORT_KEYS};
    static const char *const names[] = {"skipkeys", "ensure_ascii", "check_circular", "allow_nan", "indent",
                                        "separators", "default", "sort_keys"};
    Py2cValue vals[8], cls = a[O_CLS], encoder, decoder;
    for (int i = 0; i < 8; i++) vals[i] = a[order[i]];
    if (!given(cls)) {
        if (py2c__json_classes_ready(&encoder, &decoder) < 0) return PY2C_NULL;
        cls = encoder;
    }
    return call_kw(cls, names, vals, 8, kw);
}

/* dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
 *       allow_nan=True, cls=None, indent=None, separators=None, default=None,
 *       sort_keys=False, **kw) */
static Py2cValue dumps_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    Py2cValue r = PY2C_NULL, *a = p + 1;
    Py2cJsonEncOpts o;
    if (given(a[O_CLS]) || py2c_dict_size(p[10]) > 0) { /* cls(...).encode(obj) */
        Py2cValue enc = make_encoder(a, p[10]);
        if (!PY2C_IS_NULL(enc)) r = py2c_call_method(enc, PY2C__STR_VAL(s_encode), p, 1, PY2C_NULL);
        py2c_decref(enc);
    } else if (enc_options(a, &o) == 0) {
        /* JSONEncoder.encode: a str is quoted directly (indent unused) */
        r = py2c_is_str(p[0]) ? py2c__json_encode_str(p[0], o.ensure_ascii) : encode_with(&o, a[O_INDENT], p[0], PY2C_NULL);
    }
    for (int i = 0; i < 11; i++) py2c_decref(p[i]);
    return r;
}

/* dump(obj, fp, *, <the options of dumps>, **kw) */
static Py2cValue dump_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    Py2cValue r = PY2C_NULL, *a = p + 2;
    Py2cJsonEncOpts o;
    if (given(a[O_CLS]) || py2c_dict_size(p[11]) > 0) { /* for chunk in cls(...).iterencode(obj): fp.write(chunk) */
        Py2cValue enc = make_encoder(a, p[11]);
        Py2cValue chunks = PY2C_IS_NULL(enc) ? PY2C_NULL : py2c_call_method(enc, PY2C__STR_VAL(s_iterencode), p, 1, PY2C_NULL);
        py2c_decref(enc);
        Py2cValue it = PY2C_IS_NULL(chunks) ? PY2C_NULL : py2c_iter(chunks);
        py2c_decref(chunks);
        if (!PY2C_IS_NULL(it)) {
            Py2cValue chunk;
            while (!PY2C_IS_NULL(chunk = py2c_iter_next(it))) {
                Py2cValue w = py2c_call_method(p[1], PY2C__STR_VAL(s_write), &chunk, 1, PY2C_NULL);
                py2c_decref(chunk);
                if (PY2C_IS_NULL(w)) break;
                py2c_decref(w);
            }
            py2c_decref(it);
            if (!py2c_error_occurred()) r = PY2C_NONE;
        }
    } else if (enc_options(a, &o) == 0) {
        o.py_encoder = 1; /* dump always runs iterencode: the Python encoder */
        r = encode_with(&o, a[O_INDENT], p[0], p[1]);
    }
    for (int i = 0; i < 12; i++) py2c_decref(p[i]);
    return r;
}

/* ---- loads / load --------------------------------------------------------------- */

enum { D_CLS, D_OBJECT_HOOK, D_PARSE_FLOAT, D_PARSE_INT, D_PARSE_CONSTANT, D_OBJECT_PAIRS_HOOK, D_COUNT };

static const char *const loads_names[] = {"s", "cls", "object_hook", "parse_float", "parse_int",
                                          "parse_constant", "object_pairs_hook", "kw"};
static const char *const load_names[] = {"fp", "cls", "object_hook", "parse_float", "parse_int",
                                         "parse_constant", "object_pairs_hook", "kw"};

/* JSONDecoder.__init__: `parse_float or float` etc. (a falsy hook is
 * absent, and so are float/int themselves, as the C scanner sees them). */
static int hook_opt(Py2cValue v, const Py2cType *plain, Py2cValue *out) {
    *out = PY2C_NULL;
    if (PY2C_IS_NULL(v)) return 0;
    int t = py2c_is_true(v);
    if (t < 0) return -1;
    if (t && !(plain && v.bits == py2c_type_value(plain).bits)) *out = v;
    return 0;
}

static int dec_options(const Py2cValue *a, Py2cJsonDecOpts *o) {
    o->strict = 1;
    o->object_hook = given(a[D_OBJECT_HOOK]) ? a[D_OBJECT_HOOK] : PY2C_NULL;
    o->object_pairs_hook = given(a[D_OBJECT_PAIRS_HOOK]) ? a[D_OBJECT_PAIRS_HOOK] : PY2C_NULL;
    if (hook_opt(a[D_PARSE_FLOAT], &py2c_float_type, &o->parse_float) < 0 ||
        hook_opt(a[D_PARSE_INT], &py2c_int_type, &o->parse_int) < 0 ||
        hook_opt(a[D_PARSE_CONSTANT], NULL, &o->parse_constant) < 0)
        return -1;
    return 0;
}

/* UTF-16/UTF-32 (errors="surrogatepass"), width 2 or 4; big: byte order;
 * skip: bytes of BOM to drop first. */
static Py2cValue decode_wide(const unsigned char *p, int64_t n, int width, int big, int64_t skip) {
    const char *name = width == 2 ? (big ? "utf-16-be" : "utf-16-le") : (big ? "utf-32-be" : "utf-32-le");
    Py2cTextBuf b;
    py2c__tb_init(&b);
    int64_t i = skip;
    for (; i + width <= n; i += width) {
        uint32_t u = 0;
        for (int k = 0; k < width; k++) u |= (uint32_t)p[i + (big ? k : width - 1 - k)] << (8 * (width - 1 - k));
        if (width == 2 && u >= 0xD800 && u <= 0xDBFF && i + 4 <= n) {
            uint32_t lo = big ? ((uint32_t)p[i + 2] << 8 | p[i + 3]) : ((uint32_t)p[i + 3] << 8 | p[i + 2]);
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                i += 2;
            }
        }
        if (u >= 0x110000) {
            py2c__tb_free(&b);
            return py2c_error_format(&py2c_exc_UnicodeDecodeError,
                                     "'%s' codec can't decode bytes in position %lld-%lld: code point not in range(0x110000)",
                                     name, (long long)i, (long long)(i + 3));
        }
        py2c__tb_add_char(&b, u);
    }
    if (i < n) {
        py2c__tb_free(&b);
        if (n - i == 1)
            return py2c_error_format(&py2c_exc_UnicodeDecodeError,
                                     "'%s' codec can't decode byte 0x%02x in position %lld: truncated data", name,
                                     p[i], (long long)i);
        return py2c_error_format(&py2c_exc_UnicodeDecodeError,
                                 "'%s' codec can't decode bytes in position %lld-%lld: truncated data", name,
                                 (long long)i, (long long)(n - 1));
    }
    return py2c__tb_finish(&b);
}

/* s.decode(detect_encoding(s), 'surrogatepass') for bytes s. */
static Py2cValue decode_bytes(Py2cValue bytes) {
    const unsigned char *p = (const unsigned char *)py2c_bytes_ptr(bytes)->data;
    int64_t n = py2c_bytes_ptr(bytes)->len;
#define STARTS(...) (n >= (int64_t)sizeof((unsigned char[]){__VA_ARGS__}) && \
                     memcmp(p, (unsigned char[]){__VA_ARGS__}, sizeof((unsigned char[]){__VA_ARGS__})) == 0)
    if (STARTS(0x00, 0x00, 0xFE, 0xFF)) return decode_wide(p, n, 4, 1, 4);
    if (STARTS(0xFF, 0xFE, 0x00, 0x00)) return decode_wide(p, n, 4, 0, 4);
    if (STARTS(0xFE, 0xFF)) return decode_wide(p, n, 2, 1, 2);
    if (STARTS(0xFF, 0xFE)) return decode_wide(p, n, 2, 0, 2);
    if (STARTS(0xEF, 0xBB, 0xBF)) return py2c__bytes_decode((const char *)p + 3, n - 3, "utf-8", "surrogatepass");
#undef STARTS
    if (n >= 4) {
        if (!p[0]) return decode_wide(p, n, p[1] ? 2 : 4, 1, 0);
        if (!p[1]) return decode_wide(p, n, p[2] || p[3] ? 2 : 4, 0, 0);
    } else if (n == 2) {
        if (!p[0]) return decode_wide(p, n, 2, 1, 0);
        if (!p[1]) return decode_wide(p, n, 2, 0, 0);
    }
    return py2c__bytes_decode((const char *)p, n, "utf-8", "surrogatepass");
}

/* cls(**kw).decode(doc), kw holding the extra keyword arguments and the
 * hooks that are not None, as json.loads builds it. */
static Py2cValue decode_with_cls(Py2cValue doc, const Py2cValue *a, Py2cValue kw) {
    const char *names[D_COUNT];
    Py2cValue vals[D_COUNT], cls = a[D_CLS], encoder, decoder;
    size_t n = 0;
    for (int i = D_OBJECT_HOOK; i < D_COUNT; i++) {
        if (!given(a[i])) continue;
        names[n] = loads_names[i + 1];
        vals[n++] = a[i];
    }
    if (!given(cls)) {
        if (py2c__json_classes_ready(&encoder, &decoder) < 0) return PY2C_NULL;
        cls = decoder;
    }
    Py2cValue dec = call_kw(cls, names, vals, n, kw);
    if (PY2C_IS_NULL(dec)) return dec;
    Py2cValue r = py2c_call_method(dec, PY2C__STR_VAL(s_decode), &doc, 1, PY2C_NULL);
    py2c_decref(dec);
    return r;
}

static Py2cValue loads_value(Py2cValue s, const Py2cValue *a, Py2cValue kw) {
    Py2cJsonDecOpts o;
    Py2cValue doc;
    if (py2c_is_str(s)) {
        int64_t n;
        const char *t = py2c_str_utf8(s, &n);
        if (n >= 3 && memcmp(t, "\xEF\xBB\xBF", 3) == 0)
            return py2c__json_error("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0, 0);
        py2c_incref(s);
        doc = s;
    } else if (py2c_is_bytes(s)) {
        doc = decode_bytes(s);
        if (PY2C_IS_NULL(doc)) return doc;
    } else {
        return py2c_error_format(&py2c_exc_TypeError, "the JSON object must be str, bytes or bytearray, not %s",
                                 py2c_type_name(s));
    }
    Py2cValue r;
    if (given(a[D_CLS]) || py2c_dict_size(kw) > 0) {
        r = decode_with_cls(doc, a, kw);
    } else {
        r = dec_options(a, &o) < 0 ? PY2C_NULL : py2c__json_decode(&o, doc);
    }
    py2c_decref(doc);
    return r;
}

/* loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
 *       parse_constant=None, object_pairs_hook=None, **kw) */
static Py2cValue loads_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    Py2cValue r = loads_value(p[0], p + 1, p[7]);
    for (int i = 0; i < 8; i++) py2c_decref(p[i]);
    return r;
}

/* load(fp, *, <the options of loads>, **kw): loads(fp.read(), ...) */
static Py2cValue load_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    Py2cValue text = py2c_call_method(p[0], PY2C__STR_VAL(s_read), NULL, 0, PY2C_NULL);
    Py2cValue r = PY2C_IS_NULL(text) ? PY2C_NULL : loads_value(text, p + 1, p[7]);
    py2c_decref(text);
    for (int i = 0; i < 8; i++) py2c_decref(p[i]);
    return r;
}

/* ---- the modules ------------------------------------------------------------------- */

/* Python functions (with C bodies), so that calls bind as CPython's do. */
static const Py2cCode json_code = {"json/__init__.py", "json", NULL, 0};
static const Py2cFuncInfo dumps_info = {"dumps", "dumps", dumps_names, 0, 1, 9, PY2C_FUNC_VARKW,
                                        dumps_body, &json_code, NULL, "json"};
static const Py2cFuncInfo dump_info = {"dump", "dump", dump_names, 0, 2, 9, PY2C_FUNC_VARKW,
                                       dump_body, &json_code, NULL, "json"};
static const Py2cFuncInfo loads_info = {"loads", "loads", loads_names, 0, 1, 6, PY2C_FUNC_VARKW,
                                        loads_body, &json_code, NULL, "json"};
static const Py2cFuncInfo load_info = {"load", "load", load_names, 0, 1, 6, PY2C_FUNC_VARKW,
                                       load_body, &json_code, NULL, "json"};

Py2cValue py2c__module_init_json(void) {
    if (jde_type_ready() < 0) return PY2C_NULL;
    Py2cValue m = py2c_module_new("json");
    if (PY2C_IS_NULL(m)) return m;
    static const char *const all[] = {"dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError",
                                      "JSONEncoder"};
    Py2cValue encoder, decoder;
    if (py2c__json_classes_ready(&encoder, &decoder) < 0) {
        py2c_decref(m);
        return PY2C_NULL;
    }
    const Py2cValue enc_defaults[9] = {PY2C_FALSE, PY2C_TRUE, PY2C_TRUE, PY2C_TRUE, PY2C_NONE,
                                       PY2C_NONE,  PY2C_NONE, PY2C_NONE, PY2C_FALSE};
    const Py2cValue dec_defaults[6] = {PY2C_NONE, PY2C_NONE, PY2C_NONE, PY2C_NONE, PY2C_NONE, PY2C_NONE};
    Py2cValue all_list = py2c_list_new(7);
    int rc = PY2C_IS_NULL(all_list) ? -1 : 0;
    for (size_t i = 0; rc == 0 && i < sizeof all / sizeof all[0]; i++) {
        Py2cValue s = py2c_str_from_cstr(all[i]);
        rc = PY2C_IS_NULL(s) ? -1 : py2c_list_append(all_list, s);
        py2c_decref(s);
    }
    if (rc < 0 || py2c_module_add(m, "__all__", all_list) < 0 || py2c__module_add_str(m, "__version__", "2.0.9") < 0 ||
        py2c__module_add_function(m, &dumps_info, PY2C_NULL, enc_defaults) < 0 ||
        py2c__module_add_function(m, &dump_info, PY2C_NULL, enc_defaults) < 0 ||
        py2c__module_add_function(m, &loads_info, PY2C_NULL, dec_defaults) < 0 ||
        py2c__module_add_function(m, &load_info, PY2C_NULL, dec_defaults) < 0 ||
        py2c_module_add(m, "JSONDecodeError", py2c_type_value(&jde_type)) < 0 ||
        py2c_module_add(m, "JSONEncoder", encoder) < 0 || py2c_module_add(m, "JSONDecoder", decoder) < 0)
        PY2C_CLEAR(m);
    py2c_decref(all_list);
    return m;
}

Py2cValue py2c__module_init_json_decoder(void) {
    if (jde_type_ready() < 0) return PY2C_NULL;
    Py2cValue encoder, decoder;
    if (py2c__json_classes_ready(&encoder, &decoder) < 0) return PY2C_NULL;
    Py2cValue m = py2c_module_new("json.decoder");
    if (!PY2C_IS_NULL(m) && (py2c_module_add(m, "JSONDecodeError", py2c_type_value(&jde_type)) < 0 ||
                             py2c_module_add(m, "JSONDecoder", decoder) < 0))
        PY2C_CLEAR(m);
    return m;
}
