/* The json module's pieces (mod_json.c: the module, argument handling and
 * json.JSONDecodeError; mod_json_encode.c: dumps/dump; mod_json_decode.c:
 * loads/load). Behaviour, text and messages are CPython 3.11's: dumps without
 * indent follows the C encoder (Modules/_json.c), dumps with indent and dump
 * follow the pure-Python one (Lib/json/encoder.py: the two differ in a few
 * messages and dump writes the Python encoder's chunks one fp.write each);
 * parsing follows the C scanner. Private to the runtime. */
#ifndef PY2C_MOD_JSON_INTERNAL_H
#define PY2C_MOD_JSON_INTERNAL_H

#include "str_internal.h"

typedef struct Py2cJsonEncOpts {
    int skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys;
    /* 1: Lib/json/encoder.py's _make_iterencode (indent given, or dump);
     * 0: the C encoder of dumps. */
    int py_encoder;
    Py2cValue indent;             /* the indent str (borrowed), PY2C_NULL for None */
    Py2cValue item_sep, key_sep;  /* str (borrowed) */
    Py2cValue default_fn;         /* borrowed; PY2C_NULL for None */
    /* iterencode: the fp of py2c__json_encode is a list that collects the
     * chunks instead of a file. */
    int collect_chunks;
} Py2cJsonEncOpts;

/* The JSON text of obj (fp PY2C_NULL: dumps), or obj written to fp as the
 * Python encoder's chunks, one fp.write(chunk) each (dump: returns None).
 * The options' indent must already be a str. */
PY2C_WARN_UNUSED Py2cValue py2c__json_encode(const Py2cJsonEncOpts *o, Py2cValue obj, Py2cValue fp);
/* A str as a quoted JSON string (encode_basestring[_ascii]). */
PY2C_WARN_UNUSED Py2cValue py2c__json_encode_str(Py2cValue s, int ensure_ascii);

typedef struct Py2cJsonDecOpts {
    int strict;
    /* borrowed; PY2C_NULL for None (or, for parse_float/parse_int, the
     * float/int types themselves, which the C scanner treats as absent) */
    Py2cValue object_hook, object_pairs_hook, parse_float, parse_int, parse_constant;
} Py2cJsonDecOpts;

/* JSONDecoder.decode(doc) for a str doc. */
PY2C_WARN_UNUSED Py2cValue py2c__json_decode(const Py2cJsonDecOpts *o, Py2cValue doc);

/* JSONDecoder.raw_decode(doc, idx): the value starting exactly at code point
 * idx; *end gets the code-point index after it. */
PY2C_WARN_UNUSED Py2cValue py2c__json_raw_decode(const Py2cJsonDecOpts *o, Py2cValue doc, int64_t idx, int64_t *end);

/* The JSONEncoder and JSONDecoder classes (mod_json_classes.c), made once
 * at the first import of json: borrowed (the json module holds them). */
PY2C_WARN_UNUSED int py2c__json_classes_ready(Py2cValue *encoder, Py2cValue *decoder);

/* Raises json.JSONDecodeError(msg, doc, pos) (pos in code points); returns
 * PY2C_NULL. suppress: as `raise ... from None`. */
Py2cValue py2c__json_error(const char *msg, Py2cValue doc, int64_t pos, int suppress);

#endif
