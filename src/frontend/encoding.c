/* PEP 263 source encodings (see encoding.h).
 *
 * Names: CPython's tokenizer hands the cookie to codecs.lookup, which lower-
 * cases it, turns each run of punctuation into one '_' and looks the result up
 * in the encodings package: first its alias table, then a codec module of that
 * name. CODECS below lists every codec module of CPython 3.11's encodings
 * package with the aliases that reach it (encodings/aliases.py; mbcs and oem,
 * Windows only, are left out: on Linux CPython says "unknown encoding").
 *
 * Decoding: CPython decodes the whole file with the codec before it tokenizes
 * (Parser/tokenizer.c, decode_str). Single-byte codecs are decoded here with a
 * 256-entry table built from glibc's iconv converter of the same name, with
 * the bytes where glibc's table differs from Python's corrected (OVERRIDES;
 * every single-byte codec below was compared with Python's on all 256 bytes).
 * Multi-byte codecs go through iconv directly, and only those whose glibc
 * converter decodes every 1- and 2-byte sequence as Python does (cp949,
 * gb2312); the others (shift_jis maps '\' to the yen sign, big5 and euc_jp
 * accept bytes Python rejects, ...) would change string literals silently, so
 * py2c refuses them once the file has non-ASCII bytes (CODEC_ASCII_ONLY), or
 * at all when even ASCII text would not read as ASCII (CODEC_UNSUPPORTED:
 * utf_16, unicode_escape, ...). */
#include "frontend/encoding.h"

#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/strbuf.h"
#include "common/util.h"

typedef enum CodecKind {
    CODEC_UTF8,        /* utf_8 reached by an alias (utf8, u8, ...): validated, not converted */
    CODEC_ASCII,
    CODEC_LATIN1,      /* every byte is its code point */
    CODEC_CHARMAP,     /* a single-byte table (Python's charmap_decode) */
    CODEC_MULTIBYTE,   /* iconv, stateless, decodes as Python's CJK codec */
    CODEC_NOT_TEXT,
    CODEC_UNDEFINED,
    CODEC_ASCII_ONLY,  /* not reproduced; reads ASCII bytes as ASCII */
    CODEC_UNSUPPORTED, /* not reproduced (utf_16, unicode_escape, ...) */
} CodecKind;

struct FeCodec {
    const char *name;    /* the codec module's name (as CPython's messages write it) */
    CodecKind kind;
    const char *iconv;   /* glibc's name for it, or NULL */
    const char *aliases; /* separated by spaces */
};

