import sys

print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print(1, 2.5, None, True, [1, "x"], (2,), {"k": 3}, sep=" | ")
print("no newline", end="")
print(" <- same line")
print("multi", "sep", sep="\n--\n")
print(*range(5))
print(*[], sep="x", end="[end]\n")
print("err line", 42, file=sys.stderr)
print("err", "sep", sep="+", end="!\n", file=sys.stderr)
print("flushed", flush=True)
print("not flushed", flush=False)
print("file None", file=None)
print("sep None", "end None", sep=None, end=None)


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")


c = Collect()
print("to", "object", sep="_", file=c, flush=True)
print(c.parts)


class Shown:
    def __str__(self):
        return "str of Shown"

    def __repr__(self):
        return "repr of Shown"


print(Shown(), [Shown()])
sys.stdout.write("written " + str(sys.stdout.write("")) + "\n")
n = sys.stderr.write("stderr write\n")
print(n)
for kw in [{"sep": 1}, {"end": 2.0}, {"file": 3}, {"flush": 1, "foo": 2}]:
    try:
        print("x", **kw)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print("last", file=sys.stderr, end="")
