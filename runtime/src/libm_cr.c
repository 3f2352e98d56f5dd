/* libm functions for the WASI build whose results must equal CPython's on
 * Linux (glibc) digit for digit, where wasi-libc's musl differs (measured
 * on random arguments: 3% to 17% of sin, cos, tan, asin, acos, atan, atan2
 * results, 7% of tanh, 3.5% of log10).
 *
 * sin, cos, tan, asin, acos, atan, atan2: correctly rounded, which glibc's
 * are in practice (they miss in about 0.1% of random arguments, where this
 * file is right and glibc is not). Computed in IEEE quadruple precision
 * (long double on wasm32: 113-bit significand, compiler-rt's soft float) to
 * about 2**-110 relative error, then rounded once to double. Arguments of sin, cos and
 * tan are reduced modulo pi/2 exactly (Payne-Hanek: the argument's integer
 * significand times a 256-bit window of the bits of 2/pi). About 4 us per
 * call under Node, against 0.1 to 0.3 us for musl's.
 * tanh, log10, sinh, cosh: glibc's are the classic fdlibm formulas on top
 * of expm1/exp/log, musl's are rewritten; the same formulas here (equal to
 * glibc's bit for bit on 300000 random arguments natively) on musl's
 * expm1/exp/log, which are the same algorithms as glibc's.
 * erfc: py2c__libm_erfc, a wrapper (see there).
 * Not covered (docs/wasi.md): cbrt (glibc's own algorithm, not correctly
 * rounded: cbrt(27.0) is 3.0000000000000004; 45% of random arguments
 * differ from musl's, and as many from a correctly rounded one), erf and
 * erfc elsewhere (about 2% differ), and rare last-digit differences of
 * exp/log/pow/expm1/log1p/atanh (glibc's FMA variants).
 *
 * On WASI the definitions take the standard names: libpy2c-runtime.a comes
 * before libc on every link line, so every runtime caller (math, random)
 * gets them and musl's are never linked. Natively this file is empty unless
 * PY2C_LIBM_CR_TEST is defined: then it defines py2c_cr_* with __float128,
 * for comparing with glibc (tools/libm_check.c). */
#if defined(__wasi__) || defined(PY2C_LIBM_CR_TEST)
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#ifdef __wasi__
_Static_assert(LDBL_MANT_DIG == 113, "long double is IEEE quadruple precision on wasm32");
typedef long double qreal;
#define Q(c) c##L
#define CR(name) name
#else
typedef __float128 qreal;
#define Q(c) c##Q
#define CR(name) py2c_cr_##name
double py2c_cr_sin(double x);
double py2c_cr_cos(double x);
double py2c_cr_tan(double x);
double py2c_cr_atan(double x);
double py2c_cr_atan2(double y, double x);
double py2c_cr_asin(double x);
double py2c_cr_acos(double x);
double py2c_cr_tanh(double x);
double py2c_cr_sinh(double x);
double py2c_cr_cosh(double x);
double py2c_cr_log10(double x);
#endif
double py2c__libm_erfc(double x);

