/* Conversions between ints and text: str()/repr()/bin/oct/hex of ints and
 * int(str, base), with CPython 3.11's 4300-digit limit for non-power-of-two
 * bases. Both directions are quadratic in the length (chunks of 9 decimal
 * digits against the whole number), which the limit keeps cheap. */
#include <stdlib.h>
#include <string.h>

#include "number_internal.h"
#include "str_internal.h"

static const char digit_chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

static void magnitude_of(Py2cValue v, Py2cDigit *buf2, const Py2cDigit **d, size_t *n, int *neg) {
    if (py2c_is_obj(v)) {
        Py2cLong *l = py2c__as_long(v);
        *neg = l->size < 0;
        *n = (size_t)(l->size < 0 ? -l->size : l->size);
        *d = l->d;
        return;
    }
    int64_t i = py2c_is_bool(v) ? (int64_t)py2c_bool_value(v) : py2c_small_int_value(v);
    uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    *neg = i < 0;
    buf2[0] = (Py2cDigit)m;
    buf2[1] = (Py2cDigit)(m >> 32);
    *n = m == 0 ? 0 : buf2[1] ? 2 : 1;
    *d = buf2;
}

static Py2cValue limit_error(int64_t ndigits) {
    if (ndigits < 0)
        return py2c_error_format(&py2c_exc_ValueError,
                                 "Exceeds the limit (%d digits) for integer string conversion; "
                                 "use sys.set_int_max_str_digits() to increase the limit",
                                 PY2C__INT_MAX_STR_DIGITS);
    return py2c_error_format(&py2c_exc_ValueError,
                             "Exceeds the limit (%d digits) for integer string conversion: value has %lld "
                             "digits; use sys.set_int_max_str_digits() to increase the limit",
                             PY2C__INT_MAX_STR_DIGITS, (long long)ndigits);
}

char *py2c__long_to_text(Py2cValue v, int base, size_t *len) {
    Py2cDigit buf2[2];
    const Py2cDigit *d;
    size_t n;
    int neg;
    magnitude_of(v, buf2, &d, &n, &neg);
    uint64_t nbits = py2c__long_bit_length(v);
    char *out;
    size_t k = 0;
    if (base == 10) {
        /* log10(2) < 0.30103: nbits * 0.30103 + 1 bounds the digit count */
        if ((double)nbits * 0.30102999566 > PY2C__INT_MAX_STR_DIGITS + 1) {
            (void)limit_error(-1);
            return NULL;
        }
        size_t cap = (size_t)((double)nbits * 0.30103) + 12;
        out = malloc(cap + 2);
        Py2cDigit *work = malloc((n ? n : 1) * sizeof *work);
        if (!out || !work) {
            free(out), free(work);
            (void)py2c_error_nomemory();
            return NULL;
        }
        if (n) memcpy(work, d, n * sizeof *d);
        char *rev = out + 1; /* digits in reverse, sign later */
        while (n > 0) {
            uint64_t rem = 0;
            for (size_t i = n; i-- > 0;) {
                uint64_t cur = rem << 32 | work[i];
                work[i] = (Py2cDigit)(cur / 1000000000u);
                rem = cur % 1000000000u;
            }
            while (n > 0 && work[n - 1] == 0) n--;
            for (int j = 0; j < 9 && (n > 0 || rem > 0); j++) {
                rev[k++] = (char)('0' + rem % 10);
                rem /= 10;
            }
        }
        free(work);
        if (k == 0) rev[k++] = '0';
        if (k > PY2C__INT_MAX_STR_DIGITS) {
            free(out);
            (void)limit_error(-1);
            return NULL;
        }
        for (size_t i = 0; i < k / 2; i++) {
            char t = rev[i];
            rev[i] = rev[k - 1 - i];
            rev[k - 1 - i] = t;
        }
    } else {
        int shift = base == 2 ? 1 : base == 8 ? 3 : 4;
        size_t ndig = nbits ? (size_t)((nbits + (uint64_t)shift - 1) / (uint64_t)shift) : 1;
        out = malloc(ndig + 2);
        if (!out) {
            (void)py2c_error_nomemory();
            return NULL;
        }
        for (size_t i = 0; i < ndig; i++) {
            uint64_t bit = (uint64_t)(ndig - 1 - i) * (uint64_t)shift;
            unsigned val = 0;
            for (int b = shift - 1; b >= 0; b--) {
                uint64_t pos = bit + (uint64_t)b;
                size_t di = (size_t)(pos / 32);
                unsigned bitv = di < n ? (d[di] >> (pos % 32)) & 1 : 0;
                val = val << 1 | bitv;
            }
            out[1 + i] = digit_chars[val];
        }
        k = ndig;
    }
    if (neg) {
        out[0] = '-';
        k++;
    } else {
        memmove(out, out + 1, k);
    }
    out[k] = '\0';
    *len = k;
    return out;
}

