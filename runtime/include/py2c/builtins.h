/* Built-in functions and the builtins namespace.
 *
 * Every built-in function is one immortal Py2cBuiltinFunction object named
 * py2c_builtin_<name> (vectorcall convention, keyword arguments handled, with
 * CPython 3.11's argument errors). Generated code takes its value with
 * PY2C_BUILTIN_VALUE(py2c_builtin_len) and calls it like any callable.
 *
 * The iterator types made by enumerate/zip/map/filter/reversed/iter(f, sentinel) are
 * declared here; the other builtin types live in their areas' headers. */
#ifndef PY2C_BUILTINS_H
#define PY2C_BUILTINS_H

#include <stdint.h>

#include "py2c/function.h"
#include "py2c/type.h"
#include "py2c/value.h"

/* The value of a static builtin object (a Py2cBuiltinFunction or a type). */
#define PY2C_BUILTIN_VALUE(sym) py2c_obj_value((Py2cObject *)(uintptr_t)&(sym))

/* Every name of Python's builtins namespace that py2c provides, as
 * X(python_name, c_symbol): c_symbol is an immortal object (a builtin
 * function or a type) whose value is PY2C_BUILTIN_VALUE(c_symbol). The
 * compiler builds its name table from this list, e.g.
 *   #define X(name, sym) {#name, #sym},
 *   static const struct { const char *py, *c; } table[] = { PY2C_BUILTIN_NAMES(X) };
 * Exceptions are listed separately (PY2C_BUILTIN_EXCEPTIONS, core's types). */
#define PY2C_BUILTIN_NAMES(X)                  \
    X(abs, py2c_builtin_abs)                   \
    X(all, py2c_builtin_all)                   \
    X(any, py2c_builtin_any)                   \
    X(ascii, py2c_builtin_ascii)               \
    X(bin, py2c_builtin_bin)                   \
    X(callable, py2c_builtin_callable)         \
    X(classmethod, py2c_classmethod_type)      \
    X(chr, py2c_builtin_chr)                   \
    X(delattr, py2c_builtin_delattr)           \
    X(divmod, py2c_builtin_divmod)             \
    X(format, py2c_builtin_format)             \
    X(getattr, py2c_builtin_getattr)           \
    X(hasattr, py2c_builtin_hasattr)           \
    X(hash, py2c_builtin_hash)                 \
    X(hex, py2c_builtin_hex)                   \
    X(id, py2c_builtin_id)                     \
    X(input, py2c_builtin_input)               \
    X(isinstance, py2c_builtin_isinstance)     \
    X(issubclass, py2c_builtin_issubclass)     \
    X(iter, py2c_builtin_iter)                 \
    X(len, py2c_builtin_len)                   \
    X(max, py2c_builtin_max)                   \
    X(min, py2c_builtin_min)                   \
    X(next, py2c_builtin_next)                 \
    X(oct, py2c_builtin_oct)                   \
    X(open, py2c_builtin_open)                 \
    X(ord, py2c_builtin_ord)                   \
    X(pow, py2c_builtin_pow)                   \
    X(print, py2c_builtin_print)               \
    X(property, py2c_property_type)            \
    X(repr, py2c_builtin_repr)                 \
    X(round, py2c_builtin_round)               \
    X(setattr, py2c_builtin_setattr)           \
    X(sorted, py2c_builtin_sorted)             \
    X(staticmethod, py2c_staticmethod_type)    \
    X(sum, py2c_builtin_sum)                   \
    X(super, py2c_super_type)                  \
    X(vars, py2c_builtin_vars)                 \
    X(bool, py2c_bool_type)                    \
    X(bytes, py2c_bytes_type)                  \
    X(dict, py2c_dict_type)                    \
    X(enumerate, py2c_enumerate_type)          \
    X(filter, py2c_filter_type)                \
    X(float, py2c_float_type)                  \
    X(frozenset, py2c_frozenset_type)          \
    X(int, py2c_int_type)                      \
    X(list, py2c_list_type)                    \
    X(map, py2c_map_type)                      \
    X(object, py2c_object_type)                \
    X(range, py2c_range_type)                  \
    X(reversed, py2c_reversed_type)            \
    X(set, py2c_set_type)                      \
    X(str, py2c_str_type)                      \
    X(tuple, py2c_tuple_type)                  \
    X(type, py2c_type_type)                    \
    X(zip, py2c_zip_type)

