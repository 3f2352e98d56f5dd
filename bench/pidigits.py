# Big integers: the first N digits of pi by a streaming spigot over the
# continued-fraction form of Leibniz's series (a composition of 2x2 integer
# linear fractional maps); prints digit counts and the last 20 digits.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 5000


def pi_digits(n):
    # State (q, r, t) means the map x -> (q*x + r) / t; k numbers the terms.
    q, r, t, k = 1, 0, 1, 1
    out = []
    while len(out) < n:
        # Absorb the next term: (q, r, t) * (k, 4k+2, 2k+1).
        q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
        k += 1
        d = (3 * q + r) // t
        if d != (4 * q + r) // t:
            continue
        out.append(d)
        # Emit d: multiply by 10 and subtract it.
        q, r = 10 * q, 10 * (r - d * t)
    return out


def main():
    digits = pi_digits(N)
    hist = [0] * 10
    for d in digits:
        hist[d] += 1
    print("digits", len(digits), "head", "".join(str(d) for d in digits[:12]))
    print("tail", "".join(str(d) for d in digits[-20:]), "histogram", hist)


main()
