/* Text files: open() and sys.stdin/stdout/stderr, as CPython's
 * io.TextIOWrapper over a buffered file: universal newlines on read, newline
 * translation on write, UTF-8 (also ASCII and Latin-1) encoding.
 *
 * A file keeps a read-ahead buffer of RAW bytes (undecoded, untranslated);
 * decoding and newline translation happen as text is taken from it, so the
 * file position of the next unread byte is always ftell - unread bytes (tell,
 * seek, and switching from reading to writing in "r+" mode stay exact).
 * Writes go straight to the FILE's own buffer. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* fdopen, fileno */
#endif

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bltin_internal.h"
#include "sync_internal.h"

static const Py2cType *unsupported_type(void) { return &py2c_exc_UnsupportedOperation; }

enum { NL_UNIVERSAL, NL_EMPTY, NL_LF, NL_CR, NL_CRLF };
enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1 };
enum { CHUNK = 8192 };

typedef struct TextIO {
    Py2cObject ob;
    FILE *fp;
    int std_fd;          /* 0/1/2 for the standard streams (fp bound lazily), else -1 */
    Py2cValue name;      /* str, or the int fd */
    char mode[8];
    char encoding[24];   /* as given ("UTF-8" when defaulted, as CPython's locale encoding) */
    int enc;
    int newline;
    int readable, writable, closed, closefd;
    int backslash_errors; /* stderr: errors='backslashreplace' */
    int line_at_a_time;   /* stdin: never read beyond a newline */
    int last_write;       /* the last operation was a write (fflush before reading) */
    char *buf;
    size_t pos, len, cap; /* unread raw bytes: buf[pos .. len-1] */
} TextIO;

static TextIO *tio(Py2cValue v) { return (TextIO *)py2c_obj_ptr(v); }

int py2c__is_textio(Py2cValue v) { return py2c_is_obj(v) && py2c_obj_ptr(v)->type == &py2c_textio_type; }

static FILE *fp_of(TextIO *f) {
    if (!f->fp && f->std_fd >= 0) f->fp = f->std_fd == 0 ? stdin : f->std_fd == 1 ? stdout : stderr;
    return f->fp;
}

static int check_closed(TextIO *f) {
    if (!f->closed) return 0;
    (void)py2c_error_format(&py2c_exc_ValueError, "I/O operation on closed file.");
    return -1;
}

static int check_readable(TextIO *f) {
    if (check_closed(f) < 0) return -1;
    if (f->readable) return 0;
    (void)py2c_error_format(unsupported_type(), "not readable");
    return -1;
}

static int check_writable(TextIO *f) {
    if (check_closed(f) < 0) return -1;
    if (f->writable) return 0;
    (void)py2c_error_format(unsupported_type(), "not writable");
    return -1;
}

/* --- a growable byte buffer ----------------------------------------------------- */

typedef struct Bytes {
    char *p;
    size_t n, cap;
} Bytes;

static int bytes_add(Bytes *b, const char *s, size_t n) {
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 128;
        while (cap < b->n + n + 1) cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p) {
            (void)py2c_error_nomemory();
            return -1;
        }
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    return 0;
}

/* --- decoding --------------------------------------------------------------------- */

/* Length of the valid UTF-8 sequence at s[0..n-1], 0 if invalid; *why is
 * CPython's reason. Surrogates (ED A0..BF) are invalid, as in strict UTF-8. */
static size_t utf8_seq(const unsigned char *s, size_t n, const char **why, size_t *bad_len) {
    unsigned c = s[0];
    size_t need;
    unsigned lo = 0x80, hi = 0xBF;
    *bad_len = 1;
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
        *why = "invalid start byte";
        return 0;
    }
    for (size_t i = 1; i <= need; i++) {
        if (i >= n) {
            *why = "unexpected end of data";
            *bad_len = i;
            return 0;
        }
        unsigned d = s[i];
        if (d < (i == 1 ? lo : 0x80) || d > (i == 1 ? hi : 0xBF)) {
            *why = "invalid continuation byte";
            *bad_len = i;
            return 0;
        }
    }
    return need + 1;
}