int py2c__int_format(int64_t v, char *buf) {
    char tmp[24];
    int k = 0;
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do {
        tmp[k++] = (char)('0' + m % 10);
        m /= 10;
    } while (m);
    int n = 0;
    if (v < 0) buf[n++] = '-';
    while (k) buf[n++] = tmp[--k];
    buf[n] = '\0';
    return n;
}

Py2cValue py2c_int_to_str(Py2cValue v, int base, int with_prefix) {
    if (base == 10 && !py2c_is_obj(v)) {
        char buf[24];
        int64_t i = py2c_is_bool(v) ? (int64_t)py2c_bool_value(v) : py2c_small_int_value(v);
        int n = py2c__int_format(i, buf);
        return py2c_str_from_utf8(buf, n);
    }
    size_t len;
    char *text = py2c__long_to_text(v, base, &len);
    if (!text) return PY2C_NULL;
    Py2cValue r;
    if (with_prefix && base != 10) {
        char *p = malloc(len + 3);
        if (!p) {
            free(text);
            return py2c_error_nomemory();
        }
        size_t k = 0, s = 0;
        if (text[0] == '-') p[k++] = '-', s = 1;
        p[k++] = '0';
        p[k++] = base == 2 ? 'b' : base == 8 ? 'o' : 'x';
        memcpy(p + k, text + s, len - s);
        k += len - s;
        r = py2c_str_from_utf8(p, (int64_t)k);
        free(p);
    } else {
        r = py2c_str_from_utf8(text, (int64_t)len);
    }
    free(text);
    return r;
}

/* ---- parsing --------------------------------------------------------------------- */

static int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* Digits whose value fits an int64 (most int() calls): *out, without
 * allocating a big int; 0 when it does not fit. */
static int digits_to_int64(const char *s, size_t n, int base, int neg, int64_t *out) {
    uint64_t acc = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '_') continue;
        uint64_t d = (uint64_t)digit_value(s[i]);
        if (acc > ((uint64_t)INT64_MAX - d) / (uint64_t)base) return 0;
        acc = acc * (uint64_t)base + d;
    }
    *out = neg ? -(int64_t)acc : (int64_t)acc;
    return 1;
}

