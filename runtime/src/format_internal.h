/* The format-spec mini-language ("[[fill]align][sign][z][#][0][width][,|_][.precision][type]"),
 * parsed once for every type's __format__ (str here; int and float in the
 * numbers area), with CPython 3.11's messages. Runtime-private. */
#ifndef PY2C_FORMAT_INTERNAL_H
#define PY2C_FORMAT_INTERNAL_H

#include <stdint.h>

#include "str_internal.h"

typedef struct Py2cFormatSpec {
    uint32_t fill;      /* fill character (default ' '; '0' with the 0 flag) */
    char align;         /* '<', '>', '^', '=' (the default_align given when absent) */
    char sign;          /* '+', '-', ' ', or 0 when absent */
    char thousands;     /* ',', '_', or 0 */
    char type;          /* presentation type, or default_type when absent (0: none) */
    uint32_t type_cp;   /* the type as a code point (for the "Unknown format code" message) */
    int fill_given;     /* a fill character was written */
    int align_given;    /* an alignment was written */
    int alternate;      /* '#' */
    int no_neg_zero;    /* 'z' */
    int64_t width;      /* -1 when absent */
    int64_t precision;  /* -1 when absent */
} Py2cFormatSpec;

/* Parses spec (a str) for an object of type type_name. default_type is the
 * type assumed when none is written ('s' for str, 'd' for int, 0 for float);
 * default_align is '<' for str, '>' for numbers (it decides whether the 0
 * flag also means '=' alignment). 0, or -1 with ValueError:
 *   "Invalid format specifier 'xx' for object of type 'str'",
 *   "Format specifier missing precision", "Too many decimal digits in format string",
 *   "Cannot specify both ',' and '_'.", "Cannot specify ',' with 's'.". */
PY2C_WARN_UNUSED int py2c__format_spec_parse(Py2cValue spec, const char *type_name, char default_type,
                                             char default_align, Py2cFormatSpec *out);

/* ValueError "Unknown format code 'x' for object of type 'T'" for spec->type. */
Py2cValue py2c__format_unknown_code(const Py2cFormatSpec *spec, const char *type_name);

/* Appends text (len bytes, nchars code points) padded to spec->width with
 * spec->fill as spec->align says ('=' is treated as '>'; numbers insert
 * their sign and prefix themselves). */
void py2c__format_pad_into(Py2cTextBuf *b, const char *text, int64_t len, int64_t nchars,
                           const Py2cFormatSpec *spec);

/* Text of |x| as C's %.<prec>e/f/g/E/F/G (glibc rounds correctly, as
 * CPython's PyOS_double_to_string; alt: the '#' flag), with CPython's
 * spelling of inf and nan ("inf", "INF", ...). Returns the length (as
 * snprintf: may exceed size). */
int py2c__format_double_abs(double x, char conv, int64_t prec, int alt, char *buf, size_t size);

#endif