/* The str of raw bytes in f's encoding (UnicodeDecodeError as CPython). */
static Py2cValue decode(TextIO *f, const char *data, size_t n) {
    const unsigned char *s = (const unsigned char *)data;
    if (f->enc == ENC_LATIN1) {
        Bytes b = {0};
        for (size_t i = 0; i < n; i++) {
            char two[2] = {(char)(0xC0 | (s[i] >> 6)), (char)(0x80 | (s[i] & 0x3F))};
            if (bytes_add(&b, s[i] < 0x80 ? data + i : two, s[i] < 0x80 ? 1 : 2) < 0) {
                free(b.p);
                return PY2C_NULL;
            }
        }
        Py2cValue r = py2c_str_from_utf8(b.p ? b.p : "", (int64_t)b.n);
        free(b.p);
        return r;
    }
    for (size_t i = 0; i < n;) {
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        if (f->enc == ENC_ASCII)
            return py2c_error_format(&py2c_exc_UnicodeDecodeError,
                                     "'ascii' codec can't decode byte 0x%02x in position %zu: ordinal not in range(128)",
                                     s[i], i);
        const char *why = "";
        size_t bad;
        size_t k = utf8_seq(s + i, n - i, &why, &bad);
        if (k == 0) {
            if (bad > 1)
                return py2c_error_format(&py2c_exc_UnicodeDecodeError,
                                         "'utf-8' codec can't decode bytes in position %zu-%zu: %s", i, i + bad - 1, why);
            return py2c_error_format(&py2c_exc_UnicodeDecodeError,
                                     "'utf-8' codec can't decode byte 0x%02x in position %zu: %s", s[i], i, why);
        }
        i += k;
    }
    return py2c_str_from_utf8(data, (int64_t)n);
}

/* --- reading ------------------------------------------------------------------------- */

/* Reads more raw bytes after the unread ones: the count read, 0 at end of
 * file, -1 on error. Unread bytes move to the buffer's start. */
static int64_t fill(TextIO *f) {
    FILE *fp = fp_of(f);
    if (f->last_write) {
        fflush(fp);
        f->last_write = 0;
    }
    if (f->pos > 0) {
        memmove(f->buf, f->buf + f->pos, f->len - f->pos);
        f->len -= f->pos;
        f->pos = 0;
    }
    if (f->cap - f->len < CHUNK) {
        size_t cap = f->cap ? f->cap * 2 : 2 * CHUNK;
        while (cap - f->len < CHUNK) cap *= 2;
        char *p = realloc(f->buf, cap);
        if (!p) return py2c_error_nomemory(), -1;
        f->buf = p;
        f->cap = cap;
    }
    size_t n = 0;
    clearerr(fp);
    if (f->line_at_a_time) {
        int c;
        while (n < CHUNK && (c = getc(fp)) != EOF) {
            f->buf[f->len + n++] = (char)c;
            if (c == '\n') break;
        }
    } else {
        n = fread(f->buf + f->len, 1, CHUNK, fp);
    }
    if (n == 0 && ferror(fp)) {
        int err = errno;
        clearerr(fp);
        (void)py2c_error_from_errno(err, PY2C_NULL);
        return -1;
    }
    f->len += n;
    return (int64_t)n;
}

/* Takes text from the buffer: at most limit characters (-1: no limit),
 * stopping after a line end if line; newlines translated as f's mode says.
 * A new str ("" at end of file). */
static Py2cValue read_text(TextIO *f, int64_t limit, int line) {
    Bytes out = {0};
    int64_t nchars = 0;
    int translate = f->newline == NL_UNIVERSAL;
    int cr_ends = f->newline == NL_UNIVERSAL || f->newline == NL_EMPTY || f->newline == NL_CR;
    int lf_ends = f->newline == NL_UNIVERSAL || f->newline == NL_EMPTY || f->newline == NL_LF;
    for (;;) {
        if (f->pos >= f->len) {
            int64_t got = fill(f);
            if (got < 0) goto fail;
            if (got == 0) break;
        }
        unsigned char c = (unsigned char)f->buf[f->pos];
        if ((c & 0xC0) != 0x80) {
            if (limit >= 0 && nchars >= limit) break;
            nchars++;
        }
        if (c == '\r' && f->newline != NL_LF) {
            if (f->newline != NL_CR && f->pos + 1 >= f->len && fill(f) < 0) goto fail;
            int lf_next = f->pos + 1 < f->len && f->buf[f->pos + 1] == '\n';
            if (f->newline == NL_CRLF) {
                if (!lf_next) {
                    if (bytes_add(&out, "\r", 1) < 0) goto fail;
                    f->pos++;
                    continue;
                }
                if (bytes_add(&out, "\r\n", 2) < 0) goto fail;
                f->pos += 2;
                if (line) break;
                continue;
            }
            size_t take = (lf_next && f->newline != NL_CR) ? 2 : 1;
            if (translate ? bytes_add(&out, "\n", 1) : bytes_add(&out, f->buf + f->pos, take)) goto fail;
            f->pos += take;
            if (line && cr_ends) break;
            continue;
        }
        if (c == '\n') {
            if (bytes_add(&out, "\n", 1) < 0) goto fail;
            f->pos++;
            if (line && lf_ends) break;
            continue;
        }
        /* A run of ordinary bytes. */
        size_t start = f->pos;
        f->pos++;
        while (f->pos < f->len) {
            unsigned char d = (unsigned char)f->buf[f->pos];
            if (d == '\r' || d == '\n') break;
            if ((d & 0xC0) != 0x80) {
                if (limit >= 0 && nchars >= limit) break;
                nchars++;
            }
            f->pos++;
        }
        if (bytes_add(&out, f->buf + start, f->pos - start) < 0) goto fail;
    }
    Py2cValue r = decode(f, out.p ? out.p : "", out.n);
    free(out.p);
    return r;
fail:
    free(out.p);
    return PY2C_NULL;
}

