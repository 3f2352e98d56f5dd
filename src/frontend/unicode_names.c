/* \N{NAME} lookup over the generated name table: see unicode_names.h. */
#include "frontend/unicode_names.h"

#include <stdio.h>
#include <string.h>

/* Longer than any name CPython knows (its NAME_MAXLEN is 256). */
enum { NAME_BUF = 260 };

/* find_syllable: the longest jamo of the column that starts s[0, len) (first
 * wins on a tie; "" matches). Returns its length, or -1 when none matches. */
static int jamo_match(const char *s, size_t len, const char *const *jamo, int count, int *index) {
    int best = -1;
    for (int i = 0; i < count; i++) {
        size_t n = strlen(jamo[i]);
        if ((int)n <= best || n > len || memcmp(s, jamo[i], n) != 0) continue;
        best = (int)n;
        *index = i;
    }
    return best;
}

/* "HANGUL SYLLABLE " already stripped: lead, vowel and trail jamo, exactly. */
static bool hangul_lookup(const char *s, size_t len, uint32_t *cp) {
    int l = -1, v = -1, t = -1;
    int n = jamo_match(s, len, fe_uname_jamo_lead, FE_JAMO_LEAD, &l);
    if (n < 0) return false;
    s += n, len -= (size_t)n;
    n = jamo_match(s, len, fe_uname_jamo_vowel, FE_JAMO_VOWEL, &v);
    if (n < 0) return false;
    s += n, len -= (size_t)n;
    n = jamo_match(s, len, fe_uname_jamo_trail, FE_JAMO_TRAIL, &t);
    if (n < 0 || (size_t)n != len) return false;
    *cp = 0xAC00 + (uint32_t)((l * FE_JAMO_VOWEL + v) * FE_JAMO_TRAIL + t);
    return true;
}

/* "CJK UNIFIED IDEOGRAPH-" already stripped: 4 or 5 upper-case hex digits. */
static bool cjk_lookup(const char *s, size_t len, uint32_t *cp) {
    if (len != 4 && len != 5) return false;
    uint32_t v = 0;
    for (size_t i = 0; i < len; i++) {
        char ch = s[i];
        if (ch >= '0' && ch <= '9') v = v * 16 + (uint32_t)(ch - '0');
        else if (ch >= 'A' && ch <= 'F') v = v * 16 + (uint32_t)(ch - 'A' + 10);
        else return false;
    }
    for (uint32_t k = 0; k < fe_uname_cjk_unified_count; k++) {
        if (v >= fe_uname_cjk_unified[k][0] && v <= fe_uname_cjk_unified[k][1]) {
            *cp = v;
            return true;
        }
    }
    return false;
}

/* An upper-cased name PREFIX-%04X of a code point of the range table. */
static bool range_lookup(const char *s, size_t len, uint32_t *cp) {
    for (uint32_t k = 0; k < fe_uname_range_count; k++) {
        const FeUnicodeRange *r = &fe_uname_ranges[k];
        size_t plen = strlen(r->prefix);
        if (len < plen + 4 || len > plen + 6 || memcmp(s, r->prefix, plen) != 0) continue;
        uint32_t v = 0;
        for (size_t i = plen; i < len; i++) {
            char ch = s[i];
            if (ch >= '0' && ch <= '9') v = v * 16 + (uint32_t)(ch - '0');
            else if (ch >= 'A' && ch <= 'F') v = v * 16 + (uint32_t)(ch - 'A' + 10);
            else return false;
        }
        if (v < r->first || v > r->last) continue;
        char canon[16];
        int n = snprintf(canon, sizeof canon, "%04X", (unsigned)v);
        if ((size_t)n != len - plen || memcmp(canon, s + plen, len - plen) != 0) continue; /* no leading 0s */
        *cp = v;
        return true;
    }
    return false;
}

/* Bytewise order of a[0, alen) and b[0, blen), as the generator sorted them. */
static int name_cmp(const char *a, size_t alen, const char *b, size_t blen) {
    int r = memcmp(a, b, alen < blen ? alen : blen);
    if (r != 0) return r;
    return alen < blen ? -1 : alen > blen;
}

/* The front-coded table: binary search over the blocks' first names (stored
 * whole), then a scan of the one block that can hold the name. */
static bool table_lookup(const char *s, size_t len, uint32_t *cp) {
    uint32_t lo = 0, hi = fe_uname_block_count; /* the block is the last one whose first name <= s */
    while (hi - lo > 1) {
        uint32_t mid = lo + (hi - lo) / 2;
        const uint8_t *e = fe_uname_data + fe_uname_blocks[mid];
        if (name_cmp((const char *)e + 2, e[1], s, len) <= 0) lo = mid;
        else hi = mid;
    }
    const uint8_t *p = fe_uname_data + fe_uname_blocks[lo];
    const uint8_t *end = fe_uname_data + (lo + 1 < fe_uname_block_count ? fe_uname_blocks[lo + 1] : fe_uname_data_size);
    char name[NAME_BUF];
    uint32_t code = 0;
    for (bool first = true; p < end; first = false) {
        uint8_t shared = p[0], suffix = p[1];
        memcpy(name + shared, p + 2, suffix);
        p += 2 + suffix;
        if (first) {
            code = (uint32_t)p[0] << 16 | (uint32_t)p[1] << 8 | p[2];
            p += 3;
        } else { /* zigzag LEB128 difference to the previous entry's */
            uint32_t z = 0;
            for (int bits = 0;; bits += 7) {
                z |= (uint32_t)(*p & 0x7F) << bits;
                if (!(*p++ & 0x80)) break;
            }
            code = z & 1 ? code - (z + 1) / 2 : code + z / 2;
        }
        int r = name_cmp(name, (size_t)shared + suffix, s, len);
        if (r == 0) {
            *cp = code;
            return true;
        }
        if (r > 0) break;
    }
    return false;
}

bool fe_unicode_lookup(const char *name, size_t len, uint32_t *cp) {
    /* CPython tries these two first and, for a name with either prefix
     * (matched case-sensitively), nothing else. */
    static const char hangul[] = "HANGUL SYLLABLE ", cjk[] = "CJK UNIFIED IDEOGRAPH-";
    if (len >= sizeof hangul - 1 && memcmp(name, hangul, sizeof hangul - 1) == 0)
        return hangul_lookup(name + sizeof hangul - 1, len - (sizeof hangul - 1), cp);
    if (len >= sizeof cjk - 1 && memcmp(name, cjk, sizeof cjk - 1) == 0)
        return cjk_lookup(name + sizeof cjk - 1, len - (sizeof cjk - 1), cp);
    if (len == 0 || len > fe_uname_max_len) return false;
    char upper[NAME_BUF];
    for (size_t i = 0; i < len; i++) {
        char ch = name[i];
        upper[i] = ch >= 'a' && ch <= 'z' ? (char)(ch - 'a' + 'A') : ch;
    }
    return range_lookup(upper, len, cp) || table_lookup(upper, len, cp);
}
