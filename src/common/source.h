/* A loaded source file and positions in it. */
#ifndef PY2C_COMMON_SOURCE_H
#define PY2C_COMMON_SOURCE_H

#include <stdbool.h>
#include <stdint.h>

/* A range of source text. Lines are 1-based; columns are 0-based byte offsets
 * into the line (as CPython's col_offset); bytes are offsets into the file. */
typedef struct Span {
    int32_t line, col, end_line, end_col;
    uint32_t start_byte, end_byte;
} Span;

typedef struct SourceFile {
    const char *path;    /* as given on the command line */
    char *text;          /* NUL-terminated; may contain other NULs */
    uint32_t len;
    uint32_t *line_starts; /* byte offset of each line; line_starts[0] == 0 */
    int line_count;
    bool had_bom;          /* source_load dropped a UTF-8 byte order mark */
    /* The file's bytes (BOM dropped) once `text` holds them decoded from a
     * PEP 263 source encoding (source_set_decoded), else NULL: text is the bytes. */
    char *raw;
    uint32_t raw_len;
} SourceFile;

/* Reads path into a new SourceFile. Returns NULL and sets errno on I/O error. */
SourceFile *source_load(const char *path);
/* A SourceFile over a copy of text (for tests and stdin). */
SourceFile *source_from_text(const char *path, const char *text, uint32_t len);
void source_free(SourceFile *src);
/* The file's bytes as read (BOM dropped): raw when set, else text. */
const char *source_bytes(const SourceFile *src, uint32_t *len);
/* Makes `text` (len bytes, NUL-terminated, malloc'd; src owns it from now on)
 * the text of src, decoded from source_bytes(src), and rebuilds the line index.
 * The bytes stay available as raw. */
void source_set_decoded(SourceFile *src, char *text, uint32_t len);

/* The 1-based line holding byte offset `at` (the last line for at >= len);
 * *col receives the 0-based byte column. */
int source_line_of(const SourceFile *src, uint32_t at, int32_t *col);
/* The span of bytes [start, end) with lines and columns from the line index. */
Span source_span(const SourceFile *src, uint32_t start, uint32_t end);

/* Line n (1-based) without its newline; *len receives its length. */
const char *source_line(const SourceFile *src, int line, uint32_t *len);

/* Length in bytes of the valid UTF-8 prefix of text; == len when all is valid. */
uint32_t utf8_valid_prefix(const char *text, uint32_t len);
/* Number of code points in the first n bytes of s (for display columns). */
int utf8_count(const char *s, uint32_t n);

#endif