Py2cValue py2c__textio_readline(Py2cValue v, int64_t limit) {
    TextIO *f = tio(v);
    if (check_readable(f) < 0) return PY2C_NULL;
    return read_text(f, limit, 1);
}

/* --- writing --------------------------------------------------------------------------- */

/* Escapes for errors='backslashreplace' and the encoders' messages. */
static void char_escape(char *buf, size_t size, uint32_t cp) {
    if (cp < 0x100) snprintf(buf, size, "\\x%02x", (unsigned)cp);
    else if (cp < 0x10000) snprintf(buf, size, "\\u%04x", (unsigned)cp);
    else snprintf(buf, size, "\\U%08x", (unsigned)cp);
}

/* Decodes one (WTF-8) code point at s, setting its length. */
static uint32_t cp_at(const unsigned char *s, size_t *len) {
    if (s[0] < 0x80) return *len = 1, s[0];
    if (s[0] < 0xE0) return *len = 2, ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
    if (s[0] < 0xF0) return *len = 3, ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    *len = 4;
    return ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) | ((uint32_t)(s[2] & 0x3F) << 6) |
           (s[3] & 0x3F);
}

/* Encodes UTF-8 text for f (newlines already translated) into out. */
static int encode(TextIO *f, const char *data, size_t n, Bytes *out) {
    const unsigned char *s = (const unsigned char *)data;
    size_t run = 0, chars = 0;
    for (size_t i = 0; i < n;) {
        if (s[i] < 0x80) {
            i++;
            chars++;
            continue;
        }
        size_t len;
        uint32_t cp = cp_at(s + i, &len);
        int ok = f->enc == ENC_UTF8 ? !(cp >= 0xD800 && cp <= 0xDFFF) : f->enc == ENC_LATIN1 ? cp < 0x100 : 0;
        if (ok) {
            if (f->enc == ENC_LATIN1) {
                if (bytes_add(out, data + run, i - run) < 0) return -1;
                char b = (char)cp;
                if (bytes_add(out, &b, 1) < 0) return -1;
                run = i + len;
            }
            i += len;
            chars++;
            continue;
        }
        char esc[16];
        char_escape(esc, sizeof esc, cp);
        if (!f->backslash_errors) {
            const char *codec = f->enc == ENC_UTF8 ? "utf-8" : f->enc == ENC_ASCII ? "ascii" : "latin-1";
            const char *why = f->enc == ENC_UTF8 ? "surrogates not allowed"
                              : f->enc == ENC_ASCII ? "ordinal not in range(128)"
                                                    : "ordinal not in range(256)";
            (void)py2c_error_format(&py2c_exc_UnicodeEncodeError,
                                    "'%s' codec can't encode character '%s' in position %zu: %s", codec, esc, chars,
                                    why);
            return -1;
        }
        if (bytes_add(out, data + run, i - run) < 0 || bytes_add(out, esc, strlen(esc)) < 0) return -1;
        i += len;
        run = i;
        chars++;
    }
    return bytes_add(out, data + run, n - run);
}

/* Before writing after reading: give the unread bytes back to the file. */
static void sync_for_write(TextIO *f, FILE *fp) {
    if (f->last_write) return;
    if (f->len > f->pos) fseek(fp, -(long)(f->len - f->pos), SEEK_CUR);
    else if (f->readable) fseek(fp, 0, SEEK_CUR);
    f->pos = f->len = 0;
    f->last_write = 1;
}

static int textio_write_locked(TextIO *f, Py2cValue s);

/* One write is atomic with respect to the stream's other writes and flushes
 * (its stream lock, sync_internal.h: recursive, so print() can hold it around
 * a whole call). */
int py2c__textio_write_str(Py2cValue v, Py2cValue s) {
    TextIO *f = tio(v);
    Py2cStripe *lk = py2c__stream_lock(f);
    int rc = textio_write_locked(f, s);
    py2c__stream_unlock(lk);
    return rc;
}

