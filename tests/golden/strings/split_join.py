# split, rsplit, join, splitlines, partition, rpartition, strip family.
t = "  one two\tthree\n four  "
print(t.split(), t.split(" "), t.split(None, 1), t.rsplit(None, 1), t.rsplit(maxsplit=2))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2), "".split(","), "".split())
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "abc".split("abc"), "x".split("x", 0), "aaa".split("a"))
print("é😀é😀é".split("😀"), "1 2 3".split(maxsplit=-1), "  ".split(" "), "a b".split(sep=None))
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), " ".join(("1", "2")), "😀".join(["a", "b"]))
print(", ".join(str(i) for i in range(5)), "/".join({"k": 1, "j": 2}), "".join(map(str, [1, 2])))
print("line1\nline2\r\nline3\rline4".splitlines(), "a\n\nb\n".splitlines(), "a\nb".splitlines(True))
print("x\x0by\x0cz\x1d\x1e\x85w\u2028v\u2029u".splitlines(), "".splitlines(), "\n".splitlines(keepends=True))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "none".partition("="), "none".rpartition("="))
print("ab😀cd".partition("😀"), "abc".partition("abc"), "aXbXc".rpartition("X"))
print(repr("  x y  ".strip()), repr("  x y  ".lstrip()), repr("  x y  ".rstrip()), repr("\t\n x\u3000".strip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".lstrip("ab"), "abcba".rstrip("ab"), "aaa".strip("a"))
print("www.example.com".strip("cmowz."), "é-é".strip("é"), "hi".strip(""), "hi".strip(None))
print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"), "x".removeprefix("y"), "ab".removesuffix(""))
try:
    "a b".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".strip(5)
except TypeError as e:
    print("TypeError:", e)
