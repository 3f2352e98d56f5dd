/* Exceptions and tracebacks.
 *
 * Each thread has one current exception. A fallible runtime function returns
 * PY2C_NULL (or -1) with the current exception set; its caller either handles
 * it or records its own traceback entry and returns the sentinel too. There is
 * no setjmp/longjmp anywhere (the WASI build cannot use it). */
#ifndef PY2C_ERROR_H
#define PY2C_ERROR_H

#include <stdint.h>
#include <stdio.h>

#include "py2c/object.h"

/* Built-in exception types (CPython's hierarchy, the part used so far). */
extern const Py2cType py2c_exc_BaseException;
extern const Py2cType py2c_exc_Exception;
extern const Py2cType py2c_exc_ArithmeticError;
extern const Py2cType py2c_exc_ZeroDivisionError;
extern const Py2cType py2c_exc_OverflowError;
extern const Py2cType py2c_exc_TypeError;
extern const Py2cType py2c_exc_ValueError;
extern const Py2cType py2c_exc_MemoryError;
extern const Py2cType py2c_exc_RuntimeError;
extern const Py2cType py2c_exc_NotImplementedError;

/* Sets the current exception to a new instance of type whose message is the
 * printf-formatted text (fmt NULL: no arguments). Always returns PY2C_NULL so
 * that callers can `return py2c_error_format(...)`. */
Py2cValue py2c_error_format(const Py2cType *type, const char *fmt, ...) PY2C_PRINTF(2, 3);
Py2cValue py2c_error_nomemory(void);

/* Whether the calling thread has a current exception. */
int py2c_error_occurred(void);
/* Drops the current exception, if any. */
void py2c_error_clear(void);

/* Where code can raise: one entry per fallible operation of a function,
 * emitted by py2c. text is the source line without surrounding whitespace;
 * carets is the line CPython prints under it (relative to text), or NULL. */
typedef struct Py2cCodeLoc {
    int32_t line;
    const char *text;
    const char *carets;
} Py2cCodeLoc;

typedef struct Py2cCode {
    const char *filename; /* as CPython prints it: the path the program was given as */
    const char *name;     /* "<module>", a function's qualified name, ... */
    const Py2cCodeLoc *locs;
    int32_t nlocs;
} Py2cCode;

/* Appends the frame (code, locs[loc]) to the current exception's traceback,
 * as an exception leaves that frame. */
void py2c_traceback_add(const Py2cCode *code, int32_t loc);

/* Prints the current exception as CPython does for an uncaught one
 * ("Traceback (most recent call last): ..."), flushing stdout first, and
 * clears it. */
void py2c_error_print(FILE *out);

#endif
