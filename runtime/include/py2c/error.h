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

/* Built-in exception types: CPython 3.11's hierarchy (without the exception
 * groups). Each is an immortal type object; its instances are Py2cException
 * objects with args, __cause__, __context__, a traceback and a __dict__. */
extern const Py2cType py2c_exc_BaseException;
extern const Py2cType py2c_exc_Exception;
extern const Py2cType py2c_exc_GeneratorExit;
extern const Py2cType py2c_exc_KeyboardInterrupt;
extern const Py2cType py2c_exc_SystemExit;
extern const Py2cType py2c_exc_ArithmeticError;
extern const Py2cType py2c_exc_FloatingPointError;
extern const Py2cType py2c_exc_OverflowError;
extern const Py2cType py2c_exc_ZeroDivisionError;
extern const Py2cType py2c_exc_AssertionError;
extern const Py2cType py2c_exc_AttributeError;
extern const Py2cType py2c_exc_BufferError;
extern const Py2cType py2c_exc_EOFError;
extern const Py2cType py2c_exc_ImportError;
extern const Py2cType py2c_exc_ModuleNotFoundError;
extern const Py2cType py2c_exc_LookupError;
extern const Py2cType py2c_exc_IndexError;
extern const Py2cType py2c_exc_KeyError;
extern const Py2cType py2c_exc_MemoryError;
extern const Py2cType py2c_exc_NameError;
extern const Py2cType py2c_exc_UnboundLocalError;
extern const Py2cType py2c_exc_OSError;
extern const Py2cType py2c_exc_BlockingIOError;
extern const Py2cType py2c_exc_ChildProcessError;
extern const Py2cType py2c_exc_ConnectionError;
extern const Py2cType py2c_exc_BrokenPipeError;
extern const Py2cType py2c_exc_ConnectionAbortedError;
extern const Py2cType py2c_exc_ConnectionRefusedError;
extern const Py2cType py2c_exc_ConnectionResetError;
extern const Py2cType py2c_exc_FileExistsError;
extern const Py2cType py2c_exc_FileNotFoundError;
extern const Py2cType py2c_exc_InterruptedError;
extern const Py2cType py2c_exc_IsADirectoryError;
extern const Py2cType py2c_exc_NotADirectoryError;
extern const Py2cType py2c_exc_PermissionError;
extern const Py2cType py2c_exc_ProcessLookupError;
extern const Py2cType py2c_exc_TimeoutError;
extern const Py2cType py2c_exc_ReferenceError;
extern const Py2cType py2c_exc_RuntimeError;
extern const Py2cType py2c_exc_NotImplementedError;
extern const Py2cType py2c_exc_RecursionError;
extern const Py2cType py2c_exc_StopAsyncIteration;
extern const Py2cType py2c_exc_StopIteration;
extern const Py2cType py2c_exc_SyntaxError;
extern const Py2cType py2c_exc_IndentationError;
extern const Py2cType py2c_exc_TabError;
extern const Py2cType py2c_exc_SystemError;
extern const Py2cType py2c_exc_TypeError;
extern const Py2cType py2c_exc_ValueError;
extern const Py2cType py2c_exc_UnicodeError;
extern const Py2cType py2c_exc_UnicodeDecodeError;
extern const Py2cType py2c_exc_UnicodeEncodeError;
extern const Py2cType py2c_exc_UnicodeTranslateError;
extern const Py2cType py2c_exc_Warning;
extern const Py2cType py2c_exc_BytesWarning;
extern const Py2cType py2c_exc_DeprecationWarning;
extern const Py2cType py2c_exc_EncodingWarning;
extern const Py2cType py2c_exc_FutureWarning;
extern const Py2cType py2c_exc_ImportWarning;
extern const Py2cType py2c_exc_PendingDeprecationWarning;
extern const Py2cType py2c_exc_ResourceWarning;
extern const Py2cType py2c_exc_RuntimeWarning;
extern const Py2cType py2c_exc_SyntaxWarning;
extern const Py2cType py2c_exc_UnicodeWarning;
extern const Py2cType py2c_exc_UserWarning;
/* io.UnsupportedOperation: CPython's derives from OSError and ValueError;
 * single inheritance for now: OSError only. */
extern const Py2cType py2c_exc_UnsupportedOperation;

/* Sets the current exception to a new instance of type whose message is the
 * printf-formatted text (fmt NULL: no arguments). Always returns PY2C_NULL so
 * that callers can `return py2c_error_format(...)`. */
Py2cValue py2c_error_format(const Py2cType *type, const char *fmt, ...) PY2C_PRINTF(2, 3);
Py2cValue py2c_error_nomemory(void);

/* Raises the OSError subclass CPython picks for errno err (ENOENT ->
 * FileNotFoundError, EACCES -> PermissionError, ...) with args
 * (err, strerror(err)[, filename]); filename may be PY2C_NULL. Returns PY2C_NULL. */
Py2cValue py2c_error_from_errno(int err, Py2cValue filename);
/* The same with a second filename (PY2C_NULL: none), as os.rename raises:
 * "[Errno 2] No such file or directory: 'a' -> 'b'". */
Py2cValue py2c_error_from_errno2(int err, Py2cValue filename, Py2cValue filename2);

/* `raise exc [from cause]`: exc is an exception instance or class (called
 * without arguments); cause is PY2C_NULL without `from`, None for
 * `from None`, else an exception instance or class. The new current
 * exception gets the handled exception (if any) as __context__. The caller
 * adds its traceback entry as for any error. Always returns PY2C_NULL. */
Py2cValue py2c_raise(Py2cValue exc, Py2cValue cause);
/* Bare `raise`: re-raises the exception being handled (the innermost
 * py2c_exc_handled_push), keeping its traceback; RuntimeError "No active
 * exception to reraise" without one. The current frame already has its
 * traceback entry in the exception: the caller must NOT add another one
 * for this frame. Always returns PY2C_NULL. */
Py2cValue py2c_reraise(void);
/* Takes the current exception (a new reference), leaving none; PY2C_NULL if
 * there is none. */
PY2C_WARN_UNUSED Py2cValue py2c_error_fetch(void);
/* Makes exc (stolen; an exception instance) the current exception, as it
 * is: no __context__ chaining (for `finally` re-raising what it fetched). */
void py2c_error_restore(Py2cValue exc);
/* The test of an `except T:` clause: whether exception exc matches T (a
 * class or tuple of classes): 1, 0, or -1 with TypeError "catching classes
 * that do not inherit from BaseException is not allowed". */
PY2C_WARN_UNUSED int py2c_exception_matches(Py2cValue exc, Py2cValue type_or_tuple);
/* Whether the current exception is an instance of t (0 without one). */
int py2c_error_matches(const Py2cType *t);
/* The stack of exceptions being handled (sys.exc_info()): push when entering
 * an except (or finally with a pending exception) block, pop on leaving it
 * (however it is left). exc is borrowed. */
void py2c_exc_handled_push(Py2cValue exc);
void py2c_exc_handled_pop(void);
/* The innermost exception being handled (borrowed), or None. */
Py2cValue py2c_exc_handled_current(void);

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

/* Prints exception exc (borrowed) as CPython does for an uncaught one,
 * with its __cause__/__context__ chain. */
void py2c_exception_print(Py2cValue exc, FILE *out);

/* Prints the current exception as CPython does for an uncaught one
 * ("Traceback (most recent call last): ..."), flushing stdout first, and
 * clears it. */
void py2c_error_print(FILE *out);

#endif
