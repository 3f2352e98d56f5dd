/* Small process-wide helpers: checked allocation and internal errors. */
#ifndef PY2C_COMMON_UTIL_H
#define PY2C_COMMON_UTIL_H

#include <stddef.h>

void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);

/* A bug in py2c itself, never a problem with the user's input. */
_Noreturn void internal_error_at(const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
#define INTERNAL_ERROR(...) internal_error_at(__FILE__, __LINE__, __VA_ARGS__)

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

#endif
