name, qty, price = "widget", 3, 4.5
print("%-10s|%5d|%8.3f|%x|%#o|%e" % (name, qty, price, 255, 8, 12345.678))
print("%(n)s costs %(p).2f" % {"n": name, "p": price})
print("%c%c %r %a %%" % (72, "i", "é", "é"))
print("{:<10}|{:^10}|{:>10}|".format("left", "mid", "right"))
print("{0}{1}{0}".format("ab", "cd"), "{x[0]}-{x[1]}".format(x=["p", "q"]))
print("{:*^{w}.{p}}".format("truncated", w=9, p=4))
print(format("text", ">8"), format("é", "-^5"), repr(format("", "")))
print(f"{name!r:>12} {name.upper()} {'nested ' + name:.9}")
print("{{literal}} {}".format("ok"))
try:
    "{0}{}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    format("ab", "d")
except ValueError as e:
    print("ValueError:", e)
