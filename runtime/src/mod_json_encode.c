/* json encoding: dumps and dump (see mod_json_internal.h for which CPython
 * encoder each follows). The traversal mirrors Lib/json/encoder.py's
 * _make_iterencode: text goes into a buffer, and every point where that
 * generator yields is an enc_yield() call, which for dump hands the pending
 * text to fp.write (so fp sees CPython's chunks, and an error leaves exactly
 * the chunks written before it). For dumps enc_yield does nothing. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bltin_internal.h"
#include "container_internal.h"
#include "mod_json_internal.h"
#include "number_internal.h"

PY2C__STR_CONST(s_write, "write");
PY2C__STR_CONST(s_items, "items");

typedef struct Enc {
    const Py2cJsonEncOpts *o;
    Py2cTextBuf buf;
    Py2cValue fp;       /* dump: the file; PY2C_NULL for dumps */
    uint64_t *markers;  /* containers being encoded (check_circular), by value bits */
    size_t nmarkers, capmarkers;
} Enc;

static int enc_yield(Enc *e) {
    if (e->buf.failed) return -1;
    if (PY2C_IS_NULL(e->fp)) return 0;
    Py2cValue chunk = py2c__tb_finish(&e->buf);
    py2c__tb_init(&e->buf);
    if (PY2C_IS_NULL(chunk)) return -1;
    if (e->o->collect_chunks) {
        int rc = py2c_list_append(e->fp, chunk);
        py2c_decref(chunk);
        return rc;
    }
    Py2cValue r = py2c_call_method(e->fp, PY2C__STR_VAL(s_write), &chunk, 1, PY2C_NULL);
    py2c_decref(chunk);
    if (PY2C_IS_NULL(r)) return -1;
    py2c_decref(r);
    return 0;
}

/* ---- scalars ------------------------------------------------------------------- */

static void add_uescape(Py2cTextBuf *b, uint32_t c) {
    char t[8];
    int n = snprintf(t, sizeof t, "\\u%04x", (unsigned)c);
    py2c__tb_add(b, t, n, n);
}

/* encode_basestring_ascii / encode_basestring of Modules/_json.c. */
static void enc_string(Py2cTextBuf *b, Py2cValue s, int ascii) {
    int64_t n;
    const char *p = py2c_str_utf8(s, &n);
    py2c__tb_add_char(b, '"');
    int64_t i = 0, run = 0;
    while (i < n) {
        unsigned char c = (unsigned char)p[i];
        if (c >= 0x80 && !ascii) {
            i++;
            continue;
        }
        if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
            i++;
            continue;
        }
        if (c == 0x7f && !ascii) {
            i++;
            continue;
        }
        if (i > run) py2c__tb_add(b, p + run, i - run, ascii ? i - run : -1);
        uint32_t cp = py2c__utf8_next(p, &i);
        run = i;
        const char *esc = NULL;
        switch (cp) {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        default: break;
        }
        if (esc) {
            py2c__tb_add(b, esc, 2, 2);
        } else if (cp >= 0x10000) {
            uint32_t v = cp - 0x10000;
            add_uescape(b, 0xD800 | (v >> 10));
            add_uescape(b, 0xDC00 | (v & 0x3FF));
        } else {
            add_uescape(b, cp);
        }
    }
    if (i > run) py2c__tb_add(b, p + run, i - run, ascii ? i - run : -1);
    py2c__tb_add_char(b, '"');
}

Py2cValue py2c__json_encode_str(Py2cValue s, int ensure_ascii) {
    Py2cTextBuf b;
    py2c__tb_init(&b);
    enc_string(&b, s, ensure_ascii);
    return py2c__tb_finish(&b);
}