Py2cValue py2c__long_from_digits(const char *s, size_t n, int base, int neg) {
    int64_t small;
    if (digits_to_int64(s, n, base, neg, &small)) return py2c_int_from_int64(small);
    /* chunk: the largest power of base that fits a digit */
    uint64_t chunk_mul = base;
    int chunk_len = 1;
    while (chunk_mul * (uint64_t)base <= 0xFFFFFFFFu) chunk_mul *= (uint64_t)base, chunk_len++;
    size_t ndigits = 0;
    for (size_t i = 0; i < n; i++) ndigits += s[i] != '_';
    /* bits needed <= ndigits * log2(base) <= ndigits * 6 */
    size_t cap = ndigits * 6 / 32 + 2;
    Py2cLong *l = py2c__long_alloc(cap);
    if (!l) return PY2C_NULL;
    size_t len = 0;
    uint64_t acc = 0, mul = 1;
    int in_chunk = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && s[i] == '_') continue;
        if (i < n) {
            acc = acc * (uint64_t)base + (uint64_t)digit_value(s[i]);
            mul *= (uint64_t)base;
            in_chunk++;
        }
        if (in_chunk == chunk_len || (i == n && in_chunk > 0)) {
            /* l = l * mul + acc */
            uint64_t carry = acc;
            for (size_t j = 0; j < len; j++) {
                carry += (uint64_t)l->d[j] * mul;
                l->d[j] = (Py2cDigit)carry;
                carry >>= 32;
            }
            if (carry) l->d[len++] = (Py2cDigit)carry;
            acc = 0, mul = 1, in_chunk = 0;
        }
    }
    while (len > 0 && l->d[len - 1] == 0) len--;
    if (len <= 2) {
        uint64_t m = len == 0 ? 0 : len == 1 ? l->d[0] : ((uint64_t)l->d[1] << 32 | l->d[0]);
        if (m <= (uint64_t)PY2C_SMALL_INT_MAX + (neg ? 1u : 0u)) {
            py2c__long_free(l);
            return py2c_int(neg ? -(int64_t)m : (int64_t)m);
        }
    }
    l->size = neg ? -(int64_t)len : (int64_t)len;
    return py2c_obj_value(&l->ob);
}

Py2cValue py2c_int_from_decimal(const char *digits) {
    int neg = digits[0] == '-';
    if (neg || digits[0] == '+') digits++;
    return py2c__long_from_digits(digits, strlen(digits), 10, neg);
}

/* Length in bytes of a whitespace character (as str.isspace) at s, or 0. */
static size_t space_len(const unsigned char *s, size_t n) {
    if (n >= 1 && ((s[0] >= 9 && s[0] <= 13) || (s[0] >= 0x1c && s[0] <= 0x20))) return 1;
    if (n >= 2 && s[0] == 0xC2 && (s[1] == 0x85 || s[1] == 0xA0)) return 2;
    if (n >= 3 && s[0] == 0xE1 && s[1] == 0x9A && s[2] == 0x80) return 3;
    if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 && ((s[2] >= 0x80 && s[2] <= 0x8A) || s[2] == 0xA8 || s[2] == 0xA9 || s[2] == 0xAF))
        return 3;
    if (n >= 3 && s[0] == 0xE2 && s[1] == 0x81 && s[2] == 0x9F) return 3;
    if (n >= 3 && s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80) return 3;
    return 0;
}

static size_t space_len_back(const unsigned char *s, size_t n) {
    for (size_t k = 1; k <= 3 && k <= n; k++)
        if (space_len(s + n - k, k) == k) return k;
    return 0;
}

void py2c__num_strip(const char **s, size_t *n) {
    const unsigned char *p = (const unsigned char *)*s;
    size_t len = *n, k;
    while (len && (k = space_len(p, len)) != 0) p += k, len -= k;
    while (len && (k = space_len_back(p, len)) != 0) len -= k;
    *s = (const char *)p;
    *n = len;
}

static Py2cValue invalid_literal(const char *text, size_t len, int base, Py2cValue orig) {
    Py2cValue s = orig;
    if (PY2C_IS_NULL(orig)) {
        s = py2c_str_from_utf8(text, (int64_t)len);
        if (PY2C_IS_NULL(s)) return s;
    } else {
        py2c_incref(s);
    }
    char *r = py2c__num_str_repr(s, 200);
    py2c_decref(s);
    if (!r) return PY2C_NULL;
    (void)py2c_error_format(&py2c_exc_ValueError, "invalid literal for int() with base %d: %s", base, r);
    free(r);
    return PY2C_NULL;
}

