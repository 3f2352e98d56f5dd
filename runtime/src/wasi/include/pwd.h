/* <pwd.h> for the WASI runtime library (wasi-libc has none; this directory
 * is on the include path of WASI builds only). WASI has no user database:
 * compat.c's getpwnam/getpwuid find nobody, as on a system without the user,
 * so os.path.expanduser leaves "~name" unchanged. */
#ifndef PY2C_WASI_PWD_H
#define PY2C_WASI_PWD_H

#include <sys/types.h>

struct passwd {
    char *pw_name;
    char *pw_passwd;
    uid_t pw_uid;
    gid_t pw_gid;
    char *pw_gecos;
    char *pw_dir;
    char *pw_shell;
};

struct passwd *getpwnam(const char *name);
struct passwd *getpwuid(uid_t uid);

#endif
