import sys

path = "/tmp/py2c-golden-stream_rebind.txt"
saved = sys.stdout
with open(path, "w") as f:
    sys.stdout = f
    print("into the file", 1, 2)
    sys.stdout.write("direct\n")
    sys.stdout = saved
print("back on stdout")
with open(path) as f:
    print(f.read(), end="")
with open(path, "w") as f:
    f.write("line from file\nsecond\n")
sys.stdin = open(path)
print(repr(input("prompt: ")))
print(repr(input()))
try:
    input()
except EOFError as e:
    print("EOFError", e)
sys.stdin.close()
sys.stdin = sys.__stdin__
f = open(path, "w")
f.close()
try:
    print("x", file=f)
except ValueError as e:
    print("ValueError", e)
print(round(2.5), round(-2.5), round(0.5), round(1.5, 0), round(12345.6789, -2), round(-0.0001, 2))


class Num:
    def __round__(self, nd=None):
        return ("rounded", nd)


print(round(Num()), round(Num(), 3))
print(divmod(-0.0, 1), divmod(5, -0.0) if False else 0, pow(-8, 1 / 3) if False else 0, pow(10, -3), pow(2, 3.0))
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno(), sys.stdout.isatty())
print(repr(sys.stdout), repr(sys.stderr))
sys.stdout = None
print("lost")
sys.stdout = sys.__stdout__
print("restored")
