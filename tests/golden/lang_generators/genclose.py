# Generators closed early run their finally bodies and __exit__.
def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

x = g()
print(next(x))
x.close()
print("after close")
x.close()
print(list(g()))

path = "/tmp/py2c_golden_genclose.txt"
with open(path, "w") as out:
    out.write("a\nb\nc\n")

def lines(p):
    with open(p) as f:
        for line in f:
            yield line.strip()

print(list(lines(path)))
for line in lines(path):
    if line == "b":
        break
print("first:", next(lines(path)))

def h():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise

gen = h()
next(gen)
del gen
print("deleted")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        pass
    yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def never_started():
    try:
        yield 1
    finally:
        print("not printed")
ns = never_started()
ns.close()
print("done")