static int textio_write_locked(TextIO *f, Py2cValue s) {
    if (check_writable(f) < 0) return -1;
    FILE *fp = fp_of(f);
    Py2cStr *p = py2c__as_str(s);
    const char *data = p->data;
    size_t n = (size_t)p->len;
    Bytes tmp = {0}, enc = {0};
    if ((f->newline == NL_CR || f->newline == NL_CRLF) && memchr(data, '\n', n)) {
        const char *nl = f->newline == NL_CR ? "\r" : "\r\n";
        for (size_t i = 0; i < n; i++) {
            int rc = data[i] == '\n' ? bytes_add(&tmp, nl, strlen(nl)) : bytes_add(&tmp, data + i, 1);
            if (rc < 0) goto fail;
        }
        data = tmp.p;
        n = tmp.n;
    }
    if (p->nchars != p->len || f->enc != ENC_UTF8) {
        /* Non-ASCII text: check (and convert) for the encoding. */
        if (encode(f, data, n, &enc) < 0) goto fail;
        data = enc.p ? enc.p : "";
        n = enc.n;
    }
    if (f->readable) sync_for_write(f, fp);
    if (n && fwrite(data, 1, n, fp) != n) {
        (void)py2c_error_from_errno(errno, PY2C_NULL);
        goto fail;
    }
    free(tmp.p);
    free(enc.p);
    return 0;
fail:
    free(tmp.p);
    free(enc.p);
    return -1;
}

int py2c__textio_flush(Py2cValue v) {
    TextIO *f = tio(v);
    if (check_closed(f) < 0) return -1;
    FILE *fp = fp_of(f);
    Py2cStripe *lk = py2c__stream_lock(f);
    int rc = fflush(fp);
    py2c__stream_unlock(lk);
    if (rc != 0) return py2c_error_from_errno(errno, PY2C_NULL), -1;
    return 0;
}

/* --- open ------------------------------------------------------------------------------------- */

static int parse_encoding(Py2cValue e, int *enc) {
    char low[32];
    const char *s = py2c__as_str(e)->data;
    size_t i;
    for (i = 0; s[i] && i < sizeof low - 1; i++) low[i] = (char)(s[i] == '_' ? '-' : (s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i]);
    low[i] = '\0';
    static const struct { const char *name; int enc; } known[] = {
        {"utf-8", ENC_UTF8}, {"utf8", ENC_UTF8}, {"u8", ENC_UTF8}, {"utf", ENC_UTF8},
        {"ascii", ENC_ASCII}, {"us-ascii", ENC_ASCII}, {"646", ENC_ASCII},
        {"latin-1", ENC_LATIN1}, {"latin1", ENC_LATIN1}, {"iso-8859-1", ENC_LATIN1}, {"iso8859-1", ENC_LATIN1},
        {"l1", ENC_LATIN1}, {"8859", ENC_LATIN1}, {"cp819", ENC_LATIN1}, {"latin", ENC_LATIN1},
    };
    for (size_t k = 0; k < sizeof known / sizeof known[0]; k++)
        if (strcmp(low, known[k].name) == 0) return *enc = known[k].enc, 0;
    (void)py2c_error_format(&py2c_exc_LookupError, "unknown encoding: %s", s);
    return -1;
}

static void textio_dealloc(Py2cObject *o) {
    TextIO *f = (TextIO *)o;
    if (!f->closed && f->fp) {
        if (f->closefd && f->std_fd < 0) fclose(f->fp);
        else fflush(f->fp);
    }
    py2c_decref(f->name);
    free(f->buf);
    free(o);
}

