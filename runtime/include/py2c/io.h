/* Text files (io.TextIOWrapper): the objects open() returns and
 * sys.stdin/stdout/stderr. Methods: read([n]), readline([n]), readlines(),
 * write(s) -> chars written, writelines(lines), flush(), close(),
 * __enter__/__exit__, iteration by lines, readable/writable/seekable,
 * fileno, isatty, tell, seek; attributes closed, name, mode, encoding.
 * Universal newlines on read, newline= translation on write; encodings
 * utf-8 (default), ascii, latin-1. Binary mode is not supported yet. */
#ifndef PY2C_IO_H
#define PY2C_IO_H

#include "py2c/type.h"

extern const Py2cType py2c_textio_type; /* _io.TextIOWrapper */

#endif