static const FeCodec CODECS[] = {
    {"ascii", CODEC_ASCII, "ASCII", "646 ansi_x3.4_1968 ansi_x3.4_1986 ansi_x3_4_1968 cp367 csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6 us us_ascii"},
    {"base64_codec", CODEC_NOT_TEXT, NULL, "base64 base_64"},
    {"big5", CODEC_ASCII_ONLY, NULL, "big5_tw csbig5 x_mac_trad_chinese"},
    {"big5hkscs", CODEC_ASCII_ONLY, NULL, "big5_hkscs hkscs"},
    {"bz2_codec", CODEC_NOT_TEXT, NULL, "bz2"},
    {"charmap", CODEC_LATIN1, "ISO-8859-1", ""},
    {"cp037", CODEC_CHARMAP, "IBM037", "037 csibm037 ebcdic_cp_ca ebcdic_cp_nl ebcdic_cp_us ebcdic_cp_wt ibm037 ibm039"},
    {"cp1006", CODEC_ASCII_ONLY, NULL, ""},
    {"cp1026", CODEC_CHARMAP, "IBM1026", "1026 csibm1026 ibm1026"},
    {"cp1125", CODEC_CHARMAP, "CP1125", "1125 cp866u ibm1125 ruscii"},
    {"cp1140", CODEC_CHARMAP, "IBM1140", "1140 ibm1140"},
    {"cp1250", CODEC_CHARMAP, "CP1250", "1250 windows_1250"},
    {"cp1251", CODEC_CHARMAP, "CP1251", "1251 windows_1251"},
    {"cp1252", CODEC_CHARMAP, "CP1252", "1252 windows_1252"},
    {"cp1253", CODEC_CHARMAP, "CP1253", "1253 windows_1253"},
    {"cp1254", CODEC_CHARMAP, "CP1254", "1254 windows_1254"},
    {"cp1255", CODEC_CHARMAP, "CP1255", "1255 windows_1255"},
    {"cp1256", CODEC_CHARMAP, "CP1256", "1256 windows_1256"},
    {"cp1257", CODEC_CHARMAP, "CP1257", "1257 windows_1257"},
    {"cp1258", CODEC_CHARMAP, "CP1258", "1258 windows_1258"},
    {"cp273", CODEC_CHARMAP, "IBM273", "273 csibm273 ibm273"},
    {"cp424", CODEC_CHARMAP, "IBM424", "424 csibm424 ebcdic_cp_he ibm424"},
    {"cp437", CODEC_CHARMAP, "IBM437", "437 cspc8codepage437 ibm437"},
    {"cp500", CODEC_CHARMAP, "IBM500", "500 csibm500 ebcdic_cp_be ebcdic_cp_ch ibm500"},
    {"cp720", CODEC_ASCII_ONLY, NULL, ""},
    {"cp737", CODEC_CHARMAP, "CP737", ""},
    {"cp775", CODEC_CHARMAP, "CP775", "775 cspc775baltic ibm775"},
    {"cp850", CODEC_CHARMAP, "IBM850", "850 cspc850multilingual ibm850"},
    {"cp852", CODEC_CHARMAP, "IBM852", "852 cspcp852 ibm852"},
    {"cp855", CODEC_CHARMAP, "IBM855", "855 csibm855 ibm855"},
    {"cp856", CODEC_CHARMAP, "IBM856", ""},
    {"cp857", CODEC_CHARMAP, "IBM857", "857 csibm857 ibm857"},
    {"cp858", CODEC_CHARMAP, "IBM858", "858 csibm858 ibm858"},
    {"cp860", CODEC_CHARMAP, "IBM860", "860 csibm860 ibm860"},
    {"cp861", CODEC_CHARMAP, "IBM861", "861 cp_is csibm861 ibm861"},
    {"cp862", CODEC_CHARMAP, "IBM862", "862 cspc862latinhebrew ibm862"},
    {"cp863", CODEC_CHARMAP, "IBM863", "863 csibm863 ibm863"},
    {"cp864", CODEC_CHARMAP, "IBM864", "864 csibm864 ibm864"},
    {"cp865", CODEC_CHARMAP, "IBM865", "865 csibm865 ibm865"},
    {"cp866", CODEC_CHARMAP, "IBM866", "866 csibm866 ibm866"},
    {"cp869", CODEC_CHARMAP, "IBM869", "869 cp_gr csibm869 ibm869"},
    {"cp874", CODEC_CHARMAP, "CP874", ""},
    {"cp875", CODEC_CHARMAP, "IBM875", ""},
    {"cp932", CODEC_ASCII_ONLY, NULL, "932 ms932 ms_kanji mskanji"},
    {"cp949", CODEC_MULTIBYTE, "CP949", "949 ms949 uhc"},
    {"cp950", CODEC_ASCII_ONLY, NULL, "950 ms950"},
    {"euc_jis_2004", CODEC_ASCII_ONLY, NULL, "euc_jis2004 eucjis2004 jisx0213"},
    {"euc_jisx0213", CODEC_ASCII_ONLY, NULL, "eucjisx0213"},
    {"euc_jp", CODEC_ASCII_ONLY, NULL, "eucjp u_jis ujis"},
    {"euc_kr", CODEC_ASCII_ONLY, NULL, "euckr korean ks_c_5601 ks_c_5601_1987 ks_x_1001 ksc5601 ksx1001 x_mac_korean"},
    {"gb18030", CODEC_ASCII_ONLY, NULL, "gb18030_2000"},
    {"gb2312", CODEC_MULTIBYTE, "EUC-CN", "chinese csiso58gb231280 euc_cn euccn eucgb2312_cn gb2312_1980 gb2312_80 iso_ir_58 x_mac_simp_chinese"},
    {"gbk", CODEC_ASCII_ONLY, NULL, "936 cp936 ms936"},
    {"hex_codec", CODEC_NOT_TEXT, NULL, "hex"},
    {"hp_roman8", CODEC_CHARMAP, "HP-ROMAN8", "cp1051 ibm1051 r8 roman8"},
    {"hz", CODEC_UNSUPPORTED, NULL, "hz_gb hz_gb_2312 hzgb"},
    {"idna", CODEC_UNSUPPORTED, NULL, ""},
    {"iso2022_jp", CODEC_ASCII_ONLY, NULL, "csiso2022jp iso2022jp iso_2022_jp"},
    {"iso2022_jp_1", CODEC_ASCII_ONLY, NULL, "iso2022jp_1 iso_2022_jp_1"},
    {"iso2022_jp_2", CODEC_ASCII_ONLY, NULL, "iso2022jp_2 iso_2022_jp_2"},
    {"iso2022_jp_2004", CODEC_ASCII_ONLY, NULL, "iso2022jp_2004 iso_2022_jp_2004"},
    {"iso2022_jp_3", CODEC_ASCII_ONLY, NULL, "iso2022jp_3 iso_2022_jp_3"},
    {"iso2022_jp_ext", CODEC_ASCII_ONLY, NULL, "iso2022jp_ext iso_2022_jp_ext"},
    {"iso2022_kr", CODEC_UNSUPPORTED, NULL, "csiso2022kr iso2022kr iso_2022_kr"},
    {"iso8859_10", CODEC_CHARMAP, "ISO-8859-10", "csisolatin6 iso_8859_10 iso_8859_10_1992 iso_ir_157 l6 latin6"},
    {"iso8859_11", CODEC_CHARMAP, "ISO-8859-11", "iso_8859_11 iso_8859_11_2001 thai"},
    {"iso8859_13", CODEC_CHARMAP, "ISO-8859-13", "iso_8859_13 l7 latin7"},
    {"iso8859_14", CODEC_CHARMAP, "ISO-8859-14", "iso_8859_14 iso_8859_14_1998 iso_celtic iso_ir_199 l8 latin8"},
    {"iso8859_15", CODEC_CHARMAP, "ISO-8859-15", "iso_8859_15 l9 latin9"},
    {"iso8859_16", CODEC_CHARMAP, "ISO-8859-16", "iso_8859_16 iso_8859_16_2001 iso_ir_226 l10 latin10"},
    {"iso8859_2", CODEC_CHARMAP, "ISO-8859-2", "csisolatin2 iso_8859_2 iso_8859_2_1987 iso_ir_101 l2 latin2"},
    {"iso8859_3", CODEC_CHARMAP, "ISO-8859-3", "csisolatin3 iso_8859_3 iso_8859_3_1988 iso_ir_109 l3 latin3"},
    {"iso8859_4", CODEC_CHARMAP, "ISO-8859-4", "csisolatin4 iso_8859_4 iso_8859_4_1988 iso_ir_110 l4 latin4"},
    {"iso8859_5", CODEC_CHARMAP, "ISO-8859-5", "csisolatincyrillic cyrillic iso_8859_5 iso_8859_5_1988 iso_ir_144"},
    {"iso8859_6", CODEC_CHARMAP, "ISO-8859-6", "arabic asmo_708 csisolatinarabic ecma_114 iso_8859_6 iso_8859_6_1987 iso_ir_127"},
    {"iso8859_7", CODEC_CHARMAP, "ISO-8859-7", "csisolatingreek ecma_118 elot_928 greek greek8 iso_8859_7 iso_8859_7_1987 iso_ir_126"},
    {"iso8859_8", CODEC_CHARMAP, "ISO-8859-8", "csisolatinhebrew hebrew iso_8859_8 iso_8859_8_1988 iso_ir_138"},
    {"iso8859_9", CODEC_CHARMAP, "ISO-8859-9", "csisolatin5 iso_8859_9 iso_8859_9_1989 iso_ir_148 l5 latin5"},
    {"johab", CODEC_ASCII_ONLY, NULL, "cp1361 ms1361"},
    {"koi8_r", CODEC_CHARMAP, "KOI8-R", "cskoi8r"},
    {"koi8_t", CODEC_CHARMAP, "KOI8-T", ""},
    {"koi8_u", CODEC_CHARMAP, "KOI8-U", ""},
    {"kz1048", CODEC_CHARMAP, "RK1048", "kz_1048 rk1048 strk1048_2002"},
    {"latin_1", CODEC_LATIN1, "ISO-8859-1", "8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1 iso_8859_1_1987 iso_ir_100 l1 latin latin1"},
    {"mac_arabic", CODEC_ASCII_ONLY, NULL, ""},
    {"mac_croatian", CODEC_ASCII_ONLY, NULL, ""},
    {"mac_cyrillic", CODEC_CHARMAP, "MAC-CYRILLIC", "maccyrillic"},
    {"mac_farsi", CODEC_ASCII_ONLY, NULL, ""},
    {"mac_greek", CODEC_ASCII_ONLY, NULL, "macgreek"},
    {"mac_iceland", CODEC_CHARMAP, "MAC-IS", "maciceland"},
    {"mac_latin2", CODEC_CHARMAP, "MAC-CENTRALEUROPE", "mac_centeuro maccentraleurope maclatin2"},
    {"mac_roman", CODEC_CHARMAP, "MACINTOSH", "macintosh macroman"},
    {"mac_romanian", CODEC_ASCII_ONLY, NULL, ""},
    {"mac_turkish", CODEC_ASCII_ONLY, NULL, "macturkish"},
    {"palmos", CODEC_ASCII_ONLY, NULL, ""},
    {"ptcp154", CODEC_CHARMAP, "PT154", "cp154 csptcp154 cyrillic_asian pt154"},
    {"punycode", CODEC_UNSUPPORTED, NULL, ""},
    {"quopri_codec", CODEC_NOT_TEXT, NULL, "quopri quoted_printable quotedprintable"},
    {"raw_unicode_escape", CODEC_UNSUPPORTED, NULL, ""},
    {"rot_13", CODEC_NOT_TEXT, NULL, "rot13"},
    {"shift_jis", CODEC_ASCII_ONLY, NULL, "csshiftjis s_jis shiftjis sjis x_mac_japanese"},
    {"shift_jis_2004", CODEC_UNSUPPORTED, NULL, "s_jis_2004 shiftjis2004 sjis_2004"},
    {"shift_jisx0213", CODEC_UNSUPPORTED, NULL, "s_jisx0213 shiftjisx0213 sjisx0213"},
    {"tis_620", CODEC_CHARMAP, "TIS-620", "iso_ir_166 tis620 tis_620_0 tis_620_2529_0 tis_620_2529_1"},
    {"undefined", CODEC_UNDEFINED, NULL, ""},
    {"unicode_escape", CODEC_UNSUPPORTED, NULL, ""},
    {"utf_16", CODEC_UNSUPPORTED, NULL, "u16 utf16"},
    {"utf_16_be", CODEC_UNSUPPORTED, NULL, "unicodebigunmarked utf_16be"},
    {"utf_16_le", CODEC_UNSUPPORTED, NULL, "unicodelittleunmarked utf_16le"},
    {"utf_32", CODEC_UNSUPPORTED, NULL, "u32 utf32"},
    {"utf_32_be", CODEC_UNSUPPORTED, NULL, "utf_32be"},
    {"utf_32_le", CODEC_UNSUPPORTED, NULL, "utf_32le"},
    {"utf_7", CODEC_UNSUPPORTED, NULL, "u7 unicode_1_1_utf_7 utf7"},
    {"utf_8", CODEC_UTF8, NULL, "cp65001 u8 utf utf8 utf8_ucs2 utf8_ucs4"},
    {"utf_8_sig", CODEC_UTF8, NULL, ""},
    {"uu_codec", CODEC_NOT_TEXT, NULL, "uu"},
    {"zlib_codec", CODEC_NOT_TEXT, NULL, "zip zlib"},
};

