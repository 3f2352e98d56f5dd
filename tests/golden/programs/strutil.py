# String utilities: palindromes, caesar cipher, run-length encoding, word wrap.
def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]


def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - ord("A") + shift) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)


def rle_encode(s):
    if not s:
        return ""
    parts = []
    prev, n = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            n += 1
        else:
            parts.append(f"{n}{prev}" if n > 1 else prev)
            prev, n = ch, 1
    parts.append(f"{n}{prev}" if n > 1 else prev)
    return "".join(parts)


def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or "1"))
            num = ""
    return "".join(out)


def wrap(text, width):
    lines, cur = [], ""
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    if cur:
        lines.append(cur)
    return lines


def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    q, r = divmod(spaces, gaps)
    return "".join(w + " " * (q + (i < r)) for i, w in enumerate(words[:-1])) + words[-1]


def anagrams(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w.lower())), []).append(w)
    return [g for g in groups.values() if len(g) > 1]


for s in ["A man, a plan, a canal: Panama", "hello", "", "Was it a car or a cat I saw?", "ÉtÉ"]:
    print(f"{s!r:35} palindrome={is_palindrome(s)}")
msg = "The Quick Brown Fox Jumps Over The Lazy Dog! 123"
enc = caesar(msg, 13)
print(enc)
print(caesar(enc, -13) == msg, caesar("xyz", 3), caesar("abc", -29))
for s in ["aaabccddddde", "abc", "", "zzzzzzzzzzzz", "aabbaa"]:
    e = rle_encode(s)
    print(f"{s!r} -> {e!r} -> {rle_decode(e)!r}")
text = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
        "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud.")
for line in wrap(text, 32):
    print("|" + justify(line, 32) + "|")
for line in wrap(text, 20):
    print("|" + line.center(20, ".") + "|")
print(anagrams(["listen", "Silent", "enlist", "google", "elgoog", "cat", "act", "dog"]))
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), s.upper(), s.lower().strip().title())
print(s.strip().swapcase(), s.find("o"), s.rfind("o"), s.count("l"), s.replace("l", "L", 2))
print("a,b,,c".split(","), "a b  c".split(), "a,b,c".rsplit(",", 1), "line1\nline2\r\n".splitlines())
print("-".join(["x", "y"]), "abc".zfill(6), "-42".zfill(6), "tab\there".expandtabs(4), "ß".upper(), "İ".lower())
print("hello world".startswith(("he", "x")), "file.py".endswith(".py"), "abc".isidentifier(), "12".isdecimal())
print("%s" % "naïve café", len("naïve café"), "naïve café".encode("utf-8"), ascii("naïve"), "日本語"[::-1])
print(str.maketrans("abc", "xyz") == {97: 120, 98: 121, 99: 122}, "aabbcc".translate(str.maketrans("abc", "xyz")))
print(sorted("hello world"), max("hello"), min("hello", key=ord), "b" > "a", "apple" < "apricot", "Z" < "a")
print(repr("quote's"), repr('both \' and "'), repr("tab\t\x00\u200b"), "ab" * 3, "x" in "xyz")