static Py2cValue bi_open_impl(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    static const char *const names[] = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"};
    static const Py2cArgSpec spec = {"open", names, 0, 1, 8, 8};
    Py2cValue a[8];
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    Py2cValue file = a[0], mode = a[1], encoding = a[3], errors = a[4], newline = a[5];
    int64_t fd = -1;
    if (py2c_is_small_int(file) || py2c_is_bool(file)) {
        fd = py2c_is_bool(file) ? py2c_bool_value(file) : py2c_small_int_value(file);
    } else if (!py2c_is_str(file)) {
        return py2c_error_format(&py2c_exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                                 py2c_type_name(file));
    }
    const char *m = "r";
    if (!PY2C_IS_NULL(mode)) {
        if (!py2c_is_str(mode))
            return py2c_error_format(&py2c_exc_TypeError, "open() argument 'mode' must be str, not %s",
                                     py2c_type_name(mode));
        m = py2c__as_str(mode)->data;
    }
    int creating = 0, reading = 0, writing = 0, appending = 0, updating = 0, text = 0, binary = 0;
    for (const char *c = m; *c; c++) {
        int *flag = *c == 'x' ? &creating : *c == 'r' ? &reading : *c == 'w' ? &writing : *c == 'a' ? &appending
                  : *c == '+' ? &updating : *c == 't' ? &text : *c == 'b' ? &binary : NULL;
        if (!flag || *flag || strchr(c + 1, *c)) return py2c_error_format(&py2c_exc_ValueError, "invalid mode: '%s'", m);
        *flag = 1;
    }
    if (text && binary) return py2c_error_format(&py2c_exc_ValueError, "can't have text and binary mode at once");
    if (creating + reading + writing + appending > 1)
        return py2c_error_format(&py2c_exc_ValueError, "must have exactly one of create/read/write/append mode");
    if (creating + reading + writing + appending == 0)
        return py2c_error_format(&py2c_exc_ValueError,
                                 "Must have exactly one of create/read/write/append mode and at most one plus");
    int has_enc = !PY2C_IS_NULL(encoding) && !py2c_is_none(encoding);
    int has_nl = !PY2C_IS_NULL(newline) && !py2c_is_none(newline);
    if (binary && has_enc) return py2c_error_format(&py2c_exc_ValueError, "binary mode doesn't take an encoding argument");
    if (binary && !PY2C_IS_NULL(errors) && !py2c_is_none(errors))
        return py2c_error_format(&py2c_exc_ValueError, "binary mode doesn't take an errors argument");
    if (binary && has_nl) return py2c_error_format(&py2c_exc_ValueError, "binary mode doesn't take a newline argument");
    if (binary) return py2c_error_format(&py2c_exc_NotImplementedError, "py2c: binary files are not supported yet");
    if (!PY2C_IS_NULL(a[2])) {
        int64_t b;
        if (py2c__bltin_as_int64(a[2], &b) < 0) return PY2C_NULL;
        if (b == 0) return py2c_error_format(&py2c_exc_ValueError, "can't have unbuffered text I/O");
    }
    if (has_enc && !py2c_is_str(encoding))
        return py2c_error_format(&py2c_exc_TypeError, "open() argument 'encoding' must be str or None, not %s",
                                 py2c_type_name(encoding));
    int enc = ENC_UTF8, nl = NL_UNIVERSAL;
    if (has_nl) {
        if (!py2c_is_str(newline))
            return py2c_error_format(&py2c_exc_TypeError, "open() argument 'newline' must be str or None, not %s",
                                     py2c_type_name(newline));
        const char *s = py2c__as_str(newline)->data;
        if (strcmp(s, "") == 0) nl = NL_EMPTY;
        else if (strcmp(s, "\n") == 0) nl = NL_LF;
        else if (strcmp(s, "\r") == 0) nl = NL_CR;
        else if (strcmp(s, "\r\n") == 0) nl = NL_CRLF;
        else return py2c_error_format(&py2c_exc_ValueError, "illegal newline value: %s", s);
    }
    int closefd = 1;
    if (!PY2C_IS_NULL(a[6])) {
        closefd = py2c_is_true(a[6]);
        if (closefd < 0) return PY2C_NULL;
    }
    if (!closefd && fd < 0) return py2c_error_format(&py2c_exc_ValueError, "Cannot use closefd=False with file name");

    int flags = updating ? O_RDWR : reading ? O_RDONLY : O_WRONLY;
    if (writing) flags |= O_CREAT | O_TRUNC;
    if (appending) flags |= O_CREAT | O_APPEND;
    if (creating) flags |= O_CREAT | O_EXCL;
#ifdef O_CLOEXEC
    flags |= O_CLOEXEC;
#endif
    int ofd = (int)fd;
    if (fd < 0) {
        ofd = open(py2c__as_str(file)->data, flags, 0666);
        if (ofd < 0) return py2c_error_from_errno(errno, file);
    }
    struct stat st;
    if (fstat(ofd, &st) == 0 && S_ISDIR(st.st_mode)) {
        if (fd < 0) close(ofd);
        return py2c_error_from_errno(EISDIR, file);
    }
    const char *fmode = updating ? (reading ? "r+" : writing || creating ? "w+" : "a+")
                                 : (reading ? "r" : appending ? "a" : "w");
    FILE *fp = fdopen(ofd, fmode);
    if (!fp) {
        int err = errno;
        if (fd < 0) close(ofd);
        return py2c_error_from_errno(err, file);
    }
    if (has_enc && parse_encoding(encoding, &enc) < 0) {
        if (closefd) fclose(fp);
        return PY2C_NULL;
    }
    TextIO *f = (TextIO *)py2c__object_new(&py2c_textio_type, sizeof(TextIO));
    if (!f) {
        if (closefd) fclose(fp);
        return PY2C_NULL;
    }
    memset((char *)f + sizeof(Py2cObject), 0, sizeof(TextIO) - sizeof(Py2cObject));
    f->fp = fp;
    f->std_fd = -1;
    py2c_incref(file);
    f->name = file;
    snprintf(f->mode, sizeof f->mode, "%s", m);
    snprintf(f->encoding, sizeof f->encoding, "%s", has_enc ? py2c__as_str(encoding)->data : "UTF-8");
    f->enc = enc;
    f->newline = nl;
    f->readable = reading || updating;
    f->writable = !reading || updating;
    f->closefd = closefd;
    return py2c_obj_value(&f->ob);
}
PY2C_BUILTIN_FUNCTION(py2c_builtin_open, "open", bi_open_impl);

