words = ["straße", "ǆungla", "ΟΔΟΣ", "İstanbul", "ﬁne", "hello world", "o'neil"]
for w in words:
    print(w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print("ΑΣ ΑΣ.".lower(), "Σ".lower(), "aΣb".lower())
print([c.isalpha() for c in "a1 é٣"], "٣".isdecimal(), "½".isnumeric(), "²".isdigit())
print(repr("\x00\t\u200b\U0001f600\ud800é"), ascii("é😀"))
s = "日本語テキスト"
print(s[2], s[-1], s[1:4], s[::2], s[::-1], len(s), s.find("テ"), s.index("ス"))
print("  spaced\u3000out  ".split(), "a\nb\r\nc\x1cd".splitlines(), "x\ty".expandtabs(4))