/* Constants: generated with mpmath at 2000 bits, rounded to nearest. */
/* 2/pi: bit i (from 1) after the binary point is bit 31 - (i - 1) % 32 of word (i - 1) / 32 */
static const uint32_t two_over_pi[43] = {
    0xa2f9836e, 0x4e441529, 0xfc2757d1, 0xf534ddc0, 0xdb629599, 0x3c439041,
    0xfe5163ab, 0xdebbc561, 0xb7246e3a, 0x424dd2e0, 0x06492eea, 0x09d1921c,
    0xfe1deb1c, 0xb129a73e, 0xe88235f5, 0x2ebb4484, 0xe99c7026, 0xb45f7e41,
    0x3991d639, 0x835339f4, 0x9c845f8b, 0xbdf9283b, 0x1ff897ff, 0xde05980f,
    0xef2f118b, 0x5a0a6d1f, 0x6d367ecf, 0x27cb09b7, 0x4f463f66, 0x9e5fea2d,
    0x7527bac7, 0xebe5f17b, 0x3d0739f7, 0x8a5292ea, 0x6bfb5fb1, 0x1f8d5d08,
    0x56033046, 0xfc7b6bab, 0xf0cfbc20, 0x9af4361d, 0xa9e39161, 0x5ee61b08,
    0x6599855f,
};
#define PIO2 Q(0x1.921fb54442d18469898cc51701b8p+0)
#define PI Q(0x1.921fb54442d18469898cc51701b8p+1)
/* 1/n! for n = 0..33 */
static const qreal inv_fact[34] = {
    Q(0x1.0000000000000000000000000000p+0),
    Q(0x1.0000000000000000000000000000p+0),
    Q(0x1.0000000000000000000000000000p-1),
    Q(0x1.5555555555555555555555555555p-3),
    Q(0x1.5555555555555555555555555555p-5),
    Q(0x1.1111111111111111111111111111p-7),
    Q(0x1.6c16c16c16c16c16c16c16c16c17p-10),
    Q(0x1.a01a01a01a01a01a01a01a01a01ap-13),
    Q(0x1.a01a01a01a01a01a01a01a01a01ap-16),
    Q(0x1.71de3a556c7338faac1c88e50017p-19),
    Q(0x1.27e4fb7789f5c72ef016d3ea6679p-22),
    Q(0x1.ae64567f544e38fe747e4b837dc7p-26),
    Q(0x1.1eed8eff8d897b544da987acfe85p-29),
    Q(0x1.6124613a86d097ca38331d23af68p-33),
    Q(0x1.93974a8c07c9d20badf145dfa3e5p-37),
    Q(0x1.ae7f3e733b81f11d8656b0ee8cb0p-41),
    Q(0x1.ae7f3e733b81f11d8656b0ee8cb0p-45),
    Q(0x1.952c77030ad4a6b2605197771b00p-49),
    Q(0x1.6827863b97d977bb004886a2c2abp-53),
    Q(0x1.2f49b4681415724ca1ec3b7b9675p-57),
    Q(0x1.e542ba402022507a9cad2bf8f0bbp-62),
    Q(0x1.71b8ef6dcf5718bef146fcee6e45p-66),
    Q(0x1.0ce396db7f8529450c90b7f338ecp-70),
    Q(0x1.761b413163819d97b8704dd7f628p-75),
    Q(0x1.f2cf01972f577cca4b4067ca9d8ap-80),
    Q(0x1.3f3ccdd165fa8d4e44a419776f11p-84),
    Q(0x1.88e85fc6a4e59a38f2050ba6b015p-89),
    Q(0x1.d1ab1c2dccea320a9a18f15d4277p-94),
    Q(0x1.0a18a2635085d373c5c51c354a8dp-98),
    Q(0x1.259f98b4358ad7abe30e7766f129p-103),
    Q(0x1.3932c5047d60e60caded4c2989c5p-108),
    Q(0x1.434d2e783f5bc42e1ee46fa6bfc4p-113),
    Q(0x1.434d2e783f5bc42e1ee46fa6bfc4p-118),
    Q(0x1.3981254dd0d51b5382cdffa97422p-123),
};
/* atan(k/64), k = 0..64 */
static const qreal atan_tab[65] = {
    Q(0x0p+0),
    Q(0x1.fff555bbb729ab77cf18ac802befp-7),
    Q(0x1.ffd55bba97624a84ef3aeedbb519p-6),
    Q(0x1.7fb818430da29f9e441c21ac3bebp-5),
    Q(0x1.ff55bb72cfde9c6d964f25b81c5cp-5),
    Q(0x1.3f59f0e7c559d6b1338a177e11cep-4),
    Q(0x1.7ee182602f10e8c126acfcf099f0p-4),
    Q(0x1.be39ebe6f07c37dee3ca681661ccp-4),
    Q(0x1.fd5ba9aac2f6dc65912f313e7d11p-4),
    Q(0x1.1e1fafb043726e4b7a6eb2530741p-3),
    Q(0x1.3d6eee8c6626c5868ec33a4a06c2p-3),
    Q(0x1.5c9811e3ec269df56a9a7fde185cp-3),
    Q(0x1.7b97b4bce5b02268f6169f103939p-3),
    Q(0x1.9a6a8e96c86261cf601e7b4348dep-3),
    Q(0x1.b90d7529260a2045ec434b8396aap-3),
    Q(0x1.d77d5df20573671923454d165f7bp-3),
    Q(0x1.f5b75f92c80dd62adb8f3debef44p-3),
    Q(0x1.09dc597d8636258b91ce432e1958p-2),
    Q(0x1.18bf5a30bf178261948e91637f10p-2),
    Q(0x1.278372057ef45be20c8b2480dfc3p-2),
    Q(0x1.362773707ebcbcd38b576931a4f6p-2),
    Q(0x1.44aa436c2af09a8a86f0ea931172p-2),
    Q(0x1.530ad9951cd49db5336feef7efb4p-2),
    Q(0x1.614840309cfe19636a3aa3b84014p-2),
    Q(0x1.6f61941e4def08e715464245b9fdp-2),
    Q(0x1.7d5604b63b3f75a722170ac92682p-2),
    Q(0x1.8b24d394a1b256db42e8dd23ea14p-2),
    Q(0x1.98cd5454d6b18679b2623f429db3p-2),
    Q(0x1.a64eec3cc23fcb6c84f92bd2003dp-2),
    Q(0x1.b3a911da65c6c6b861ec7294100cp-2),
    Q(0x1.c0db4c94ec9ef8cf8c63db2cf319p-2),
    Q(0x1.cde53432c1350974c16ef9c394dcp-2),
    Q(0x1.dac670561bb4f68adfc88bd97875p-2),
    Q(0x1.e77eb7f175a344394f706fcd0d5cp-2),
    Q(0x1.f40dd0b541417cb8cda478fabb92p-2),
    Q(0x1.0039c73c1a40b9334dad8d8a9b27p-1),
    Q(0x1.0657e94db30cfc5496d41396c34ap-1),
    Q(0x1.0c6145b5b43da0cba7d09daa0279p-1),
    Q(0x1.1255d9bfbd2a8f6a1288f1f88e57p-1),
    Q(0x1.1835a88be7c13718873b0030c041p-1),
    Q(0x1.1e00babdefeb3f36b906bc2ccb88p-1),
    Q(0x1.23b71e2cc9e6a1c421c9f38224dcp-1),
    Q(0x1.2958e59308e30dec3189e727ef14p-1),
    Q(0x1.2ee628406cbca71757a7fc33e35dp-1),
    Q(0x1.345f01cce37bb440844df1c440a0p-1),
    Q(0x1.39c391cd41719b73ef3389d02e9ap-1),
    Q(0x1.3f13fb89e96f43d9f16924c89e0ep-1),
    Q(0x1.445065b795b55c1125fd3810c6f6p-1),
    Q(0x1.4978fa3269ee12483350fe548afbp-1),
    Q(0x1.4e8de5bb6ec04528cf6facde5aeap-1),
    Q(0x1.538f57b89061eb9122d5096b7cf2p-1),
    Q(0x1.587d81f732fbad4346c4e74ad5f5p-1),
    Q(0x1.5d58987169b1810028e4bc5e7ca4p-1),
    Q(0x1.6220d115d7b8ded487acaf1173edp-1),
    Q(0x1.66d663923e086d22b20282e888c6p-1),
    Q(0x1.6b798920b3d9895ff1e79dcebc72p-1),
    Q(0x1.700a7c5784633ce7965b4aa42149p-1),
    Q(0x1.748978fba8e0f05eca9859621286p-1),
    Q(0x1.78f6bbd5d315e501a822600dd01fp-1),
    Q(0x1.7d528289fa09355820878bceaa50p-1),
    Q(0x1.819d0b7158a4cc8113bac588dd26p-1),
    Q(0x1.85d69576cc2c516b66e7fc8b8c37p-1),
    Q(0x1.89ff5ff57f1f7aa919687a21793cp-1),
    Q(0x1.8e17aa99cc05dc27cfaa9f7a13e5p-1),
    Q(0x1.921fb54442d18469898cc51701b8p-1),
};
/* 1/(2k+1) for k = 0..11 */
static const qreal inv_odd[12] = {
    Q(0x1.0000000000000000000000000000p+0),
    Q(0x1.5555555555555555555555555555p-2),
    Q(0x1.999999999999999999999999999ap-3),
    Q(0x1.2492492492492492492492492492p-3),
    Q(0x1.c71c71c71c71c71c71c71c71c71cp-4),
    Q(0x1.745d1745d1745d1745d1745d1746p-4),
    Q(0x1.3b13b13b13b13b13b13b13b13b14p-4),
    Q(0x1.1111111111111111111111111111p-4),
    Q(0x1.e1e1e1e1e1e1e1e1e1e1e1e1e1e2p-5),
    Q(0x1.af286bca1af286bca1af286bca1bp-5),
    Q(0x1.8618618618618618618618618618p-5),
    Q(0x1.642c8590b21642c8590b21642c86p-5),
};

