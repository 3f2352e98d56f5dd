/* Stand-ins for POSIX functions wasi-libc lacks (declared in include/unistd.h and
 * include/pwd.h), compiled into the WASI runtime library only. Each fails the
 * way a POSIX system without the feature would, so callers take their
 * existing error paths. */
#include <errno.h>
#include <pwd.h>
#include <unistd.h>

int dup(int fd) {
    (void)fd;
    errno = ENOSYS;
    return -1;
}

/* WASI has no users; 0 is what a sandbox without them shows. */
uid_t getuid(void) { return 0; }

struct passwd *getpwnam(const char *name) {
    (void)name;
    return NULL;
}

struct passwd *getpwuid(uid_t uid) {
    (void)uid;
    return NULL;
}