/* floatstr: repr, or NaN/Infinity/-Infinity unless allow_nan is false. */
static int enc_float(Enc *e, double x) {
    char buf[40];
    if (isfinite(x)) {
        int n = py2c_float_repr_buf(x, buf);
        py2c__tb_add(&e->buf, buf, n, n);
        return 0;
    }
    const char *text = isnan(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity";
    if (!e->o->allow_nan) {
        if (e->o->py_encoder)
            (void)py2c_error_format(&py2c_exc_ValueError, "Out of range float values are not JSON compliant: %s",
                                    isnan(x) ? "nan" : x > 0 ? "inf" : "-inf");
        else
            (void)py2c_error_format(&py2c_exc_ValueError, "Out of range float values are not JSON compliant");
        return -1;
    }
    py2c__tb_add_cstr(&e->buf, text);
    return 0;
}

/* int.__repr__ (bools excluded by the callers). */
static int enc_int(Enc *e, Py2cValue v) {
    if (py2c_is_small_int(v)) {
        char buf[32];
        int n = py2c__int_format(py2c_small_int_value(v), buf);
        py2c__tb_add(&e->buf, buf, n, n);
        return 0;
    }
    Py2cValue s = py2c_int_to_str(v, 10, 0);
    if (PY2C_IS_NULL(s)) return -1;
    py2c__tb_add_str(&e->buf, s);
    py2c_decref(s);
    return 0;
}

/* Appends the text of a str, None, bool, int or float: 1; 0 (nothing
 * appended) for other values; -1 on error. */
static int enc_scalar(Enc *e, Py2cValue v) {
    if (py2c_is_str(v)) {
        enc_string(&e->buf, v, e->o->ensure_ascii);
        return 1;
    }
    if (py2c_is_none(v)) {
        py2c__tb_add_cstr(&e->buf, "null");
        return 1;
    }
    if (py2c_is_bool(v)) {
        py2c__tb_add_cstr(&e->buf, py2c_bool_value(v) ? "true" : "false");
        return 1;
    }
    if (py2c_is_int(v)) return enc_int(e, v) < 0 ? -1 : 1;
    if (py2c_is_float(v)) return enc_float(e, py2c_float_value(v)) < 0 ? -1 : 1;
    return 0;
}

/* ---- containers ------------------------------------------------------------------ */

static int marker_push(Enc *e, Py2cValue v) {
    if (!e->o->check_circular) return 0;
    for (size_t i = 0; i < e->nmarkers; i++) {
        if (e->markers[i] == v.bits) {
            (void)py2c_error_format(&py2c_exc_ValueError, "Circular reference detected");
            return -1;
        }
    }
    if (e->nmarkers == e->capmarkers) {
        size_t cap = e->capmarkers ? e->capmarkers * 2 : 16;
        uint64_t *m = realloc(e->markers, cap * sizeof *m);
        if (!m) {
            (void)py2c_error_nomemory();
            return -1;
        }
        e->markers = m;
        e->capmarkers = cap;
    }
    e->markers[e->nmarkers++] = v.bits;
    return 0;
}

static void marker_pop(Enc *e) {
    if (e->o->check_circular) e->nmarkers--;
}

/* One level deeper, with the RecursionError text of the encoder followed. */
static int enc_enter(Enc *e) {
    return py2c__recursion_enter_where(e->o->py_encoder ? " while calling a Python object"
                                                        : " while encoding a JSON object");
}

static void add_newline_indent(Enc *e, int64_t level) {
    py2c__tb_add_char(&e->buf, '\n');
    for (int64_t i = 0; i < level; i++) py2c__tb_add_str(&e->buf, e->o->indent);
}

/* type(v).__name__: built-in types of modules carry a dotted name
 * ("collections.deque", CPython's tp_name) that messages of the Python
 * encoder shorten. */
static const char *short_type_name(Py2cValue v) {
    const char *n = py2c_type_name(v), *dot = strrchr(n, '.');
    return dot ? dot + 1 : n;
}

static int is_kind(Py2cValue v, const Py2cType *t) {
    return py2c_is_obj(v) && py2c_type_is_subtype(py2c_obj_ptr(v)->type, t);
}

static int enc_nonscalar(Enc *e, Py2cValue v, int64_t level);

/* _iterencode(o): any value. */
static int enc_any(Enc *e, Py2cValue v, int64_t level) {
    int r = enc_scalar(e, v);
    if (r < 0) return -1;
    if (r > 0) return enc_yield(e);
    return enc_nonscalar(e, v, level);
}

/* seq[i] as a new reference in *out while i is in range (1, else 0). A list
 * is read under its stripe: another thread, or a default hook, may change
 * it while it is encoded. */
static int seq_fetch(Py2cValue seq, int is_list, int64_t i, Py2cValue *out) {
    if (is_list) return py2c__list_fetch(seq, i, out);
    if (i >= py2c_tuple_size(seq)) return 0;
    py2c_incref(*out = py2c_tuple_item(seq, i));
    return 1;
}

/* _iterencode_list for a list or tuple. */
static int enc_list(Enc *e, Py2cValue v, int64_t level) {
    Py2cValue seq;
    if (py2c_is_list(v) || py2c_is_tuple(v)) {
        py2c_incref(v);
        seq = v;
    } else {
        seq = py2c_list_from_iterable(v); /* subclasses: iterate them as `for value in lst` does */
        if (PY2C_IS_NULL(seq)) return -1;
    }
    int is_list = py2c_is_list(seq);
    int rc = -1;
    if ((is_list ? py2c__list_size_shared(seq) : py2c_tuple_size(seq)) == 0) {
        py2c__tb_add_cstr(&e->buf, "[]");
        rc = enc_yield(e);
        py2c_decref(seq);
        return rc;
    }
    if (marker_push(e, v) < 0) goto out;
    if (enc_enter(e) < 0) {
        marker_pop(e);
        goto out;
    }
    py2c__tb_add_char(&e->buf, '[');
    if (!PY2C_IS_NULL(e->o->indent)) add_newline_indent(e, ++level);
    Py2cValue item;
    for (int64_t i = 0; seq_fetch(seq, is_list, i, &item); i++) {
        if (i > 0) {
            py2c__tb_add_str(&e->buf, e->o->item_sep);
            if (!PY2C_IS_NULL(e->o->indent)) add_newline_indent(e, level);
        }
        int r = enc_scalar(e, item);
        if (r == 0) r = enc_yield(e) < 0 ? -1 : enc_nonscalar(e, item, level);
        else if (r > 0) r = enc_yield(e);
        py2c_decref(item);
        if (r < 0) goto leave;
    }
    if (!PY2C_IS_NULL(e->o->indent)) {
        add_newline_indent(e, --level);
        if (enc_yield(e) < 0) goto leave;
    }
    py2c__tb_add_char(&e->buf, ']');
    rc = enc_yield(e);
leave:
    py2c_recursion_leave();
    marker_pop(e);
out:
    py2c_decref(seq);
    return rc;
}

/* dct.items() as a list of (key, value) tuples (a snapshot, as the C
 * encoder's PyMapping_Items), sorted when sort_keys. */
static Py2cValue dict_items(Enc *e, Py2cValue d) {
    Py2cValue items;
    if (py2c_is_dict(d)) {
        items = py2c_list_new((size_t)py2c_dict_size(d));
        if (PY2C_IS_NULL(items)) return items;
        int64_t pos = 0;
        Py2cValue kv[2];
        while (py2c_dict_next(d, &pos, &kv[0], &kv[1])) {
            Py2cValue t = py2c_tuple_pack(2, kv);
            if (PY2C_IS_NULL(t) || py2c_list_append(items, t) < 0) {
                py2c_decref(t);
                py2c_decref(items);
                return PY2C_NULL;
            }
            py2c_decref(t);
        }
    } else {
        Py2cValue view = py2c_call_method(d, PY2C__STR_VAL(s_items), NULL, 0, PY2C_NULL);
        if (PY2C_IS_NULL(view)) return view;
        items = py2c_list_from_iterable(view);
        py2c_decref(view);
        if (PY2C_IS_NULL(items)) return items;
    }
    if (e->o->sort_keys && py2c_list_sort(items, PY2C_NULL, 0) < 0) PY2C_CLEAR(items);
    return items;
}

/* The text of a dict key as a str (new reference); PY2C_NULL with no
 * exception: skip it (skipkeys). */
static Py2cValue key_text(Enc *e, Py2cValue key) {
    if (py2c_is_str(key)) {
        py2c_incref(key);
        return key;
    }
    const char *c = NULL;
    if (py2c_is_none(key)) c = "null";
    else if (py2c_is_bool(key)) c = py2c_bool_value(key) ? "true" : "false";
    if (c) return py2c_str_from_cstr(c);
    if (py2c_is_float(key) || py2c_is_int(key)) {
        Py2cTextBuf saved = e->buf;
        py2c__tb_init(&e->buf);
        int r = py2c_is_float(key) ? enc_float(e, py2c_float_value(key)) : enc_int(e, key);
        Py2cValue s = py2c__tb_finish(&e->buf);
        e->buf = saved;
        if (r < 0) PY2C_CLEAR(s);
        return s;
    }
    if (e->o->skipkeys) return PY2C_NULL;
    return py2c_error_format(&py2c_exc_TypeError, "keys must be str, int, float, bool or None, not %s",
                             e->o->py_encoder ? short_type_name(key) : py2c_type_name(key));
}

/* _iterencode_dict. */
static int enc_dict(Enc *e, Py2cValue d, int64_t level) {
    int64_t size = py2c_is_dict(d) ? py2c_dict_size(d) : py2c_len(d);
    if (size < 0) return -1;
    if (size == 0) {
        py2c__tb_add_cstr(&e->buf, "{}");
        return enc_yield(e);
    }
    if (marker_push(e, d) < 0) return -1;
    if (enc_enter(e) < 0) {
        marker_pop(e);
        return -1;
    }
    int rc = -1;
    Py2cValue items = PY2C_NULL;
    py2c__tb_add_char(&e->buf, '{');
    if (enc_yield(e) < 0) goto leave;
    int indented = !PY2C_IS_NULL(e->o->indent);
    if (indented) {
        add_newline_indent(e, ++level);
        if (enc_yield(e) < 0) goto leave;
    }
    items = dict_items(e, d);
    if (PY2C_IS_NULL(items)) goto leave;
    int first = 1;
    for (int64_t i = 0; i < py2c_list_size(items); i++) {
        Py2cValue pair = py2c_list_item(items, i);
        if (!py2c_is_tuple(pair) || py2c_tuple_size(pair) != 2) {
            (void)py2c_error_format(&py2c_exc_ValueError, "items must return 2-tuples");
            goto leave;
        }
        Py2cValue key = py2c_tuple_item(pair, 0), value = py2c_tuple_item(pair, 1);
        Py2cValue k = key_text(e, key);
        if (PY2C_IS_NULL(k)) {
            if (py2c_error_occurred()) goto leave;
            continue;
        }
        if (!first) {
            py2c__tb_add_str(&e->buf, e->o->item_sep);
            if (indented) add_newline_indent(e, level);
            if (enc_yield(e) < 0) {
                py2c_decref(k);
                goto leave;
            }
        }
        first = 0;
        enc_string(&e->buf, k, e->o->ensure_ascii);
        py2c_decref(k);
        if (enc_yield(e) < 0) goto leave;
        py2c__tb_add_str(&e->buf, e->o->key_sep);
        if (enc_yield(e) < 0) goto leave;
        int r = enc_scalar(e, value);
        if (r < 0) goto leave;
        if ((r > 0 ? enc_yield(e) : enc_nonscalar(e, value, level)) < 0) goto leave;
    }
    if (indented) {
        add_newline_indent(e, --level);
        if (enc_yield(e) < 0) goto leave;
    }
    py2c__tb_add_char(&e->buf, '}');
    rc = enc_yield(e);
leave:
    py2c_decref(items);
    py2c_recursion_leave();
    marker_pop(e);
    return rc;
}

/* A list, tuple, dict, or anything else (through default). */
static int enc_nonscalar(Enc *e, Py2cValue v, int64_t level) {
    if (is_kind(v, &py2c_list_type) || is_kind(v, &py2c_tuple_type)) return enc_list(e, v, level);
    if (is_kind(v, &py2c_dict_type)) return enc_dict(e, v, level);
    if (marker_push(e, v) < 0) return -1;
    if (enc_enter(e) < 0) {
        marker_pop(e);
        return -1;
    }
    int rc = -1;
    if (PY2C_IS_NULL(e->o->default_fn)) {
        (void)py2c_error_format(&py2c_exc_TypeError, "Object of type %s is not JSON serializable",
                                short_type_name(v));
    } else {
        Py2cValue nv = py2c_call(e->o->default_fn, &v, 1, PY2C_NULL);
        if (!PY2C_IS_NULL(nv)) {
            rc = enc_any(e, nv, level);
            py2c_decref(nv);
        }
    }
    py2c_recursion_leave();
    marker_pop(e);
    return rc;
}

Py2cValue py2c__json_encode(const Py2cJsonEncOpts *o, Py2cValue obj, Py2cValue fp) {
    Enc e = {.o = o, .fp = fp};
    py2c__tb_init(&e.buf);
    int rc = enc_any(&e, obj, 0);
    free(e.markers);
    if (rc < 0) {
        py2c__tb_free(&e.buf);
        return PY2C_NULL;
    }
    if (!PY2C_IS_NULL(fp)) {
        py2c__tb_free(&e.buf);
        if (o->collect_chunks) py2c_incref(fp);
        return o->collect_chunks ? fp : PY2C_NONE;
    }
    return py2c__tb_finish(&e.buf);
}