/* 32 bits of 2/pi starting at bit pos (from 1) after the binary point. */
static uint32_t two_over_pi_bits(int pos) {
    int w = (pos - 1) / 32, b = (pos - 1) % 32;
    uint64_t pair = (uint64_t)two_over_pi[w] << 32 | two_over_pi[w + 1];
    return (uint32_t)(pair >> (32 - b));
}

/* The 64 bits of the 320-bit little-endian p whose top bit is bit top
 * (bits below 0 read as zero). */
static uint64_t bits64(const uint32_t p[10], int top) {
    uint64_t v = 0;
    for (int i = top; i > top - 64; i--) {
        v <<= 1;
        if (i >= 0) v |= (p[i / 32] >> (i % 32)) & 1u;
    }
    return v;
}

/* x = (4k + q) pi/2 + r with |r| <= pi/4 (quadrant q returned) for finite
 * |x| >= 0.78: x * 2/pi as the integer significand M times a window of
 * 256 bits of 2/pi; bits of 2/pi before the window only add multiples of
 * 4, and those after it less than 2**-190 of a quadrant. */
static int reduce_pio2(double x, qreal *r) {
    uint64_t bx;
    memcpy(&bx, &x, sizeof bx);
    int E = (int)((bx >> 52) & 0x7ff) - 1075; /* x = M * 2**E; E >= -53 here */
    uint64_t M = (bx & ((UINT64_C(1) << 52) - 1)) | UINT64_C(1) << 52;
    int s = E - 1 > 1 ? E - 1 : 1;
    uint32_t g[8], p[10] = {0}; /* g little-endian: g[7] holds bits s..s+31 */
    for (int k = 0; k < 8; k++) g[7 - k] = two_over_pi_bits(s + 32 * k);
    uint64_t mlo = M & 0xffffffffu, mhi = M >> 32, carry = 0;
    for (int j = 0; j < 8; j++) {
        uint64_t t = (uint64_t)g[j] * mlo + carry;
        p[j] = (uint32_t)t;
        carry = t >> 32;
    }
    p[8] = (uint32_t)carry;
    carry = 0;
    for (int j = 0; j < 8; j++) {
        uint64_t t = (uint64_t)g[j] * mhi + p[j + 1] + carry;
        p[j + 1] = (uint32_t)t;
        carry = t >> 32;
    }
    p[9] += (uint32_t)carry;
    int F = s + 255 - E; /* x * 2/pi = P * 2**-F; F <= 309 */
    int q = (int)(((p[F / 32] >> (F % 32)) & 1u) | (((p[(F + 1) / 32] >> ((F + 1) % 32)) & 1u) << 1));
    for (int i = F; i < 320; i++) p[i / 32] &= ~(1u << (i % 32)); /* keep the fraction */
    int neg = (p[(F - 1) / 32] >> ((F - 1) % 32)) & 1u;
    if (neg) { /* fraction >= 1/2: the next quadrant, r = (fraction - 1) pi/2 */
        q++;
        uint64_t c = 1;
        for (int i = 0; i < 10; i++) {
            uint64_t t = (uint64_t)(uint32_t)~p[i] + c;
            p[i] = (uint32_t)t;
            c = t >> 32;
        }
        for (int i = F; i < 320; i++) p[i / 32] &= ~(1u << (i % 32));
    }
    qreal f = (qreal)bits64(p, F - 1) * Q(0x1p-64) + (qreal)bits64(p, F - 65) * Q(0x1p-128) +
              (qreal)bits64(p, F - 129) * Q(0x1p-192);
    f *= PIO2;
    if (neg) f = -f;
    if (x < 0) {
        f = -f;
        q = -q;
    }
    *r = f;
    return q & 3;
}

