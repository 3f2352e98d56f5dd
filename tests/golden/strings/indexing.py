# str indexing and slicing: steps, negative indices, non-ASCII, out-of-range slices.
s = "abcdefghij"
u = "añb€c😀d"
print(s[0], s[9], s[-1], s[-10], u[1], u[3], u[5], u[-1], u[-2])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[-5:-2], s[5:2], s[100:], s[-100:3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[-1:-5:-1], s[2:8:3], s[::100])
print(u[::-1], u[1:6:2], u[::2], u[-3:], u[:-3], repr(u[4:4]), u[5:0:-1])
print(s[3:3], s[10:], s[-1:0], s[0:-0], s[None:None], s[None:4:None], s[::-1][::-1] == s)
i = -3
print(s[i], s[i:], s[:i], s[i::-1], s[len(s) - 1], s[True], s[False:True + 2])
for ch in u:
    print(ch, ord(ch), end="; ")
print()
print(list("héllo"), tuple("ab"), [c for c in "xyz" if c != "y"], "".join(reversed("abc")))
print("a" in "abc", "bc" in "abc", "" in "abc", "" in "", "ac" in "abc", "€" in u, "😀d" in u, "x" not in s)
print("abc" == "abc", "abc" != "abd", "abc" < "abd", "ab" < "abc", "B" < "a", "é" > "e", "😀" > "€")
print("a" <= "a", "b" >= "a", "Z" > "a", "" < " ", "abc" > "ab\uffff", max("apple", "pear"), min(u))
print(sorted(["b", "A", "é", "a", "É", "😀", "z"]), sorted("hello"))
print(len(""), len(u), len("\U0010ffff"), len("a\x00b"), ord("\x00"), chr(0x1F600), chr(233))
print(hash("abc") == hash("ab" + "c"), "abc"[1:2] is not None, str("x"), str(), repr(str()))
