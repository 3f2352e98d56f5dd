/* WASI errno values as CPython on Linux shows them. wasi-libc numbers errno
 * its own way (ENOENT is 44, ERANGE 68), but Python programs print and
 * compare e.errno against the Linux numbers (the golden outputs come from
 * CPython on Linux). The runtime keeps the native values internally and
 * converts where a number becomes visible to Python (OSError.errno, the
 * OverflowError text of float pow), in both directions for OSError(n, ...).
 * The Linux numbers are those of Python 3.11's errno module on x86-64;
 * ENOTCAPABLE (WASI only) shows as EPERM, as a sandbox denial. WASI builds
 * only; the native build uses the values as they are. */
#include <errno.h>

#include "wasi_internal.h"

static const struct {
    int wasi, linux_value;
} table[] = {
    {EPERM, 1},
    {ENOENT, 2},
    {ESRCH, 3},
    {EINTR, 4},
    {EIO, 5},
    {ENXIO, 6},
    {E2BIG, 7},
    {ENOEXEC, 8},
    {EBADF, 9},
    {ECHILD, 10},
    {EAGAIN, 11},
    {EWOULDBLOCK, 11},
    {ENOMEM, 12},
    {EACCES, 13},
    {EFAULT, 14},
    {EBUSY, 16},
    {EEXIST, 17},
    {EXDEV, 18},
    {ENODEV, 19},
    {ENOTDIR, 20},
    {EISDIR, 21},
    {EINVAL, 22},
    {ENFILE, 23},
    {EMFILE, 24},
    {ENOTTY, 25},
    {ETXTBSY, 26},
    {EFBIG, 27},
    {ENOSPC, 28},
    {ESPIPE, 29},
    {EROFS, 30},
    {EMLINK, 31},
    {EPIPE, 32},
    {EDOM, 33},
    {ERANGE, 34},
    {EDEADLK, 35},
    {ENAMETOOLONG, 36},
    {ENOLCK, 37},
    {ENOSYS, 38},
    {ENOTEMPTY, 39},
    {ELOOP, 40},
    {ENOMSG, 42},
    {EIDRM, 43},
    {ENOLINK, 67},
    {EPROTO, 71},
    {EMULTIHOP, 72},
    {EBADMSG, 74},
    {EOVERFLOW, 75},
    {EILSEQ, 84},
    {ENOTSOCK, 88},
    {EDESTADDRREQ, 89},
    {EMSGSIZE, 90},
    {EPROTOTYPE, 91},
    {ENOPROTOOPT, 92},
    {EPROTONOSUPPORT, 93},
    {ENOTSUP, 95},
    {EOPNOTSUPP, 95},
    {EAFNOSUPPORT, 97},
    {EADDRINUSE, 98},
    {EADDRNOTAVAIL, 99},
    {ENETDOWN, 100},
    {ENETUNREACH, 101},
    {ENETRESET, 102},
    {ECONNABORTED, 103},
    {ECONNRESET, 104},
    {ENOBUFS, 105},
    {EISCONN, 106},
    {ENOTCONN, 107},
    {ETIMEDOUT, 110},
    {ECONNREFUSED, 111},
    {EHOSTUNREACH, 113},
    {EALREADY, 114},
    {EINPROGRESS, 115},
    {ESTALE, 116},
    {EDQUOT, 122},
    {ECANCELED, 125},
    {EOWNERDEAD, 130},
    {ENOTRECOVERABLE, 131},
    {ENOTCAPABLE, 1},
};

int py2c__errno_to_python(int err) {
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (table[i].wasi == err) return table[i].linux_value;
    return err;
}

int py2c__errno_from_python(int num) {
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (table[i].linux_value == num) return table[i].wasi;
    return num;
}
