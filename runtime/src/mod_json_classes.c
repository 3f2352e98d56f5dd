/* json.JSONEncoder and json.JSONDecoder: ordinary (heap) classes whose
 * methods are function objects with C bodies, so that user subclasses
 * override default/encode/decode as in CPython, and dumps/loads(cls=...)
 * work. The options live in instance attributes, as in Lib/json, and are read
 * back when encoding or decoding. Differences from CPython: iterencode
 * returns a list of the chunks (CPython: a generator), and an absent
 * parse_constant is stored as None (CPython: a bound dict method). */
#include <string.h>

#include "bltin_internal.h"
#include "mod_json_internal.h"
#include "modsupport.h"
#include "platform.h"

PY2C__STR_CONST(s_default, "default");
PY2C__STR_CONST(s_space, " ");

static Py2cValue attr(Py2cValue obj, const char *name) {
    Py2cValue n = py2c_str_from_cstr(name);
    if (PY2C_IS_NULL(n)) return n;
    Py2cValue v = py2c_getattr(obj, n);
    py2c_decref(n);
    return v;
}

static int set_attr(Py2cValue obj, const char *name, Py2cValue v) {
    Py2cValue n = py2c_str_from_cstr(name);
    if (PY2C_IS_NULL(n)) return -1;
    int rc = py2c_setattr(obj, n, v);
    py2c_decref(n);
    return rc;
}

/* bool(obj.name): 1, 0, -1. */
static int attr_flag(Py2cValue obj, const char *name) {
    Py2cValue v = attr(obj, name);
    if (PY2C_IS_NULL(v)) return -1;
    int t = py2c_is_true(v);
    py2c_decref(v);
    return t;
}

static void release(Py2cValue *p, int n) {
    for (int i = 0; i < n; i++) py2c_decref(p[i]);
}

/* `a, b = seq` with CPython's messages. New references. 0 or -1. */
static int unpack2(Py2cValue seq, Py2cValue *a, Py2cValue *b) {
    Py2cValue l = py2c_list_from_iterable(seq);
    if (PY2C_IS_NULL(l)) {
        if (py2c_error_matches(&py2c_exc_TypeError) && !py2c_is_list(seq) && !py2c_is_tuple(seq)) {
            py2c_error_clear();
            (void)py2c_error_format(&py2c_exc_TypeError, "cannot unpack non-iterable %s object", py2c_type_name(seq));
        }
        return -1;
    }
    int64_t n = py2c_list_size(l);
    if (n != 2) {
        if (n < 2)
            (void)py2c_error_format(&py2c_exc_ValueError, "not enough values to unpack (expected 2, got %lld)",
                                    (long long)n);
        else
            (void)py2c_error_format(&py2c_exc_ValueError, "too many values to unpack (expected 2)");
        py2c_decref(l);
        return -1;
    }
    *a = py2c_list_item(l, 0);
    *b = py2c_list_item(l, 1);
    py2c_incref(*a);
    py2c_incref(*b);
    py2c_decref(l);
    return 0;
}

/* ---- JSONEncoder --------------------------------------------------------------- */

static const Py2cCode encoder_code = {"json/encoder.py", "JSONEncoder", NULL, 0};
static const Py2cCode decoder_code = {"json/decoder.py", "JSONDecoder", NULL, 0};

static const char *const enc_init_params[] = {"self",      "skipkeys", "ensure_ascii", "check_circular", "allow_nan",
                                              "sort_keys", "indent",   "separators",   "default"};

/* __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
 *          allow_nan=True, sort_keys=False, indent=None, separators=None, default=None) */
static Py2cValue enc_init_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    Py2cValue self = p[0];
    int rc = 0;
    for (int i = 1; i <= 6 && rc == 0; i++) rc = set_attr(self, enc_init_params[i], p[i]);
    if (rc == 0 && !py2c_is_none(p[7])) {
        Py2cValue item, key;
        rc = unpack2(p[7], &item, &key);
        if (rc == 0) {
            rc = set_attr(self, "item_separator", item);
            if (rc == 0) rc = set_attr(self, "key_separator", key);
            py2c_decref(item);
            py2c_decref(key);
        }
    } else if (rc == 0 && !py2c_is_none(p[6])) {
        Py2cValue comma = py2c_str_from_cstr(",");
        rc = PY2C_IS_NULL(comma) ? -1 : set_attr(self, "item_separator", comma);
        py2c_decref(comma);
    }
    if (rc == 0 && !py2c_is_none(p[8])) rc = set_attr(self, "default", p[8]);
    release(p, 9);
    return rc < 0 ? PY2C_NULL : PY2C_NONE;
}

static const char *const enc_default_params[] = {"self", "o"};