/* sin and cos of |r| <= pi/4 (Taylor series to r**33 / 33!). */
static qreal sin_q(qreal r) {
    qreal r2 = r * r, t = inv_fact[33];
    for (int n = 31; n >= 1; n -= 2) t = inv_fact[n] - r2 * t;
    return r * t;
}
static qreal cos_q(qreal r) {
    qreal r2 = r * r, t = inv_fact[32];
    for (int n = 30; n >= 0; n -= 2) t = inv_fact[n] - r2 * t;
    return t;
}

/* Quadrant and reduced argument; |x| < 0.78 is its own reduced argument. */
static int reduce(double x, qreal *r) {
    if (fabs(x) < 0.78) {
        *r = x;
        return 0;
    }
    return reduce_pio2(x, r);
}

double CR(sin)(double x) {
    if (!isfinite(x)) return x - x;
    if (fabs(x) < 0x1p-26) return x; /* |x**3 / 6| is below half an ulp */
    qreal r;
    switch (reduce(x, &r)) {
    case 0: return (double)sin_q(r);
    case 1: return (double)cos_q(r);
    case 2: return (double)-sin_q(r);
    default: return (double)-cos_q(r);
    }
}

double CR(cos)(double x) {
    if (!isfinite(x)) return x - x;
    if (fabs(x) < 0x1p-27) return 1.0;
    qreal r;
    switch (reduce(x, &r)) {
    case 0: return (double)cos_q(r);
    case 1: return (double)-sin_q(r);
    case 2: return (double)-cos_q(r);
    default: return (double)sin_q(r);
    }
}