/* The exception classes of the builtins namespace (core's py2c/error.h). */
#define PY2C_BUILTIN_EXCEPTIONS(X) \
    X(BaseException, py2c_exc_BaseException) \
    X(Exception, py2c_exc_Exception) \
    X(GeneratorExit, py2c_exc_GeneratorExit) \
    X(KeyboardInterrupt, py2c_exc_KeyboardInterrupt) \
    X(SystemExit, py2c_exc_SystemExit) \
    X(ArithmeticError, py2c_exc_ArithmeticError) \
    X(FloatingPointError, py2c_exc_FloatingPointError) \
    X(OverflowError, py2c_exc_OverflowError) \
    X(ZeroDivisionError, py2c_exc_ZeroDivisionError) \
    X(AssertionError, py2c_exc_AssertionError) \
    X(AttributeError, py2c_exc_AttributeError) \
    X(BufferError, py2c_exc_BufferError) \
    X(EOFError, py2c_exc_EOFError) \
    X(ImportError, py2c_exc_ImportError) \
    X(ModuleNotFoundError, py2c_exc_ModuleNotFoundError) \
    X(LookupError, py2c_exc_LookupError) \
    X(IndexError, py2c_exc_IndexError) \
    X(KeyError, py2c_exc_KeyError) \
    X(MemoryError, py2c_exc_MemoryError) \
    X(NameError, py2c_exc_NameError) \
    X(UnboundLocalError, py2c_exc_UnboundLocalError) \
    X(OSError, py2c_exc_OSError) \
    X(BlockingIOError, py2c_exc_BlockingIOError) \
    X(ChildProcessError, py2c_exc_ChildProcessError) \
    X(ConnectionError, py2c_exc_ConnectionError) \
    X(BrokenPipeError, py2c_exc_BrokenPipeError) \
    X(ConnectionAbortedError, py2c_exc_ConnectionAbortedError) \
    X(ConnectionRefusedError, py2c_exc_ConnectionRefusedError) \
    X(ConnectionResetError, py2c_exc_ConnectionResetError) \
    X(FileExistsError, py2c_exc_FileExistsError) \
    X(FileNotFoundError, py2c_exc_FileNotFoundError) \
    X(InterruptedError, py2c_exc_InterruptedError) \
    X(IsADirectoryError, py2c_exc_IsADirectoryError) \
    X(NotADirectoryError, py2c_exc_NotADirectoryError) \
    X(PermissionError, py2c_exc_PermissionError) \
    X(ProcessLookupError, py2c_exc_ProcessLookupError) \
    X(TimeoutError, py2c_exc_TimeoutError) \
    X(ReferenceError, py2c_exc_ReferenceError) \
    X(RuntimeError, py2c_exc_RuntimeError) \
    X(NotImplementedError, py2c_exc_NotImplementedError) \
    X(RecursionError, py2c_exc_RecursionError) \
    X(StopAsyncIteration, py2c_exc_StopAsyncIteration) \
    X(StopIteration, py2c_exc_StopIteration) \
    X(SyntaxError, py2c_exc_SyntaxError) \
    X(IndentationError, py2c_exc_IndentationError) \
    X(TabError, py2c_exc_TabError) \
    X(SystemError, py2c_exc_SystemError) \
    X(TypeError, py2c_exc_TypeError) \
    X(ValueError, py2c_exc_ValueError) \
    X(UnicodeError, py2c_exc_UnicodeError) \
    X(UnicodeDecodeError, py2c_exc_UnicodeDecodeError) \
    X(UnicodeEncodeError, py2c_exc_UnicodeEncodeError) \
    X(UnicodeTranslateError, py2c_exc_UnicodeTranslateError) \
    X(Warning, py2c_exc_Warning) \
    X(BytesWarning, py2c_exc_BytesWarning) \
    X(DeprecationWarning, py2c_exc_DeprecationWarning) \
    X(EncodingWarning, py2c_exc_EncodingWarning) \
    X(FutureWarning, py2c_exc_FutureWarning) \
    X(ImportWarning, py2c_exc_ImportWarning) \
    X(PendingDeprecationWarning, py2c_exc_PendingDeprecationWarning) \
    X(ResourceWarning, py2c_exc_ResourceWarning) \
    X(RuntimeWarning, py2c_exc_RuntimeWarning) \
    X(SyntaxWarning, py2c_exc_SyntaxWarning) \
    X(UnicodeWarning, py2c_exc_UnicodeWarning) \
    X(UserWarning, py2c_exc_UserWarning) \
    X(EnvironmentError, py2c_exc_OSError) \
    X(IOError, py2c_exc_OSError)