/* default(self, o): the TypeError for objects it does not know. */
static Py2cValue enc_default_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    const char *name = py2c_type_name(p[1]), *dot = strrchr(name, '.');
    (void)py2c_error_format(&py2c_exc_TypeError, "Object of type %s is not JSON serializable", dot ? dot + 1 : name);
    release(p, 2);
    return PY2C_NULL;
}

/* The encoder options of instance self (new references in held[0..2]:
 * indent str, default method). one_shot: the C encoder when indent is None. */
static int enc_opts_from(Py2cValue self, int one_shot, Py2cJsonEncOpts *o, Py2cValue *held) {
    memset(o, 0, sizeof *o);
    held[0] = held[1] = held[2] = held[3] = PY2C_NULL;
    if ((o->skipkeys = attr_flag(self, "skipkeys")) < 0 || (o->ensure_ascii = attr_flag(self, "ensure_ascii")) < 0 ||
        (o->check_circular = attr_flag(self, "check_circular")) < 0 ||
        (o->allow_nan = attr_flag(self, "allow_nan")) < 0 || (o->sort_keys = attr_flag(self, "sort_keys")) < 0)
        return -1;
    Py2cValue indent = attr(self, "indent");
    if (PY2C_IS_NULL(indent)) return -1;
    if (py2c_is_none(indent) || py2c_is_str(indent)) {
        held[0] = indent;
    } else {
        held[0] = py2c_binary_op(PY2C__STR_VAL(s_space), indent, PY2C_OP_MUL);
        py2c_decref(indent);
        if (PY2C_IS_NULL(held[0])) return -1;
    }
    o->indent = py2c_is_none(held[0]) ? PY2C_NULL : held[0];
    o->py_encoder = !one_shot || !PY2C_IS_NULL(o->indent);
    held[1] = py2c_getattr(self, PY2C__STR_VAL(s_default));
    if (PY2C_IS_NULL(held[1])) return -1;
    o->default_fn = held[1];
    if (PY2C_IS_NULL(held[2] = attr(self, "item_separator")) || PY2C_IS_NULL(held[3] = attr(self, "key_separator")))
        return -1;
    o->item_sep = held[2];
    o->key_sep = held[3];
    if (!py2c_is_str(o->key_sep) || !py2c_is_str(o->item_sep)) {
        int key_bad = !py2c_is_str(o->key_sep);
        (void)py2c_error_format(&py2c_exc_TypeError, "make_encoder() argument %d must be str, not %s",
                                key_bad ? 6 : 7, py2c_type_name(key_bad ? o->key_sep : o->item_sep));
        return -1;
    }
    return 0;
}

/* encode(self, o): the JSON text of o. */
static Py2cValue enc_encode_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    Py2cValue r = PY2C_NULL, held[4];
    Py2cJsonEncOpts o;
    if (py2c_is_str(p[1])) {
        int ascii = attr_flag(p[0], "ensure_ascii");
        if (ascii >= 0) r = py2c__json_encode_str(p[1], ascii);
        release(p, 2);
        return r;
    }
    if (enc_opts_from(p[0], 1, &o, held) == 0) r = py2c__json_encode(&o, p[1], PY2C_NULL);
    release(held, 4);
    release(p, 2);
    return r;
}

static const char *const enc_iterencode_params[] = {"self", "o", "_one_shot"};

/* iterencode(self, o, _one_shot=False): the chunks, as a list. */
static Py2cValue enc_iterencode_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    Py2cValue r = PY2C_NULL, held[4];
    Py2cJsonEncOpts o;
    int one_shot = py2c_is_true(p[2]);
    if (one_shot >= 0 && enc_opts_from(p[0], one_shot, &o, held) == 0) {
        Py2cValue chunks = py2c_list_new(0);
        o.collect_chunks = 1;
        if (!PY2C_IS_NULL(chunks)) r = py2c__json_encode(&o, p[1], chunks);
        py2c_decref(chunks);
    }
    if (one_shot >= 0) release(held, 4);
    release(p, 3);
    return r;
}

static const Py2cFuncInfo enc_init_info = {"__init__", "JSONEncoder.__init__", enc_init_params, 0, 1, 8, 0,
                                           enc_init_body, &encoder_code, NULL, "json.encoder"};
static const Py2cFuncInfo enc_default_info = {"default", "JSONEncoder.default", enc_default_params, 0, 2, 0, 0,
                                              enc_default_body, &encoder_code, NULL, "json.encoder"};
static const Py2cFuncInfo enc_encode_info = {"encode", "JSONEncoder.encode", enc_default_params, 0, 2, 0, 0,
                                             enc_encode_body, &encoder_code, NULL, "json.encoder"};