double CR(tan)(double x) {
    if (!isfinite(x)) return x - x;
    if (fabs(x) < 0x1p-27) return x;
    qreal r;
    int q = reduce(x, &r);
    qreal s = sin_q(r), c = cos_q(r);
    return (double)(q & 1 ? -c / s : s / c);
}

/* atan of z >= 0 (z may be infinite): atan(k/64) + atan(t) with
 * t = (z - k/64) / (1 + z k/64), |t| <= 1/128, series to t**23. */
static qreal atan_q(qreal z) {
    int inv = z > 1;
    if (inv) z = 1 / z;
    int k = (int)(z * 64 + Q(0.5));
    qreal c = (qreal)k / 64;
    qreal t = (z - c) / (1 + z * c), t2 = t * t, s = inv_odd[11];
    for (int n = 10; n >= 0; n--) s = inv_odd[n] - t2 * s;
    qreal a = atan_tab[k] + t * s;
    return inv ? PIO2 - a : a;
}

/* sqrt of a > 0: two Newton steps from the double square root. */
static qreal sqrt_q(qreal a) {
    qreal y = sqrt((double)a);
    y = Q(0.5) * (y + a / y);
    return Q(0.5) * (y + a / y);
}

double CR(atan)(double x) {
    if (isnan(x)) return x + x;
    if (fabs(x) < 0x1p-27) return x;
    double r = (double)atan_q(fabs(x));
    return x < 0 ? -r : r;
}

/* C99 Annex F's special cases, then atan(|y/x|) placed in its quadrant. */
double CR(atan2)(double y, double x) {
    if (isnan(x) || isnan(y)) return x + y;
    double pi = (double)PI, pio2 = (double)PIO2;
    if (y == 0) return signbit(x) ? copysign(pi, y) : y;
    if (isinf(y)) {
        if (isinf(x)) return copysign(x > 0 ? pi / 4 : 3 * (double)(PI / 4), y);
        return copysign(pio2, y);
    }
    if (isinf(x)) return x > 0 ? copysign(0.0, y) : copysign(pi, y);
    if (x == 0) return copysign(pio2, y);
    qreal a = atan_q((qreal)fabs(y) / (qreal)fabs(x));
    if (x < 0) a = PI - a;
    return (double)(y < 0 ? -a : a);
}