Py2cValue py2c_int_from_string(const char *text, size_t len, int base) {
    return py2c__int_from_text_obj(text, len, base, PY2C_NULL);
}

/* CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: in str text with
 * non-ASCII characters, white space becomes ' ', Unicode decimal digits
 * their ASCII digit, and the text stops with a '?' at any other non-ASCII
 * character (which makes the parse fail). Returns 0 when text is ASCII (no
 * copy), 1 with a malloc'ed *out of *outlen bytes, -1 with MemoryError. */
int py2c__num_to_ascii(const char *text, size_t len, char **out, size_t *outlen) {
    size_t i = 0;
    while (i < len && (unsigned char)text[i] < 0x80) i++;
    if (i == len) return 0;
    char *a = malloc(len + 1);
    if (!a) return (void)py2c_error_nomemory(), -1;
    size_t k = 0;
    int64_t pos = 0;
    while ((size_t)pos < len) {
        uint32_t c = py2c__utf8_next(text, &pos);
        if (c < 0x80) a[k++] = (char)c;
        else if (py2c__uni_isspace(c)) a[k++] = ' ';
        else {
            int d = py2c__uni_decimal(c);
            if (d < 0) {
                a[k++] = '?';
                break;
            }
            a[k++] = (char)('0' + d);
        }
    }
    a[k] = '\0';
    *out = a;
    *outlen = k;
    return 1;
}

static Py2cValue int_from_ascii(const char *text, size_t len, int base, Py2cValue orig);

Py2cValue py2c__int_from_text_obj(const char *text, size_t len, int base, Py2cValue orig) {
    char *a;
    size_t an;
    int r = PY2C_IS_NULL(orig) || py2c_is_str(orig) ? py2c__num_to_ascii(text, len, &a, &an) : 0;
    if (r < 0) return PY2C_NULL;
    if (r == 0) return int_from_ascii(text, len, base, orig);
    Py2cValue o = orig;
    if (PY2C_IS_NULL(o)) o = py2c_str_from_utf8(text, (int64_t)len);
    else py2c_incref(o);
    Py2cValue res = PY2C_IS_NULL(o) ? PY2C_NULL : int_from_ascii(a, an, base, o);
    free(a);
    py2c_decref(o);
    return res;
}

static Py2cValue int_from_ascii(const char *text, size_t len, int base, Py2cValue orig) {
    if (base != 0 && (base < 2 || base > 36))
        return py2c_error_format(&py2c_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    const char *s = text;
    size_t n = len;
    py2c__num_strip(&s, &n);
    int neg = 0, b = base, prefixed = 0;
    size_t i = 0;
    if (i < n && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
    if (i + 1 < n && s[i] == '0') {
        char c = (char)(s[i + 1] | 0x20);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (b == 0 || b == pb)) {
            b = pb;
            prefixed = 1;
            i += 2;
        }
    }
    int zeros_only = 0;
    if (b == 0) {
        b = 10;
        zeros_only = i < n && s[i] == '0'; /* "010" is not a base-0 literal */
    }
    size_t start = i;
    if (prefixed && i < n && s[i] == '_') i++, start = i;
    if (i >= n) return invalid_literal(text, len, base, orig);
    size_t ndigits = 0;
    int prev_us = 1; /* no leading underscore */
    for (; i < n; i++) {
        if (s[i] == '_') {
            if (prev_us) return invalid_literal(text, len, base, orig);
            prev_us = 1;
            continue;
        }
        if (digit_value(s[i]) >= b) return invalid_literal(text, len, base, orig);
        if (zeros_only && s[i] != '0') return invalid_literal(text, len, base, orig);
        prev_us = 0;
        ndigits++;
    }
    if (prev_us) return invalid_literal(text, len, base, orig);
    if ((b & (b - 1)) != 0 && ndigits > PY2C__INT_MAX_STR_DIGITS) return limit_error((int64_t)ndigits);
    return py2c__long_from_digits(s + start, n - start, b, neg);
}
