# range() with bounds beyond 64 bits (CPython's slow path): indexing, slicing,
# searching, comparison, hashing, iteration and the one thing that fails: len().
import sys

r = range(2**70)
print(r[5], 2**70 - 1 in r, r[-1], r[10:20], r.index(7), r.count(3))
print(r, repr(range(-2**80, 2**80, 3**40)), range(2**70, 5, -2**65))
print(r.start, r.stop, r.step, bool(r), bool(range(2**70, 2**70)))


def attempt(label, f):
    try:
        print(label, f())
    except (OverflowError, IndexError, ValueError, TypeError) as e:
        print(label, type(e).__name__ + ":", e)


attempt("len(r)", lambda: len(r))
attempt("len(-2**63..2**63-1)", lambda: len(range(-2**63, 2**63 - 1)))
attempt("len(small big)", lambda: len(range(2**70, 2**70 + 5)))
attempt("r[2**70]", lambda: r[2**70])
attempt("r[-2**70-1]", lambda: r[-2**70 - 1])
attempt("r[-2**70]", lambda: r[-2**70])
attempt("r[1.5]", lambda: r[1.5])
attempt("r[True]", lambda: r[True])
attempt("r[::0]", lambda: r[::0])
attempt("r['a':]", lambda: r["a":])
attempt("index big", lambda: r.index(2**70))
attempt("index -1", lambda: r.index(-1))
attempt("index True", lambda: r.index(True))
attempt("step 0", lambda: range(0, 2**70, 0))
attempt("range(2**70, 'a')", lambda: range(2**70, "a"))
attempt("range(1.5)", lambda: range(1.5))
attempt("float index", lambda: range(2**70, 2**70 + 5).index(2.0**70 + 0))
attempt("float count", lambda: range(2**70, 2**70 + 5, 2).count(float(2**70)))
attempt("str in", lambda: "x" in range(2**70, 2**70 + 5))

print(2**69 in r, 2**70 in r, -1 in r, -2**80 in r, True in r, r.count(True), r.count(2**71))
print(2**70 in range(2**70, 0, -3), 2**70 - 3 in range(2**70, 0, -3), 2**70 - 4 in range(2**70, 0, -3))
print(2**63 - 1 in range(2**63 - 1, 0, -1), range(2**63 - 1, 0, -1).index(2**63 - 1))

it = iter(r)
print(next(it), next(it), next(it), type(it).__name__)
it = reversed(r)
print(next(it), next(it), type(it).__name__)
print(list(range(2**63 - 3, 2**63 + 2)), list(reversed(range(2**63 - 3, 2**63 + 2))))
print(list(range(-2**64, -2**64 + 10, 3)), list(reversed(range(-2**64, -2**64 + 10, 3))))
print(list(range(2**63 - 1, -2**63, -2**63)), list(reversed(range(2**63 - 1, -2**63, -2**63))))
print(sum(range(2**64, 2**64 + 3)), list(range(5, 2**70, 2**68)), list(range(2**70, 2**70)))

print(r == range(0, 2**70), r == range(0, 2**70, 2), r != range(1, 2**70))
print(range(2**70, 2**70 + 1, 5) == range(2**70, 2**70 + 1, 7), range(2**70, 0) == range(0))
print(range(5, 2**70, 2**70) == range(5, 6), range(5, 6) == range(5, 2**70, 2**70), range(5, 2**70, 2**70) == range(6, 7))
print(hash(r) == hash((2**70, 0, 1)), hash(range(2**70, 2**70 + 1, 5)) == hash(range(2**70, 2**70 + 1, 7)))
print(hash(range(2**70, 0)) == hash(range(0)), hash(range(5, 2**70, 2**70)) == hash(range(5, 6)))
print({r: 1}[range(0, 2**70)], len({range(2**70, 2**70), range(0), range(3, 3)}))

print(r[::-1], r[::2**65], r[5:2**69:-3], r[-10:], r[2**69:2**71], r[2**80:], r[-2**80:3], r[:-2**80])
print(r[::-2**80], r[True:], r[2**69:2**69 + 3][1], r[::3][::5], r[::-1][::-1] == r)
print(range(5, 2**70, 2**68)[1:], range(2**70, 5, -2**68)[-1])
print(range(0, 2**70)[2**69:2**69 + 3], list(range(10)[::2**70]), range(10)[::-2**70], range(10)[2**70:], range(10)[-2**70:3])
print(range(10)[2**70 - 2**70 + 3], range(2**64)[2**63], range(2**64)[2**63:2**63 + 2])
print(range(sys.maxsize)[::-1], range(-sys.maxsize - 1, sys.maxsize)[5], range(-sys.maxsize - 1, sys.maxsize).index(0))
print(range(0, 2**62 * 3, 2**62)[0:3], range(-2**63, 2**63 - 1, 2**62)[::2], range(-2**63, 2**63 - 1, 2**62)[::-1])

