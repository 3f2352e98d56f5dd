# Indexing non-ASCII strs: heap strs of 32 bytes or more remember a
# (char index, byte offset) pair after their text, shorter ones and literals
# do not (literals use a per-thread table). Every access must give the right
# character whatever the order.
import threading


def walk(s):
    n = len(s)
    fwd = "".join(s[i] for i in range(n))
    back = "".join(s[i] for i in range(n - 1, -1, -1))
    odd = "".join(s[(i * 7) % n] for i in range(n)) if n else ""
    neg = "".join(s[-i] for i in range(1, n + 1))
    return fwd == s, back == s[::-1], len(odd), odd[:12], neg == s[::-1]


def build(piece, n):
    out = ""
    for i in range(n):
        out += piece if i % 3 else piece.upper()
    return out


cases = [
    "",
    "é",
    "aé",
    "é" * 15,  # 30 bytes: below the cache threshold
    "é" * 16,  # 32 bytes: exactly at it
    "é" * 17,
    "a" * 31 + "é",
    "é" + "a" * 31,
    build("añ", 40),
    build("日本", 30),
    build("x\U0001F600", 25),  # astral characters (4 bytes each)
    "-".join(["αβγ", "δεζ", "ηθι"] * 20),
    "x\U0001F600y" * 20,
    ("ü" * 50).upper(),
    "ünïcödé literal long enough to be over thirty-two bytes, ça va?",
]
for s in cases:
    print(len(s), walk(s))

# Slices and find at scattered offsets of one long string.
s = build("ñandú", 60)
for a, b in [(0, 5), (100, 140), (3, 299), (250, 260), (-7, -1), (5, 5)]:
    print(a, b, repr(s[a:b]), s.find(s[a:b]) if b > a else -1)
print(s[::7][:20], s[1::13][:20], len(s[::-1]))

# Many literals (their pairs share a small per-thread table).
lits = ["αλφα-βήτα-γάμμα-δέλτα-έψιλον", "ζήτα-ήτα-θήτα-ιώτα-κάππα-λάμδα",
        "μι-νι-ξι-όμικρον-πι-ρο-σίγμα", "ταυ-ύψιλον-φι-χι-ψι-ωμέγα-τέλος"]
acc = []
for k in range(200):
    t = lits[k % 4]
    acc.append(t[(k * 5) % len(t)])
print("".join(acc))

# Iteration and reversed() agree with indexing.
u = build("ßüé", 50)
print(list(u) == [u[i] for i in range(len(u))], "".join(reversed(u)) == u[::-1])

# Two threads indexing the same string at once.
shared = build("Ωmega✓", 200)
expect = [shared[i] for i in range(len(shared))]
bad = []


def worker(step):
    for r in range(20):
        for i in range(0, len(shared), step):
            if shared[i] != expect[i]:
                bad.append(i)


ts = [threading.Thread(target=worker, args=(st,)) for st in (1, 7)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("threads ok", not bad)

print(s[len(s)])  # IndexError: string index out of range