/* --- methods ------------------------------------------------------------------------------------ */

#define METHOD(name) static Py2cValue m_##name(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames)

static int no_args(const char *fname, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args;
    if (py2c__args_no_kw(fname, kwnames) < 0) return -1;
    if (nargs == 0) return 0;
    (void)py2c_error_format(&py2c_exc_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
    return -1;
}

/* An optional size argument (None or an int; -1 when absent). */
static int size_arg(const char *fname, size_t nargs, const Py2cValue *args, Py2cValue kwnames, int64_t *size) {
    if (py2c__args_no_kw(fname, kwnames) < 0) return -1;
    if (nargs > 1) {
        (void)py2c_error_format(&py2c_exc_TypeError, "%s expected at most 1 argument, got %zu", fname, nargs);
        return -1;
    }
    *size = -1;
    if (nargs == 0 || py2c_is_none(args[0])) return 0;
    if (!py2c_is_small_int(args[0]) && !py2c_is_bool(args[0])) {
        (void)py2c_error_format(&py2c_exc_TypeError, "argument should be integer or None, not '%s'",
                                py2c_type_name(args[0]));
        return -1;
    }
    return py2c__bltin_as_int64(args[0], size);
}

METHOD(read) {
    int64_t size;
    if (size_arg("read", nargs, args, kwnames, &size) < 0) return PY2C_NULL;
    TextIO *f = tio(self);
    if (check_readable(f) < 0) return PY2C_NULL;
    return read_text(f, size < 0 ? -1 : size, 0);
}

METHOD(readline) {
    int64_t size;
    if (size_arg("readline", nargs, args, kwnames, &size) < 0) return PY2C_NULL;
    return py2c__textio_readline(self, size < 0 ? -1 : size);
}

METHOD(readlines) {
    int64_t hint;
    if (size_arg("readlines", nargs, args, kwnames, &hint) < 0) return PY2C_NULL;
    TextIO *f = tio(self);
    if (check_readable(f) < 0) return PY2C_NULL;
    Py2cValue l = py2c_list_new(0);
    if (PY2C_IS_NULL(l)) return PY2C_NULL;
    int64_t total = 0;
    for (;;) {
        Py2cValue line = read_text(f, -1, 1);
        if (PY2C_IS_NULL(line)) goto fail;
        Py2cStr *s = py2c__as_str(line);
        if (s->len == 0) {
            py2c_decref(line);
            break;
        }
        total += s->nchars;
        int rc = py2c_list_append(l, line);
        py2c_decref(line);
        if (rc < 0) goto fail;
        if (hint > 0 && total >= hint) break;
    }
    return l;
fail:
    py2c_decref(l);
    return PY2C_NULL;
}

METHOD(write) {
    if (py2c__args_no_kw("write", kwnames) < 0) return PY2C_NULL;
    if (nargs != 1) return py2c_error_format(&py2c_exc_TypeError, "write() takes exactly one argument (%zu given)", nargs);
    TextIO *f = tio(self);
    if (check_closed(f) < 0) return PY2C_NULL;
    if (!py2c_is_str(args[0]))
        return py2c_error_format(&py2c_exc_TypeError, "write() argument must be str, not %s", py2c_type_name(args[0]));
    if (py2c__textio_write_str(self, args[0]) < 0) return PY2C_NULL;
    return py2c__bltin_int64(py2c__as_str(args[0])->nchars);
}

METHOD(writelines) {
    if (py2c__args_no_kw("writelines", kwnames) < 0) return PY2C_NULL;
    if (nargs != 1)
        return py2c_error_format(&py2c_exc_TypeError, "writelines() takes exactly one argument (%zu given)", nargs);
    if (check_closed(tio(self)) < 0) return PY2C_NULL;
    Py2cValue it = py2c_iter(args[0]);
    if (PY2C_IS_NULL(it)) return PY2C_NULL;
    for (;;) {
        Py2cValue line = py2c_iter_next(it);
        if (PY2C_IS_NULL(line)) {
            py2c_decref(it);
            return py2c_error_occurred() ? PY2C_NULL : PY2C_NONE;
        }
        int rc = py2c_is_str(line) ? py2c__textio_write_str(self, line) : -1;
        if (!py2c_is_str(line))
            (void)py2c_error_format(&py2c_exc_TypeError, "write() argument must be str, not %s", py2c_type_name(line));
        py2c_decref(line);
        if (rc < 0) {
            py2c_decref(it);
            return PY2C_NULL;
        }
    }
}

METHOD(flush) {
    if (no_args("flush", args, nargs, kwnames) < 0) return PY2C_NULL;
    return py2c__textio_flush(self) < 0 ? PY2C_NULL : PY2C_NONE;
}

static Py2cValue do_close(TextIO *f) {
    if (f->closed) return PY2C_NONE;
    FILE *fp = fp_of(f);
    f->closed = 1;
    int rc = (f->closefd && f->std_fd < 0) ? fclose(fp) : fflush(fp);
    f->fp = f->std_fd < 0 ? NULL : f->fp;
    if (rc != 0) return py2c_error_from_errno(errno, PY2C_NULL);
    return PY2C_NONE;
}

METHOD(close) {
    if (no_args("close", args, nargs, kwnames) < 0) return PY2C_NULL;
    return do_close(tio(self));
}

METHOD(enter) {
    if (no_args("__enter__", args, nargs, kwnames) < 0) return PY2C_NULL;
    if (check_closed(tio(self)) < 0) return PY2C_NULL;
    py2c_incref(self);
    return self;
}

METHOD(exit) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    return do_close(tio(self));
}