static const Py2cFuncInfo enc_iterencode_info = {"iterencode", "JSONEncoder.iterencode", enc_iterencode_params, 0, 3,
                                                 0, 0, enc_iterencode_body, &encoder_code, NULL, "json.encoder"};

/* ---- JSONDecoder --------------------------------------------------------------- */

static const char *const dec_init_params[] = {"self",           "object_hook", "parse_float",      "parse_int",
                                              "parse_constant", "strict",      "object_pairs_hook"};

/* __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
 *          parse_constant=None, strict=True, object_pairs_hook=None) */
static Py2cValue dec_init_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    int rc = 0;
    for (int i = 1; i <= 6 && rc == 0; i++) {
        Py2cValue v = p[i];
        /* parse_float or float, parse_int or int */
        int t = (i == 2 || i == 3) ? py2c_is_true(v) : 1;
        if (t < 0) rc = -1;
        else if (!t) v = py2c_type_value(i == 2 ? &py2c_float_type : &py2c_int_type);
        if (rc == 0) rc = set_attr(p[0], dec_init_params[i], v);
    }
    release(p, 7);
    return rc < 0 ? PY2C_NULL : PY2C_NONE;
}

/* The decoder options of instance self (new references in held[0..4]). */
static int dec_opts_from(Py2cValue self, Py2cJsonDecOpts *o, Py2cValue *held) {
    static const char *const names[] = {"object_hook", "object_pairs_hook", "parse_float", "parse_int",
                                        "parse_constant"};
    Py2cValue *slots[] = {&o->object_hook, &o->object_pairs_hook, &o->parse_float, &o->parse_int, &o->parse_constant};
    for (int i = 0; i < 5; i++) held[i] = PY2C_NULL;
    if ((o->strict = attr_flag(self, "strict")) < 0) return -1;
    for (int i = 0; i < 5; i++) {
        held[i] = attr(self, names[i]);
        if (PY2C_IS_NULL(held[i])) return -1;
        Py2cValue v = held[i];
        if (py2c_is_none(v) || (i == 2 && v.bits == py2c_type_value(&py2c_float_type).bits) ||
            (i == 3 && v.bits == py2c_type_value(&py2c_int_type).bits))
            v = PY2C_NULL;
        *slots[i] = v;
    }
    return 0;
}

static const char *const dec_decode_params[] = {"self", "s"};

/* decode(self, s) */
static Py2cValue dec_decode_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    Py2cValue r = PY2C_NULL, held[5];
    Py2cJsonDecOpts o;
    if (!py2c_is_str(p[1])) {
        if (py2c_is_bytes(p[1]))
            (void)py2c_error_format(&py2c_exc_TypeError, "cannot use a string pattern on a bytes-like object");
        else
            (void)py2c_error_format(&py2c_exc_TypeError, "expected string or bytes-like object, got '%s'",
                                    py2c_type_name(p[1]));
        release(p, 2);
        return r;
    }
    if (dec_opts_from(p[0], &o, held) == 0) r = py2c__json_decode(&o, p[1]);
    release(held, 5);
    release(p, 2);
    return r;
}

static const char *const dec_raw_params[] = {"self", "s", "idx"};

/* raw_decode(self, s, idx=0): (value, index after it). */
static Py2cValue dec_raw_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    Py2cValue r = PY2C_NULL, held[5] = {PY2C_NULL, PY2C_NULL, PY2C_NULL, PY2C_NULL, PY2C_NULL};
    Py2cJsonDecOpts o;
    int64_t idx, end;
    if (!py2c_is_str(p[1])) {
        (void)py2c_error_format(&py2c_exc_TypeError, "first argument must be a string, not %s", py2c_type_name(p[1]));
    } else if (py2c__bltin_as_int64(p[2], &idx) == 0 && dec_opts_from(p[0], &o, held) == 0) {
        Py2cValue v = py2c__json_raw_decode(&o, p[1], idx, &end);
        if (!PY2C_IS_NULL(v)) {
            Py2cValue e = py2c_int_from_int64(end);
            Py2cValue pair[2] = {v, e};
            if (!PY2C_IS_NULL(e)) r = py2c_tuple_pack(2, pair);
            py2c_decref(e);
            py2c_decref(v);
        }
    }
    release(held, 5);
    release(p, 3);
    return r;
}

static const Py2cFuncInfo dec_init_info = {"__init__", "JSONDecoder.__init__", dec_init_params, 0, 1, 6, 0,
                                           dec_init_body, &decoder_code, NULL, "json.decoder"};
