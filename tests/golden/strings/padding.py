# zfill, center, ljust, rjust, expandtabs.
for w in ["42", "-42", "+42", "abc", "", "é😀", "-", "+"]:
    print(repr(w.zfill(5)), repr(w.center(7)), repr(w.center(6, "*")), repr(w.ljust(5, "-")), repr(w.rjust(5, "é")), repr(w.zfill(0)))
print(repr("ab".center(5)), repr("abc".center(6)), repr("ab".center(1)), repr("x".center(4, "😀")), repr("ab".center(-3)))
print(repr("a\tbc\td".expandtabs()), repr("a\tbc\td".expandtabs(2)), repr("\t".expandtabs(0)), repr("ab\ncd\tx".expandtabs(3)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
try:
    "x".ljust("5")
except TypeError as e:
    print("TypeError:", e)