METHOD(readable) {
    if (no_args("readable", args, nargs, kwnames) < 0 || check_closed(tio(self)) < 0) return PY2C_NULL;
    return py2c_bool(tio(self)->readable);
}

METHOD(writable) {
    if (no_args("writable", args, nargs, kwnames) < 0 || check_closed(tio(self)) < 0) return PY2C_NULL;
    return py2c_bool(tio(self)->writable);
}

METHOD(seekable) {
    if (no_args("seekable", args, nargs, kwnames) < 0 || check_closed(tio(self)) < 0) return PY2C_NULL;
    return py2c_bool(ftell(fp_of(tio(self))) >= 0);
}

METHOD(fileno) {
    if (no_args("fileno", args, nargs, kwnames) < 0 || check_closed(tio(self)) < 0) return PY2C_NULL;
    return py2c_int(fileno(fp_of(tio(self))));
}

METHOD(isatty) {
    if (no_args("isatty", args, nargs, kwnames) < 0 || check_closed(tio(self)) < 0) return PY2C_NULL;
    return py2c_bool(isatty(fileno(fp_of(tio(self)))));
}

METHOD(tell) {
    if (no_args("tell", args, nargs, kwnames) < 0) return PY2C_NULL;
    TextIO *f = tio(self);
    if (check_closed(f) < 0) return PY2C_NULL;
    long p = ftell(fp_of(f));
    if (p < 0) return py2c_error_from_errno(errno, PY2C_NULL);
    return py2c__bltin_int64((int64_t)p - (int64_t)(f->len - f->pos));
}

