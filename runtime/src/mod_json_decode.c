/* json decoding: a recursive-descent parser that follows CPython 3.11's C
 * scanner (Modules/_json.c: scan_once_unicode, _parse_object_unicode,
 * _parse_array_unicode, scanstring_unicode, _match_number_unicode) step by
 * step, so that values, types and every error message and position are the
 * same. It walks the UTF-8 bytes of the document; every decision is taken on
 * an ASCII byte, and positions are turned into code-point indices only when
 * an error is raised. CPython's StopIteration(idx) ("no value here") is the
 * `stopped` flag, turned into "Expecting value" by the top level. */
#include <stdlib.h>
#include <string.h>

#include "mod_json_internal.h"

typedef struct Dec {
    const Py2cJsonDecOpts *o;
    Py2cValue doc;
    const char *s;
    int64_t n;
    int stopped;
    int64_t stop_pos;
} Dec;

static Py2cValue dec_error(Dec *d, const char *msg, int64_t pos) {
    return py2c__json_error(msg, d->doc, py2c__utf8_count(d->s, pos), 0);
}

static Py2cValue stop(Dec *d, int64_t pos) {
    d->stopped = 1;
    d->stop_pos = pos;
    return PY2C_NULL;
}

static int is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static int64_t skip_ws(Dec *d, int64_t i) {
    while (i < d->n && is_ws(d->s[i])) i++;
    return i;
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* scanstring_unicode: the string whose opening quote is at end - 1. */
static Py2cValue scan_string(Dec *d, int64_t end, int64_t *next_end) {
    const char *s = d->s;
    int64_t len = d->n, begin = end - 1, next;
    Py2cTextBuf b;
    int building = 0;
    for (;;) {
        char c = 0;
        for (next = end; next < len; next++) {
            c = s[next];
            if (c == '"' || c == '\\') break;
            if ((unsigned char)c <= 0x1f && d->o->strict) {
                if (building) py2c__tb_free(&b);
                return dec_error(d, "Invalid control character at", next);
            }
        }
        if (next >= len || !(c == '"' || c == '\\')) {
            if (building) py2c__tb_free(&b);
            return dec_error(d, "Unterminated string starting at", begin);
        }
        if (c == '"' && !building) { /* no escapes: one copy */
            *next_end = next + 1;
            return py2c_str_from_utf8(s + end, next - end);
        }
        if (!building) {
            py2c__tb_init(&b);
            building = 1;
        }
        if (next > end) py2c__tb_add(&b, s + end, next - end, -1);
        next++;
        if (c == '"') {
            end = next;
            break;
        }
        if (next == len) {
            py2c__tb_free(&b);
            return dec_error(d, "Unterminated string starting at", begin);
        }
        uint32_t cp;
        c = s[next];
        if (c != 'u') {
            end = next + 1;
            switch (c) {
            case '"': cp = '"'; break;
            case '\\': cp = '\\'; break;
            case '/': cp = '/'; break;
            case 'b': cp = '\b'; break;
            case 'f': cp = '\f'; break;
            case 'n': cp = '\n'; break;
            case 'r': cp = '\r'; break;
            case 't': cp = '\t'; break;
            default:
                py2c__tb_free(&b);
                return dec_error(d, "Invalid \\escape", end - 2);
            }
        } else {
            cp = 0;
            next++;
            end = next + 4;
            if (end >= len) {
                py2c__tb_free(&b);
                return dec_error(d, "Invalid \\uXXXX escape", next - 1);
            }
            for (; next < end; next++) {
                int h = hexval(s[next]);
                if (h < 0) {
                    py2c__tb_free(&b);
                    return dec_error(d, "Invalid \\uXXXX escape", end - 5);
                }
                cp = (cp << 4) | (uint32_t)h;
            }
            /* a high surrogate followed by \u and a low one: joined */
            if (cp >= 0xD800 && cp <= 0xDBFF && end + 6 < len && s[next] == '\\' && s[next + 1] == 'u') {
                uint32_t c2 = 0;
                next += 2;
                end += 6;
                for (; next < end; next++) {
                    int h = hexval(s[next]);
                    if (h < 0) {
                        py2c__tb_free(&b);
                        return dec_error(d, "Invalid \\uXXXX escape", end - 5);
                    }
                    c2 = (c2 << 4) | (uint32_t)h;
                }
                if (c2 >= 0xDC00 && c2 <= 0xDFFF) cp = 0x10000 + (((cp - 0xD800) << 10) | (c2 - 0xDC00));
                else end -= 6;
            }
        }
        py2c__tb_add_char(&b, cp);
    }
    *next_end = end;
    return py2c__tb_finish(&b);
}

static Py2cValue scan_once(Dec *d, int64_t idx, int64_t *next);

/* A new str of s[start, end) (ASCII). */
static Py2cValue ascii_str(Dec *d, int64_t start, int64_t end) { return py2c_str_from_utf8(d->s + start, end - start); }

/* _match_number_unicode. */
static Py2cValue match_number(Dec *d, int64_t start, int64_t *next) {
    const char *s = d->s;
    int64_t end_idx = d->n - 1, idx = start;
    int is_float = 0;
    if (s[idx] == '-') {
        idx++;
        if (idx > end_idx) return stop(d, start);
    }
    if (s[idx] >= '1' && s[idx] <= '9') {
        idx++;
        while (idx <= end_idx && is_digit(s[idx])) idx++;
    } else if (s[idx] == '0') {
        idx++;
    } else {
        return stop(d, start);
    }
    if (idx < end_idx && s[idx] == '.' && is_digit(s[idx + 1])) {
        is_float = 1;
        idx += 2;
        while (idx <= end_idx && is_digit(s[idx])) idx++;
    }
    if (idx < end_idx && (s[idx] == 'e' || s[idx] == 'E')) {
        int64_t e_start = idx;
        idx++;
        if (idx < end_idx && (s[idx] == '-' || s[idx] == '+')) idx++;
        while (idx <= end_idx && is_digit(s[idx])) idx++;
        if (is_digit(s[idx - 1])) is_float = 1;
        else idx = e_start;
    }
    *next = idx;
    Py2cValue hook = is_float ? d->o->parse_float : d->o->parse_int;
    if (!PY2C_IS_NULL(hook)) {
        Py2cValue text = ascii_str(d, start, idx);
        if (PY2C_IS_NULL(text)) return text;
        Py2cValue r = py2c_call(hook, &text, 1, PY2C_NULL);
        py2c_decref(text);
        return r;
    }
    if (is_float) return py2c_float_from_string(s + start, (size_t)(idx - start));
    if (idx - start <= 14) { /* fits a small int (|v| < 2**47) */
        int64_t v = 0;
        for (int64_t i = start + (s[start] == '-'); i < idx; i++) v = v * 10 + (s[i] - '0');
        return py2c_int(s[start] == '-' ? -v : v);
    }
    return py2c_int_from_string(s + start, (size_t)(idx - start), 10);
}

/* _parse_constant: parse_constant("NaN") etc. */
static Py2cValue parse_constant(Dec *d, const char *name, int64_t idx, int64_t *next) {
    *next = idx + (int64_t)strlen(name);
    if (PY2C_IS_NULL(d->o->parse_constant)) {
        double v = name[0] == 'N' ? NAN : name[0] == '-' ? -INFINITY : INFINITY;
        return py2c_float(v);
    }
    Py2cValue text = py2c_str_from_cstr(name);
    if (PY2C_IS_NULL(text)) return text;
    Py2cValue r = py2c_call(d->o->parse_constant, &text, 1, PY2C_NULL);
    py2c_decref(text);
    return r;
}

static Py2cValue call_hook(Py2cValue hook, Py2cValue arg) {
    Py2cValue r = py2c_call(hook, &arg, 1, PY2C_NULL);
    py2c_decref(arg);
    return r;
}

/* _parse_object_unicode: idx is just after '{'. */
static Py2cValue parse_object(Dec *d, int64_t idx, int64_t *next) {
    const char *s = d->s;
    int64_t end_idx = d->n - 1, next_idx;
    int pairs = !PY2C_IS_NULL(d->o->object_pairs_hook);
    Py2cValue rval = pairs ? py2c_list_new(0) : py2c_dict_new();
    if (PY2C_IS_NULL(rval)) return rval;
    idx = skip_ws(d, idx);
    if (idx > end_idx || s[idx] != '}') {
        for (;;) {
            if (idx > end_idx || s[idx] != '"') {
                dec_error(d, "Expecting property name enclosed in double quotes", idx);
                goto bail;
            }
            Py2cValue key = scan_string(d, idx + 1, &next_idx);
            if (PY2C_IS_NULL(key)) goto bail;
            idx = skip_ws(d, next_idx);
            if (idx > end_idx || s[idx] != ':') {
                py2c_decref(key);
                dec_error(d, "Expecting ':' delimiter", idx);
                goto bail;
            }
            idx = skip_ws(d, idx + 1);
            Py2cValue val = scan_once(d, idx, &next_idx);
            if (PY2C_IS_NULL(val)) {
                py2c_decref(key);
                goto bail;
            }
            int rc;
            if (pairs) {
                Py2cValue kv[2] = {key, val};
                Py2cValue item = py2c_tuple_pack(2, kv);
                rc = PY2C_IS_NULL(item) ? -1 : py2c_list_append(rval, item);
                py2c_decref(item);
            } else {
                rc = py2c_dict_setitem(rval, key, val);
            }
            py2c_decref(key);
            py2c_decref(val);
            if (rc < 0) goto bail;
            idx = skip_ws(d, next_idx);
            if (idx <= end_idx && s[idx] == '}') break;
            if (idx > end_idx || s[idx] != ',') {
                dec_error(d, "Expecting ',' delimiter", idx);
                goto bail;
            }
            idx = skip_ws(d, idx + 1);
        }
    }
    *next = idx + 1;
    if (pairs) return call_hook(d->o->object_pairs_hook, rval);
    if (!PY2C_IS_NULL(d->o->object_hook)) return call_hook(d->o->object_hook, rval);
    return rval;
bail:
    py2c_decref(rval);
    return PY2C_NULL;
}

/* _parse_array_unicode: idx is just after '['. */
static Py2cValue parse_array(Dec *d, int64_t idx, int64_t *next) {
    const char *s = d->s;
    int64_t end_idx = d->n - 1, next_idx;
    Py2cValue rval = py2c_list_new(0);
    if (PY2C_IS_NULL(rval)) return rval;
    idx = skip_ws(d, idx);
    if (idx > end_idx || s[idx] != ']') {
        for (;;) {
            Py2cValue val = scan_once(d, idx, &next_idx);
            if (PY2C_IS_NULL(val)) goto bail;
            int rc = py2c_list_append(rval, val);
            py2c_decref(val);
            if (rc < 0) goto bail;
            idx = skip_ws(d, next_idx);
            if (idx <= end_idx && s[idx] == ']') break;
            if (idx > end_idx || s[idx] != ',') {
                dec_error(d, "Expecting ',' delimiter", idx);
                goto bail;
            }
            idx = skip_ws(d, idx + 1);
        }
    }
    *next = idx + 1;
    return rval;
bail:
    py2c_decref(rval);
    return PY2C_NULL;
}

static int word_at(Dec *d, int64_t idx, const char *w) {
    int64_t k = (int64_t)strlen(w);
    return idx + k - 1 < d->n && memcmp(d->s + idx, w, (size_t)k) == 0;
}

/* scan_once_unicode. */
static Py2cValue scan_once(Dec *d, int64_t idx, int64_t *next) {
    if (idx >= d->n) return stop(d, idx);
    Py2cValue r;
    switch (d->s[idx]) {
    case '"': return scan_string(d, idx + 1, next);
    case '{':
        if (py2c__recursion_enter_where(" while decoding a JSON object from a unicode string") < 0) return PY2C_NULL;
        r = parse_object(d, idx + 1, next);
        py2c_recursion_leave();
        return r;
    case '[':
        if (py2c__recursion_enter_where(" while decoding a JSON array from a unicode string") < 0) return PY2C_NULL;
        r = parse_array(d, idx + 1, next);
        py2c_recursion_leave();
        return r;
    case 'n':
        if (word_at(d, idx, "null")) {
            *next = idx + 4;
            return PY2C_NONE;
        }
        break;
    case 't':
        if (word_at(d, idx, "true")) {
            *next = idx + 4;
            return PY2C_TRUE;
        }
        break;
    case 'f':
        if (word_at(d, idx, "false")) {
            *next = idx + 5;
            return PY2C_FALSE;
        }
        break;
    case 'N':
        if (word_at(d, idx, "NaN")) return parse_constant(d, "NaN", idx, next);
        break;
    case 'I':
        if (word_at(d, idx, "Infinity")) return parse_constant(d, "Infinity", idx, next);
        break;
    case '-':
        if (word_at(d, idx, "-Infinity")) return parse_constant(d, "-Infinity", idx, next);
        break;
    default: break;
    }
    return match_number(d, idx, next);
}

Py2cValue py2c__json_decode(const Py2cJsonDecOpts *o, Py2cValue doc) {
    Dec d = {.o = o, .doc = doc};
    d.s = py2c_str_utf8(doc, &d.n);
    int64_t end, idx = skip_ws(&d, 0);
    Py2cValue v = scan_once(&d, idx, &end);
    if (PY2C_IS_NULL(v)) {
        if (d.stopped && !py2c_error_occurred())
            return py2c__json_error("Expecting value", doc, py2c__utf8_count(d.s, d.stop_pos), 1);
        return v;
    }
    end = skip_ws(&d, end);
    if (end != d.n) {
        py2c_decref(v);
        return dec_error(&d, "Extra data", end);
    }
    return v;
}

Py2cValue py2c__json_raw_decode(const Py2cJsonDecOpts *o, Py2cValue doc, int64_t idx, int64_t *end) {
    Dec d = {.o = o, .doc = doc};
    d.s = py2c_str_utf8(doc, &d.n);
    if (idx < 0) return py2c_error_format(&py2c_exc_ValueError, "idx cannot be negative");
    const Py2cStr *ds = py2c__strp(doc);
    if (idx >= ds->nchars) return py2c__json_error("Expecting value", doc, idx, 1);
    int64_t next;
    Py2cValue v = scan_once(&d, py2c__str_offset(ds, idx), &next);
    if (PY2C_IS_NULL(v)) {
        if (d.stopped && !py2c_error_occurred())
            return py2c__json_error("Expecting value", doc, py2c__utf8_count(d.s, d.stop_pos), 1);
        return v;
    }
    *end = py2c__utf8_count(d.s, next);
    return v;
}