double CR(asin)(double x) {
    if (isnan(x)) return x + x;
    if (fabs(x) > 1) return (x - x) / (x - x);
    if (fabs(x) < 0x1p-26) return x;
    qreal X = fabs(x), d = 1 - X * X; /* exact: X*X has 106 bits */
    double r = d == 0 ? (double)PIO2 : (double)atan_q(X / sqrt_q(d));
    return x < 0 ? -r : r;
}

double CR(acos)(double x) {
    if (isnan(x)) return x + x;
    if (fabs(x) > 1) return (x - x) / (x - x);
    if (x == 1) return 0.0;
    if (x == -1) return (double)PI;
    qreal X = x;
    return (double)(2 * atan_q(sqrt_q((1 - X) / (1 + X))));
}

/* ---- fdlibm's formulas, as glibc has them ---------------------------------------- */

double CR(sinh)(double x) {
    double ax = fabs(x), h = x < 0 ? -0.5 : 0.5;
    if (!isfinite(x)) return x + x;
    if (ax < 22) {
        if (ax < 0x1p-28) return x;
        double t = expm1(ax);
        if (ax < 1) return h * (2.0 * t - t * t / (t + 1));
        return h * (t + t / (t + 1));
    }
    if (ax < 709.782712893384) return h * exp(ax); /* below log(DBL_MAX) */
    if (ax <= 710.4758600739439) {                 /* exp(ax / 2)**2 / 2 still finite */
        double w = exp(0.5 * ax), t = h * w;
        return t * w;
    }
    return x * 0x1p1023 * 2; /* overflow */
}

double CR(cosh)(double x) {
    double ax = fabs(x);
    if (isnan(x)) return x * x;
    if (ax < 0.5 * 0.6931471805599453) { /* below ln(2) / 2 */
        double t = expm1(ax), w = 1 + t;
        if (ax < 0x1p-55) return w;
        return 1 + (t * t) / (w + w);
    }
    if (ax < 22) {
        double t = exp(ax);
        return 0.5 * t + 0.5 / t;
    }
    if (ax < 709.782712893384) return 0.5 * exp(ax);
    if (ax <= 710.4758600739439) {
        double w = exp(0.5 * ax), t = 0.5 * w;
        return t * w;
    }
    return ax * 0x1p1023 * 2;
}

/* erfc: glibc (fdlibm) computes erfc(x) for -1.25 < x <= -0.84375 as
 * 1 + erf(-x) (its erf there being the same expression), musl as 2 minus
 * its erfc(-x); elsewhere they agree more often. A wrapper, not a
 * replacement (it needs musl's erfc): the math module calls it. */
double py2c__libm_erfc(double x) {
    if (x <= -0.84375 && x > -1.25) return 1 + erf(-x);
    return erfc(x);
}

double CR(tanh)(double x) {
    double ax = fabs(x), z;
    if (isnan(x)) return x + x;
    if (ax < 22) {
        if (ax < 0x1p-55) return x * (1 + x);
        if (ax >= 1) {
            double t = expm1(2 * ax);
            z = 1 - 2 / (t + 2);
        } else {
            double t = expm1(-2 * ax);
            z = -t / (t + 2);
        }
    } else {
        z = 1.0; /* 1 - tiny, rounded to nearest */
    }
    return x >= 0 ? z : -z;
}

/* log10(x) = k log10(2) + log(m) / ln(10), x = m 2**k with m in [1, 2)
 * (in [1/2, 1) for k < 0), log10(2) in two parts. */
double CR(log10)(double x) {
    if (!(x > 0) || isinf(x)) return log(x) / 2.30258509299404568402; /* nan, inf, -inf, NaN, 0 */
    int k;
    double m = frexp(x, &k); /* m in [1/2, 1) */
    k -= 1;
    m *= 2;
    if (k < 0) {
        m *= 0.5;
        k += 1;
    }
    double y = (double)k;
    double z = y * 3.69423907715893078616e-13 + 4.34294481903251816668e-01 * log(m);
    return z + y * 3.01029995663611771306e-01;
}

#endif /* __wasi__ || PY2C_LIBM_CR_TEST */