/* The builtin functions (Py2cBuiltinFunction: see py2c/function.h). */
#define PY2C__DECLARE_BUILTIN(name, sym) extern Py2cBuiltinFunction sym;
PY2C__DECLARE_BUILTIN(abs, py2c_builtin_abs)
PY2C__DECLARE_BUILTIN(all, py2c_builtin_all)
PY2C__DECLARE_BUILTIN(any, py2c_builtin_any)
PY2C__DECLARE_BUILTIN(ascii, py2c_builtin_ascii)
PY2C__DECLARE_BUILTIN(bin, py2c_builtin_bin)
PY2C__DECLARE_BUILTIN(callable, py2c_builtin_callable)
PY2C__DECLARE_BUILTIN(chr, py2c_builtin_chr)
PY2C__DECLARE_BUILTIN(delattr, py2c_builtin_delattr)
PY2C__DECLARE_BUILTIN(divmod, py2c_builtin_divmod)
PY2C__DECLARE_BUILTIN(format, py2c_builtin_format)
PY2C__DECLARE_BUILTIN(getattr, py2c_builtin_getattr)
PY2C__DECLARE_BUILTIN(hasattr, py2c_builtin_hasattr)
PY2C__DECLARE_BUILTIN(hash, py2c_builtin_hash)
PY2C__DECLARE_BUILTIN(hex, py2c_builtin_hex)
PY2C__DECLARE_BUILTIN(id, py2c_builtin_id)
PY2C__DECLARE_BUILTIN(input, py2c_builtin_input)
PY2C__DECLARE_BUILTIN(isinstance, py2c_builtin_isinstance)
PY2C__DECLARE_BUILTIN(issubclass, py2c_builtin_issubclass)
PY2C__DECLARE_BUILTIN(iter, py2c_builtin_iter)
PY2C__DECLARE_BUILTIN(len, py2c_builtin_len)
PY2C__DECLARE_BUILTIN(max, py2c_builtin_max)
PY2C__DECLARE_BUILTIN(min, py2c_builtin_min)
PY2C__DECLARE_BUILTIN(next, py2c_builtin_next)
PY2C__DECLARE_BUILTIN(oct, py2c_builtin_oct)
PY2C__DECLARE_BUILTIN(open, py2c_builtin_open)
PY2C__DECLARE_BUILTIN(ord, py2c_builtin_ord)
PY2C__DECLARE_BUILTIN(pow, py2c_builtin_pow)
PY2C__DECLARE_BUILTIN(print, py2c_builtin_print)
PY2C__DECLARE_BUILTIN(repr, py2c_builtin_repr)
PY2C__DECLARE_BUILTIN(round, py2c_builtin_round)
PY2C__DECLARE_BUILTIN(setattr, py2c_builtin_setattr)
PY2C__DECLARE_BUILTIN(sorted, py2c_builtin_sorted)
PY2C__DECLARE_BUILTIN(sum, py2c_builtin_sum)
PY2C__DECLARE_BUILTIN(vars, py2c_builtin_vars)
#undef PY2C__DECLARE_BUILTIN

/* Iterator types of the builtins namespace. Calling the type constructs as
 * CPython (enumerate(iterable, start=0), zip(*iterables, strict=False),
 * map(func, *iterables), filter(func_or_None, iterable), reversed(seq)).
 * reversed(seq) returns seq.__reversed__() when seq's type has one (the
 * containers' own reverse iterators for list, range, dict and its views),
 * else a `reversed` object over seq's __len__/__getitem__. */
extern const Py2cType py2c_enumerate_type;
extern const Py2cType py2c_zip_type;
extern const Py2cType py2c_map_type;
extern const Py2cType py2c_filter_type;
extern const Py2cType py2c_reversed_type;
extern const Py2cType py2c_callable_iterator_type; /* iter(callable, sentinel) */

/* Direct entry points (borrowed arguments, new reference or PY2C_NULL). */
/* print(*args, sep=sep, end=end, file=file, flush=flush): absent keyword
 * arguments are PY2C_NULL. */
PY2C_WARN_UNUSED Py2cValue py2c_print(size_t nargs, const Py2cValue *args, Py2cValue sep, Py2cValue end,
                                      Py2cValue file, Py2cValue flush);
/* next(it, default): default PY2C_NULL raises StopIteration at the end. */
PY2C_WARN_UNUSED Py2cValue py2c_next(Py2cValue it, Py2cValue dflt);

#endif
