# Three levels of nesting, nonlocal through levels, globals from functions.
def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            nonlocal a, b
            a += 10
            b += 20
            return a + b
        r = level3()
        return r, b
    r2 = level2()
    return r2, a

print(level1())

def make_accumulators():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    def get():
        return total
    return add, get

add, get = make_accumulators()
add(5)
add(6)
print(get())

def walrus_in_comprehension(values):
    found = [last := v for v in values if v > 1]
    return found, last

print(walrus_in_comprehension([1, 2, 3]))
counter = 0
def bump():
    global counter
    counter += 1
def reset():
    global counter
    del counter
bump()
bump()
print(counter)
reset()
try:
    print(counter)
except NameError as e:
    print(e)
def default_from_scope():
    base = 100
    def add(x, y=base):
        return x + y
    base = 0
    return add(1)
print(default_from_scope())
class Config(Exception):
    limit = 5
    def describe(self):
        return "limit " + str(self.limit)
print(Config().describe(), Config.limit)