/* Where glibc's single-byte table differs from Python's: bytes first..last
 * decode to cp, cp + 1, ... (cp 0 with first > 0: undefined in Python). */
typedef struct Override {
    const char *codec;
    unsigned char first, last;
    unsigned cp;
} Override;

static const Override OVERRIDES[] = {
    {"cp273", 0xbc, 0xbc, 0x203e},
    {"cp424", 0x78, 0x78, 0x2017}, {"cp424", 0x8f, 0x8f, 0xb1},
    {"cp856", 0x1a, 0x1a, 0x1a}, {"cp856", 0x1c, 0x1c, 0x1c}, {"cp856", 0x7f, 0x7f, 0x7f},
    {"cp856", 0xee, 0xee, 0xaf}, {"cp856", 0xfa, 0xfa, 0xb7},
    {"cp875", 0x6a, 0x6a, 0x7c}, {"cp875", 0x74, 0x74, 0xa0}, {"cp875", 0xdc, 0xdc, 0x1a},
    {"cp875", 0xdd, 0xdd, 0x387}, {"cp875", 0xe1, 0xe1, 0x1a}, {"cp875", 0xec, 0xec, 0x1a},
    {"cp875", 0xed, 0xed, 0x1a}, {"cp875", 0xfc, 0xfc, 0x1a}, {"cp875", 0xfd, 0xfd, 0x1a},
    {"cp1026", 0x9d, 0x9d, 0xb8}, {"cp1026", 0xbc, 0xbc, 0xaf},
    {"mac_roman", 0xc6, 0xc6, 0x2206}, {"mac_roman", 0xf0, 0xf0, 0xf8ff},
    {"mac_cyrillic", 0xff, 0xff, 0x20ac},
    {"mac_iceland", 0xa0, 0xa0, 0xdd}, {"mac_iceland", 0xc6, 0xc6, 0x2206},
    {"mac_iceland", 0xd0, 0xd0, 0x2013}, {"mac_iceland", 0xd1, 0xd1, 0x2014},
    {"mac_iceland", 0xd7, 0xd7, 0x25ca}, {"mac_iceland", 0xdb, 0xdb, 0x20ac},
    {"mac_iceland", 0xdc, 0xdc, 0xd0}, {"mac_iceland", 0xdd, 0xdd, 0xf0},
    {"mac_iceland", 0xe0, 0xe0, 0xfd}, {"mac_iceland", 0xf0, 0xf0, 0xf8ff},
    {"mac_iceland", 0xf6, 0xf6, 0x2c6}, {"mac_iceland", 0xf7, 0xf7, 0x2dc},
    {"tis_620", 0x80, 0x9f, 0x80}, /* the C1 controls, which glibc leaves undefined */
};

