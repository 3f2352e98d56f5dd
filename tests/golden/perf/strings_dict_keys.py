# dict lookups with str keys: the hash is read from the str inline and two
# strs compare by their bytes; any other key type takes the general path.
def fresh(s):
    return "".join(list(s))  # an equal str that is a different object


counts = {}
text = "the cat and the hat and the bat saw the cat " * 50
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

d = {"": 0, "é": 1, "\U0001F600": 2, "a" * 40: 3, "日本": 4, "\ud800": 5, "ab": 6, "ba": 7}
for k in ["", "é", "\U0001F600", "a" * 40, "日本", "\ud800", "ab", "ba", "abc", "e", "\ud801"]:
    f = fresh(k)
    print(ascii(k), f in d, d.get(f, "missing"), f == k)
d[fresh("ab")] = 60
d[fresh("\ud800")] += 50
print(ascii(d), len(d))
del d[fresh("é")]
print(fresh("é") in d, len(d))


class Key:
    """Hashes as a str and compares equal to it: found through __eq__."""

    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return hash(self.s)

    def __eq__(self, other):
        print("  Key.__eq__", ascii(other))
        return other == self.s


print(d.get(Key("ab")), d[Key("ba")], Key("zz") in d)
m = {Key("k1"): "by key"}
print(m.get("k1"), m.get(fresh("k1")), "k2" in m)


try:
    print(d[fresh("nope")])
except KeyError as e:
    print("KeyError", e)
s = set(text.split())
print(sorted(s), fresh("cat") in s, "dog" in s)
print(d["\ud801"])
