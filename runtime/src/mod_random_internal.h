/* The random module's files (mod_random.c: the Mersenne Twister and the
 * module; mod_random_sha512.c: SHA-512 for seeding from str and bytes).
 * Private to the runtime. */
#ifndef PY2C_MOD_RANDOM_INTERNAL_H
#define PY2C_MOD_RANDOM_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

/* SHA-512 (FIPS 180-4) of the len bytes at data into digest (64 bytes). */
void py2c__sha512(const unsigned char *data, size_t len, unsigned char digest[64]);

#endif