/* codecs.lookup's spelling of a name: ASCII lower case, each run of other
 * characters than letters, digits and '.' as one '_' (none leading or
 * trailing). */
static void lookup_name(const char *name, size_t len, char *out, size_t cap) {
    size_t n = 0;
    bool punct = false;
    for (size_t i = 0; i < len && n + 2 < cap; i++) {
        char ch = name[i];
        bool alnum = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
        if (alnum || ch == '.') {
            if (punct && n > 0) out[n++] = '_';
            out[n++] = ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a') : ch;
            punct = false;
        } else {
            punct = true;
        }
    }
    out[n] = '\0';
}

static bool has_alias(const FeCodec *c, const char *name) {
    size_t n = strlen(name);
    for (const char *p = c->aliases; *p;) {
        const char *e = strchr(p, ' ');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (len == n && memcmp(p, name, n) == 0) return true;
        if (!e) break;
        p = e + 1;
    }
    return false;
}

static const FeCodec *by_alias(const char *name) {
    for (size_t i = 0; i < ARRAY_LEN(CODECS); i++)
        if (has_alias(&CODECS[i], name)) return &CODECS[i];
    return NULL;
}

const FeCodec *fe_codec_lookup(const char *name, size_t len, FeCodecStatus *status) {
    char norm[64];
    *status = FE_CODEC_UNKNOWN;
    if (len >= sizeof norm - 1) return NULL; /* longer than any codec's name */
    lookup_name(name, len, norm, sizeof norm);
    const FeCodec *c = by_alias(norm);
    if (!c) {
        /* The alias table is also tried with '.' as '_'; a module name never has a '.'. */
        char under[64];
        memcpy(under, norm, sizeof under);
        for (char *p = under; *p; p++)
            if (*p == '.') *p = '_';
        c = by_alias(under);
    }
    for (size_t i = 0; i < ARRAY_LEN(CODECS) && !c; i++)
        if (strcmp(CODECS[i].name, norm) == 0) c = &CODECS[i];
    if (!c) return NULL;
    switch (c->kind) {
    case CODEC_NOT_TEXT: *status = FE_CODEC_NOT_TEXT; return NULL;
    case CODEC_UNDEFINED: *status = FE_CODEC_UNDEFINED; return NULL;
    case CODEC_UNSUPPORTED: *status = FE_CODEC_UNSUPPORTED; return NULL;
    case CODEC_ASCII_ONLY: *status = FE_CODEC_ASCII_ONLY; return c;
    case CODEC_UTF8:
    case CODEC_ASCII:
    case CODEC_LATIN1:
    case CODEC_CHARMAP:
    case CODEC_MULTIBYTE: break;
    }
    *status = FE_CODEC_FOUND;
    return c;
}

