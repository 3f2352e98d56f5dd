# Sorting records with key tuples, stability and reverse.
PEOPLE = [
    ("Ada", "Lovelace", 1815, "math"),
    ("Alan", "Turing", 1912, "cs"),
    ("Grace", "Hopper", 1906, "cs"),
    ("Emmy", "Noether", 1882, "math"),
    ("John", "von Neumann", 1903, "math"),
    ("Edsger", "Dijkstra", 1930, "cs"),
    ("Barbara", "Liskov", 1939, "cs"),
    ("Carl", "Gauss", 1777, "math"),
    ("Marie", "Curie", 1867, "physics"),
    ("Niels", "Bohr", 1885, "physics"),
    ("Donald", "Knuth", 1938, "cs"),
    ("Leonhard", "Euler", 1707, "math"),
]


def show(title, rows):
    print(f"-- {title}")
    for first, last, year, field in rows:
        print(f"   {last + ', ' + first:<22} {year}  {field}")


show("by year", sorted(PEOPLE, key=lambda p: p[2]))
show("by field then year desc", sorted(PEOPLE, key=lambda p: (p[3], -p[2])))
by_len = sorted(PEOPLE, key=lambda p: len(p[0]))
print("stable by first-name length:", [p[0] for p in by_len])
by_len_rev = sorted(PEOPLE, key=lambda p: len(p[0]), reverse=True)
print("reverse keeps ties in order:", [p[0] for p in by_len_rev])
two_pass = sorted(PEOPLE, key=lambda p: p[1].lower())
two_pass.sort(key=lambda p: p[3])
print("two-pass:", [(p[3], p[1]) for p in two_pass])
print("tuples compare:", sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a", 0), (1, "a")]))
print("mixed numbers:", sorted([3, 1.5, True, -2, 0.0, 10 ** 20, -0.5]))
print("strings:", sorted(["banana", "Apple", "cherry", "apple", "Banana"]), sorted(["b", "a", "C"], key=str.lower))
words = "the quick brown fox jumps over the lazy dog again and again".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(ranked[:5])
print(sorted(counts, key=counts.get, reverse=True)[:3])
fields = {}
for p in PEOPLE:
    fields.setdefault(p[3], []).append(p[2])
for field in sorted(fields, key=lambda f: (len(fields[f]), f)):
    years = fields[field]
    avg = sum(years) / len(years)
    print(f"{field:>8}: n={len(years)} avg={avg:7.1f} span={max(years) - min(years)}")
nums = [5, 3, 8, 1, 9, 2, 7]
nums.sort()
print(nums, nums[::-1], list(reversed(nums)), sorted(nums, key=lambda x: (x % 3, x)))
nums.sort(reverse=True)
print(nums, nums.index(8), sorted(nums) == nums[::-1])
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(1, 2), (1, "x")])
except TypeError as e:
    print("TypeError:", e)
matrix = [[3, 1], [2, 2], [1, 3]]
print(sorted(matrix), sorted(matrix, key=lambda r: r[1]), min(matrix), max(matrix, key=sum))
print(sorted(set([3, 1, 2])), sorted({"b": 1, "a": 2}), sorted("cba"), sorted(range(5), reverse=True))
names = [p[0] for p in PEOPLE]
print(sorted(names, key=lambda n: (n[-1], n))[:6])
print([(i, p[0]) for i, p in sorted(enumerate(PEOPLE), key=lambda ip: ip[1][2])][:4])
data = [{"k": 2, "v": "b"}, {"k": 1, "v": "a"}, {"k": 2, "v": "a"}]
print(sorted(data, key=lambda d: (d["k"], d["v"])))