static const Py2cFuncInfo dec_decode_info = {"decode", "JSONDecoder.decode", dec_decode_params, 0, 2, 0, 0,
                                             dec_decode_body, &decoder_code, NULL, "json.decoder"};
static const Py2cFuncInfo dec_raw_info = {"raw_decode", "JSONDecoder.raw_decode", dec_raw_params, 0, 3, 0, 0,
                                          dec_raw_body, &decoder_code, NULL, "json.decoder"};

/* ---- the classes --------------------------------------------------------------- */

static Py2cValue encoder_cls, decoder_cls; /* owned; zero bits until made */
/* Made on first use, which may be on any thread: py2c_once builds them once
 * and publishes them. */
static Py2cOnce classes_once = PY2C_ONCE_INIT;
static int classes_failed;      /* making them raised classes_error (owned), re-raised on every use */
static Py2cValue classes_error; /* valid only when classes_failed (zero bits are not PY2C_NULL) */

static void classes_shutdown(void) {
    PY2C_CLEAR(encoder_cls);
    PY2C_CLEAR(decoder_cls);
    if (classes_failed) PY2C_CLEAR(classes_error);
    classes_failed = 0;
    classes_once = (Py2cOnce)PY2C_ONCE_INIT; /* at exit: no other thread runs */
}

static Py2cValue make_encoder(void) {
    Py2cValue ns = py2c_dict_new();
    if (PY2C_IS_NULL(ns)) return ns;
    const Py2cValue defs[8] = {PY2C_FALSE, PY2C_TRUE, PY2C_TRUE, PY2C_TRUE, PY2C_FALSE, PY2C_NONE, PY2C_NONE, PY2C_NONE};
    Py2cValue one_shot_default = py2c_tuple_pack(1, &defs[0]);
    int rc = PY2C_IS_NULL(one_shot_default) ? -1 : 0;
    if (rc == 0) rc = py2c__ns_put_stolen(ns, "item_separator", py2c_str_from_cstr(", "));
    if (rc == 0) rc = py2c__ns_put_stolen(ns, "key_separator", py2c_str_from_cstr(": "));
    if (rc == 0) rc = py2c__ns_put_function(ns, &enc_init_info, PY2C_NULL, defs);
    if (rc == 0) rc = py2c__ns_put_function(ns, &enc_default_info, PY2C_NULL, NULL);
    if (rc == 0) rc = py2c__ns_put_function(ns, &enc_encode_info, PY2C_NULL, NULL);
    if (rc == 0) rc = py2c__ns_put_function(ns, &enc_iterencode_info, one_shot_default, NULL);
    py2c_decref(one_shot_default);
    if (rc < 0) PY2C_CLEAR(ns);
    return py2c__class_make(NULL, "JSONEncoder", "json.encoder", PY2C_NULL, ns);
}

static Py2cValue make_decoder(void) {
    Py2cValue ns = py2c_dict_new();
    if (PY2C_IS_NULL(ns)) return ns;
    const Py2cValue defs[6] = {PY2C_NONE, PY2C_NONE, PY2C_NONE, PY2C_NONE, PY2C_TRUE, PY2C_NONE};
    Py2cValue zero = py2c_int(0);
    Py2cValue idx_default = py2c_tuple_pack(1, &zero);
    int rc = PY2C_IS_NULL(idx_default) ? -1 : 0;
    if (rc == 0) rc = py2c__ns_put_function(ns, &dec_init_info, PY2C_NULL, defs);
    if (rc == 0) rc = py2c__ns_put_function(ns, &dec_decode_info, PY2C_NULL, NULL);
    if (rc == 0) rc = py2c__ns_put_function(ns, &dec_raw_info, idx_default, NULL);
    py2c_decref(idx_default);
    if (rc < 0) PY2C_CLEAR(ns);
    return py2c__class_make(NULL, "JSONDecoder", "json.decoder", PY2C_NULL, ns);
}

static void classes_build(void) {
    if (py2c_atexit_runtime(classes_shutdown) < 0) {
        (void)py2c_error_nomemory();
    } else {
        encoder_cls = make_encoder();
        decoder_cls = PY2C_IS_NULL(encoder_cls) ? PY2C_NULL : make_decoder();
        if (!PY2C_IS_NULL(decoder_cls)) return;
        PY2C_CLEAR(encoder_cls);
    }
    classes_error = py2c_error_fetch();
    classes_failed = 1;
}

int py2c__json_classes_ready(Py2cValue *encoder, Py2cValue *decoder) {
    py2c_once(&classes_once, classes_build);
    if (classes_failed) {
        py2c_incref(classes_error);
        py2c_error_restore(classes_error);
        return -1;
    }
    *encoder = encoder_cls;
    *decoder = decoder_cls;
    return 0;
}