/* ---- decoding ------------------------------------------------------------- */

/* CPython's position of byte `at`: its offset once each \r\n is one \n. */
static uint32_t python_position(const char *in, uint32_t at) {
    uint32_t pairs = 0;
    for (uint32_t i = 0; i + 1 < at; i++)
        if (in[i] == '\r' && in[i + 1] == '\n') pairs++;
    return at - pairs;
}

/* Records the first undecodable bytes in[at, at + n): CPython's message
 * "'CODEC' codec can't decode byte 0xXX in position N: REASON" (or "bytes in
 * position N-M" for more than one byte). */
static void record_error(FeDecoded *d, const char *in, uint32_t at, uint32_t n, uint32_t out_at,
                         const char *codec, const char *reason) {
    if (d->failed) return;
    d->failed = true;
    d->bad_at = at;
    d->bad_out = out_at;
    uint32_t pos = python_position(in, at);
    if (n <= 1)
        snprintf(d->message, sizeof d->message, "'%s' codec can't decode byte 0x%02x in position %u: %s", codec,
                 (unsigned char)in[at], pos, reason);
    else
        snprintf(d->message, sizeof d->message, "'%s' codec can't decode bytes in position %u-%u: %s", codec, pos,
                 pos + n - 1, reason);
}

/* Length of the UTF-8 sequence at s[i] when valid (> 0); otherwise 0 and
 * *bad the length of its maximal valid prefix (at least 1), *start whether
 * the first byte itself is invalid. The end of the input counts as a byte that
 * continues nothing (CPython's text always ends with a newline). */
