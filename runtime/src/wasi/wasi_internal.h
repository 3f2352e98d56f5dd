/* Internals of the WASI runtime library (runtime/src/wasi/), compiled for
 * wasm32-wasi only. The errno conversions are meant to move to platform.h
 * (identity functions natively) once portable code calls them. */
#ifndef PY2C_WASI_INTERNAL_H
#define PY2C_WASI_INTERNAL_H

#ifndef PY2C_BUILDING_RUNTIME
#error "wasi_internal.h is internal to the py2c runtime"
#endif

/* errno_linux.c: a native errno value as Python shows it (the Linux number),
 * and back; values without a counterpart pass through unchanged. */
int py2c__errno_to_python(int err);
int py2c__errno_from_python(int num);

/* cwd.c: moves to $PWD when the host allows it (see there); start-up calls it. */
void py2c__wasi_cwd_init(void);

#endif
