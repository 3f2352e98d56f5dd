# int() and float() of Unicode decimal digits and white space (any Nd digit, any str.isspace char).
print(int("٣٤"), int("１２３"), int(" ٣ "), int("٣", 16), int("\u3000 12\u2003"), int("-१२३"), int("１_０"), int("０x1f", 0) if False else 0)
print(float("١.٥"), float("１e３"), float("\u2003-٣.٢٥e-١\u00a0"), float("inf\u3000"), float("１_５"), int("𝟗𝟗"), int("᠐᠑"), int("߉"))
for args in [("٣x",), ("x٣",), ("\u00a0",), ("½",), ("²",), ("٣.5",), ("１２", 2), ("ｆｆ", 16), ("٣" * 2 + "é",), ("1\u200b",)]:
    try:
        print(int(*args))
    except ValueError as e:
        print("ValueError:", e)
for s in ["١.٥x", "\u3000", "½", "²", "Ⅳ", "inf٣", "١e", "ñ", "1,5"]:
    try:
        print(float(s))
    except ValueError as e:
        print("ValueError:", e)
for b in [b"\xd9\xa3", b" 12 ", b"\xa0 1"]:
    try:
        print(int(b), float(b))
    except ValueError as e:
        print("ValueError:", e)
