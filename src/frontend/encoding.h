/* PEP 263 source encodings: Python's codec names and the decoding of a source
 * file's bytes to the UTF-8 text the frontend parses. glibc's iconv supplies
 * the character tables, corrected where they differ from Python's codecs.
 * Used by check_tokens.c (fe_check_encoding) only. */
#ifndef PY2C_FRONTEND_ENCODING_H
#define PY2C_FRONTEND_ENCODING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct FeCodec FeCodec;

typedef enum FeCodecStatus {
    FE_CODEC_FOUND,       /* a codec py2c decodes as Python does */
    FE_CODEC_UNKNOWN,     /* Python knows no codec by that name */
    FE_CODEC_NOT_TEXT,    /* a bytes-to-bytes codec (base64, rot13, ...) */
    FE_CODEC_UNDEFINED,   /* Python's "undefined" codec: every decoding fails */
    FE_CODEC_ASCII_ONLY,  /* a codec py2c cannot reproduce exactly, which reads
                             ASCII bytes as ASCII: fine for an ASCII file */
    FE_CODEC_UNSUPPORTED, /* a Python text codec py2c cannot reproduce exactly */
} FeCodecStatus;

/* Python's codec for a cookie's name (as codecs.lookup finds it: lower case,
 * punctuation runs as '_', then the alias table or the codec's own name).
 * Returns NULL unless *status is FE_CODEC_FOUND (or FE_CODEC_ASCII_ONLY: then
 * fe_codec_decode must not be called). */
const FeCodec *fe_codec_lookup(const char *name, size_t len, FeCodecStatus *status);

/* The result of decoding a source file. */
typedef struct FeDecoded {
    char *text;      /* UTF-8, NUL-terminated, malloc'd (the caller frees it) */
    uint32_t len;
    bool failed;     /* some bytes could not be decoded; each became U+FFFD in text */
    uint32_t bad_at; /* then: byte offset in the input of the first of them */
    uint32_t bad_out; /* and the byte offset of its U+FFFD in text */
    char message[200]; /* and CPython's message for it */
} FeDecoded;

/* Decodes in[0..len) with codec into out. The position in out->message is
 * CPython's: the error's offset in the text once each \r\n became \n (the
 * tokenizer translates line ends before it decodes). */
void fe_codec_decode(const FeCodec *codec, const char *in, uint32_t len, FeDecoded *out);

#endif