static uint32_t utf8_seq(const unsigned char *s, uint32_t len, uint32_t i, uint32_t *bad, bool *start) {
    unsigned c = s[i];
    uint32_t need;
    unsigned lo = 0x80, hi = 0xBF;
    *start = false;
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) need = 1;
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        *start = true;
        *bad = 1;
        return 0;
    }
    for (uint32_t k = 1; k <= need; k++) {
        unsigned b = i + k < len ? s[i + k] : 0;
        unsigned l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
        if (b < l || b > h) {
            *bad = k;
            return 0;
        }
    }
    return need + 1;
}

static void decode_utf8(const char *in, uint32_t len, FeDecoded *d, StrBuf *out) {
    const unsigned char *s = (const unsigned char *)in;
    for (uint32_t i = 0; i < len;) {
        uint32_t bad;
        bool start;
        uint32_t n = utf8_seq(s, len, i, &bad, &start);
        if (n) {
            sb_append(out, in + i, n);
            i += n;
            continue;
        }
        record_error(d, in, i, bad, (uint32_t)out->len, "utf-8",
                     start ? "invalid start byte" : "invalid continuation byte");
        sb_put_utf8(out, 0xFFFD);
        i += bad;
    }
}

/* A single-byte codec's table: code point of each byte, or UINT32_MAX when
 * the byte is undefined. */
