def make_error_class(prefix):
    class PrefixedError(Exception):
        def __str__(self):
            return prefix + ": " + str(self.args[0])
    return PrefixedError

E = make_error_class("app")
try:
    raise E("boom")
except E as e:
    print(e, type(e).__qualname__)

def outer():
    items = []
    def add(*xs):
        items.extend(x * 2 for x in xs)
    add(1, 2)
    add(3)
    return items

print(outer())

def shadowing_comprehension():
    x = 10
    ys = [x for x in range(3)]
    return x, ys

print(shadowing_comprehension())

def uses_global_in_comprehension():
    return [g * 2 for g in GLOBAL_LIST]

GLOBAL_LIST = [1, 2]
print(uses_global_in_comprehension())
value = "module"
def read_module_value():
    return [value for _ in range(2)]
print(read_module_value())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return [n for _ in range(n)]
    return inc
inc = counter()
print(inc(), inc())
