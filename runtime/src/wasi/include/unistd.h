/* <unistd.h> for the WASI runtime library (this directory is on the include
 * path of WASI builds only): wasi-libc's, plus the few functions it leaves
 * out that portable runtime sources call. compat.c defines them as a POSIX
 * system without the feature would behave, so callers take their existing
 * error paths and Python code sees an OSError or a fallback. */
#ifndef PY2C_WASI_UNISTD_H
#define PY2C_WASI_UNISTD_H

#include_next <unistd.h>

/* os.listdir(fd): WASI has no dup; fails with ENOSYS. */
int dup(int fd);
/* os.path.expanduser("~") without $HOME: WASI has no users; returns 0. */
uid_t getuid(void);

#endif
