# str.split() without a separator (an ASCII fast path: every ASCII
# whitespace character) and str.join (written straight into the result).
ws = " \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"
print([c.isspace() for c in ws].count(True), len(ws))
text = "a" + ws + "bb" + ws.join("xyz") + "  "
print(text.split())
print(("\x1f" + text).split(maxsplit=2), text.split(None, 0), text.split(maxsplit=-1))
print("".split(), " ".split(), ws.split(), "one".split(), "  one  ".split(maxsplit=0))
print("a\x00b c\x7f d".split(), "\x80x y".split())
# Non-ASCII text, non-ASCII whitespace: the general path.
print("é \u3000 ü\x85v\xa0w\u2028z".split(), "日本 語".split(maxsplit=1))
print("  a b  c ".rsplit(), "  a b  c ".rsplit(maxsplit=1))
words = ("w%d" % (i % 97) for i in range(100000))
big = " ".join(words)
parts = big.split()
print(len(big), len(parts), parts[:3], parts[-2:], sum(len(p) for p in parts))
print(big.split(" ") == parts, "\n".join(parts).split() == parts)

# join: empty, one item (the item itself), empty separator, long separator.
print(repr("".join([])), repr(", ".join([])), repr("-".join(["solo"])))
one = "only" * 3
print("-".join([one]) is one, "-".join((one,)) is one)
print("".join(["a", "", "bc", ""]), "<->".join("xyz"), "é".join(["ü", "", "ö"]))
print(repr("".join(["", "", ""])), repr(" ".join(["", ""])), len("\U0001F600".join(["a"] * 5)))
print("\U0001F600".join(["\U0001F601", "b"]), len("ab".join(["\U0001F601"] * 3)))
print(ascii("\ud800".join(["x", "y"])), ascii("-".join(["\udfff", "\ud83d"])))
print(len("".join(str(i) for i in range(100000))), ",".join(map(str, range(12))))
huge = "ab".join(["xyz"] * 300000)
print(len(huge), huge[:11], huge[-11:], huge.count("ab"))
print("".join(["é"] * 70000).count("é"), len(" ".join(["日本"] * 50000)))
for bad in (["a", 1], ["a", b"b"], ("a", "b", None), ["\ud800", 2.5]):
    try:
        "-".join(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    ".".join(5)
except TypeError as e:
    print("TypeError:", e)
print(" ".join(["end", "\ud800x", 3]))