METHOD(seek) {
    if (py2c__args_no_kw("seek", kwnames) < 0) return PY2C_NULL;
    if (nargs < 1 || nargs > 2)
        return py2c_error_format(&py2c_exc_TypeError, "seek expected at %s %d argument%s, got %zu",
                                 nargs < 1 ? "least" : "most", nargs < 1 ? 1 : 2, nargs < 1 ? "" : "s", nargs);
    TextIO *f = tio(self);
    if (check_closed(f) < 0) return PY2C_NULL;
    int64_t off, whence = 0;
    if (py2c__bltin_as_int64(args[0], &off) < 0) return PY2C_NULL;
    if (nargs > 1 && py2c__bltin_as_int64(args[1], &whence) < 0) return PY2C_NULL;
    if (whence == 1 && off != 0) return py2c_error_format(unsupported_type(), "can't do nonzero cur-relative seeks");
    if (whence == 2 && off != 0) return py2c_error_format(unsupported_type(), "can't do nonzero end-relative seeks");
    if (whence < 0 || whence > 2) return py2c_error_format(&py2c_exc_ValueError, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
    if (whence == 0 && off < 0) return py2c_error_format(&py2c_exc_ValueError, "negative seek position %lld", (long long)off);
    FILE *fp = fp_of(f);
    if (whence == 1) {
        off = (int64_t)ftell(fp) - (int64_t)(f->len - f->pos);
        whence = 0;
    }
    f->pos = f->len = 0;
    if (fseek(fp, (long)off, whence == 0 ? SEEK_SET : SEEK_END) != 0) return py2c_error_from_errno(errno, PY2C_NULL);
    f->last_write = 0;
    return py2c__bltin_int64((int64_t)ftell(fp));
}

static const Py2cMethodDef textio_methods[] = {
    {"read", m_read},         {"readline", m_readline}, {"readlines", m_readlines}, {"write", m_write},
    {"writelines", m_writelines}, {"flush", m_flush},   {"close", m_close},         {"__enter__", m_enter},
    {"__exit__", m_exit},     {"readable", m_readable}, {"writable", m_writable},   {"seekable", m_seekable},
    {"fileno", m_fileno},     {"isatty", m_isatty},     {"tell", m_tell},           {"seek", m_seek},
    {NULL, NULL},
};

static Py2cValue get_closed(Py2cValue self) { return py2c_bool(tio(self)->closed); }
static Py2cValue get_name(Py2cValue self) {
    py2c_incref(tio(self)->name);
    return tio(self)->name;
}
static Py2cValue get_mode(Py2cValue self) { return py2c_str_from_cstr(tio(self)->mode); }
static Py2cValue get_encoding(Py2cValue self) { return py2c_str_from_cstr(tio(self)->encoding); }

static const Py2cGetSetDef textio_getset[] = {
    {"closed", get_closed, NULL}, {"name", get_name, NULL}, {"mode", get_mode, NULL},
    {"encoding", get_encoding, NULL}, {NULL, NULL, NULL},
};

static Py2cValue textio_iter(Py2cValue self) {
    if (check_closed(tio(self)) < 0) return PY2C_NULL;
    py2c_incref(self);
    return self;
}

static Py2cValue textio_iternext(Py2cValue self) {
    Py2cValue line = py2c__textio_readline(self, -1);
    if (PY2C_IS_NULL(line)) return PY2C_NULL;
    if (py2c__as_str(line)->len == 0) {
        py2c_decref(line);
        return PY2C_NULL;
    }
    return line;
}

static Py2cValue textio_repr(Py2cValue self) {
    TextIO *f = tio(self);
    Py2cValue name = py2c_repr(f->name);
    if (PY2C_IS_NULL(name)) return PY2C_NULL;
    Py2cStr *n = py2c__as_str(name);
    size_t size = (size_t)n->len + 128;
    char *buf = malloc(size);
    if (!buf) {
        py2c_decref(name);
        return py2c_error_nomemory();
    }
    int len = snprintf(buf, size, "<_io.TextIOWrapper name=%s mode='%s' encoding='%s'>", n->data, f->mode, f->encoding);
    Py2cValue r = py2c_str_from_utf8(buf, len);
    free(buf);
    py2c_decref(name);
    return r;
}

const Py2cType py2c_textio_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "TextIOWrapper",
    .module = "_io",
    .base = &py2c_object_type,
    .flags = PY2C_TPFLAG_BASETYPE,
    .basicsize = sizeof(TextIO),
    .dealloc = textio_dealloc,
    .repr = textio_repr,
    .iter = textio_iter,
    .iternext = textio_iternext,
    .methods = textio_methods,
    .getset = textio_getset,
};

/* --- the standard streams ------------------------------------------------------------------------------------ */

static Py2cStr name_stdin = PY2C_STR_STATIC("<stdin>", 7, 7), name_stdout = PY2C_STR_STATIC("<stdout>", 8, 8),
               name_stderr = PY2C_STR_STATIC("<stderr>", 8, 8);

/* As CPython on POSIX (create_stdio), the standard streams use newline="\n":
 * stdin splits lines at "\n" only and keeps "\r"; nothing is translated. */
#define STD_STREAM(var, fd, nm, md, rd, wr, bs)                                                                    \
    static TextIO var = {.ob = PY2C_STATIC_HEADER(&py2c_textio_type), .std_fd = (fd),                           \
                         .name = {(uint64_t)PY2C__TAG_NONE << 48}, .mode = md, .encoding = "utf-8",             \
                         .enc = ENC_UTF8, .newline = NL_LF, .readable = rd, .writable = wr, .closefd = 0,      \
                         .backslash_errors = bs, .line_at_a_time = rd}
STD_STREAM(std_in, 0, name_stdin, "r", 1, 0, 0);
STD_STREAM(std_out, 1, name_stdout, "w", 0, 1, 0);
STD_STREAM(std_err, 2, name_stderr, "w", 0, 1, 1);

Py2cObject *py2c__stdin_obj = &std_in.ob, *py2c__stdout_obj = &std_out.ob, *py2c__stderr_obj = &std_err.ob;

/* The names are str objects whose addresses are not constant expressions in
 * a Py2cValue initializer: set on first use. */
void py2c__io_init(void) {
    std_in.name = py2c_obj_value(&name_stdin.ob);
    std_out.name = py2c_obj_value(&name_stdout.ob);
    std_err.name = py2c_obj_value(&name_stderr.ob);
}

/* At exit (sys.c's shutdown hook): frees the standard streams' read-ahead
 * buffers (unread input is dropped, as at CPython's exit). */
void py2c__io_shutdown(void) {
    TextIO *std[] = {&std_in, &std_out, &std_err};
    for (size_t i = 0; i < sizeof std / sizeof std[0]; i++) {
        free(std[i]->buf);
        std[i]->buf = NULL;
        std[i]->pos = std[i]->len = std[i]->cap = 0;
    }
}