static void charmap_table(const FeCodec *c, uint32_t table[256]) {
    for (unsigned b = 0; b < 256; b++) table[b] = c->kind == CODEC_ASCII && b >= 0x80 ? UINT32_MAX : b;
    if (c->kind != CODEC_CHARMAP) return;
    iconv_t cd = iconv_open("UTF-32LE", c->iconv);
    if (cd == (iconv_t)-1) INTERNAL_ERROR("iconv has no converter from %s", c->iconv);
    for (unsigned b = 1; b < 256; b++) {
        char in = (char)b;
        unsigned char out[8];
        char *ip = &in, *op = (char *)out;
        size_t il = 1, ol = sizeof out;
        iconv(cd, NULL, NULL, NULL, NULL);
        /* The flush: glibc's cp1255 and cp1258 hold a letter back in case a
         * combining mark follows (which they would compose; Python does not). */
        if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1 || iconv(cd, NULL, NULL, &op, &ol) == (size_t)-1 ||
            ol != sizeof out - 4) {
            table[b] = UINT32_MAX;
            continue;
        }
        table[b] = (uint32_t)out[0] | (uint32_t)out[1] << 8 | (uint32_t)out[2] << 16 | (uint32_t)out[3] << 24;
    }
    iconv_close(cd);
    for (size_t i = 0; i < ARRAY_LEN(OVERRIDES); i++) {
        const Override *o = &OVERRIDES[i];
        if (strcmp(o->codec, c->name) != 0) continue;
        for (unsigned b = o->first; b <= o->last; b++) table[b] = o->cp + (b - o->first);
    }
}

static void decode_charmap(const FeCodec *c, const char *in, uint32_t len, FeDecoded *d, StrBuf *out) {
    uint32_t table[256];
    charmap_table(c, table);
    /* CPython's messages name the decoder: ascii and latin-1 have their own,
     * every table codec is 'charmap'. */
    bool ascii = c->kind == CODEC_ASCII;
    for (uint32_t i = 0; i < len; i++) {
        unsigned char b = (unsigned char)in[i];
        if (table[b] == UINT32_MAX) {
            record_error(d, in, i, 1, (uint32_t)out->len, ascii ? "ascii" : "charmap",
                         ascii ? "ordinal not in range(128)" : "character maps to <undefined>");
            sb_put_utf8(out, 0xFFFD);
        } else if (table[b] < 0x80) {
            sb_putc(out, (char)table[b]);
        } else {
            sb_put_utf8(out, table[b]);
        }
    }
}

static void decode_iconv(const FeCodec *c, const char *in, uint32_t len, FeDecoded *d, StrBuf *out) {
    iconv_t cd = iconv_open("UTF-8", c->iconv);
    if (cd == (iconv_t)-1) INTERNAL_ERROR("iconv has no converter from %s", c->iconv);
    char buf[4096];
    uint32_t i = 0;
    while (i < len) {
        char *ip = (char *)in + i, *op = buf;
        size_t il = len - i, ol = sizeof buf;
        size_t r = iconv(cd, &ip, &il, &op, &ol);
        int err = errno;
        sb_append(out, buf, sizeof buf - ol);
        i = (uint32_t)(ip - in);
        if (r != (size_t)-1 || err == E2BIG) continue;
        /* EILSEQ, or EINVAL (a sequence cut by the end of the file; CPython's
         * text goes on with a newline there, which makes it illegal too). */
        record_error(d, in, i, 1, (uint32_t)out->len, c->name, "illegal multibyte sequence");
        sb_put_utf8(out, 0xFFFD);
        i++;
        iconv(cd, NULL, NULL, NULL, NULL);
    }
    iconv_close(cd);
}

void fe_codec_decode(const FeCodec *codec, const char *in, uint32_t len, FeDecoded *d) {
    memset(d, 0, sizeof *d);
    StrBuf out;
    sb_init(&out);
    switch (codec->kind) {
    case CODEC_UTF8: decode_utf8(in, len, d, &out); break;
    case CODEC_ASCII:
    case CODEC_LATIN1:
    case CODEC_CHARMAP: decode_charmap(codec, in, len, d, &out); break;
    case CODEC_MULTIBYTE: decode_iconv(codec, in, len, d, &out); break;
    case CODEC_NOT_TEXT:
    case CODEC_UNDEFINED:
    case CODEC_ASCII_ONLY:
    case CODEC_UNSUPPORTED: INTERNAL_ERROR("fe_codec_decode: codec %s cannot decode", codec->name);
    }
    d->len = (uint32_t)out.len;
    d->text = sb_take(&out);
}
