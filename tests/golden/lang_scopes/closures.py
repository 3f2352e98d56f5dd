# Closures, cells, nonlocal, global.
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c1 = counter()
c2 = counter()
print(c1(), c1(), c1(5), c2())

def make_multipliers():
    return [lambda x, i=i: x * i for i in range(1, 4)]

print([m(10) for m in make_multipliers()])

total = 0
def add_to_total(n):
    global total
    total += n
    return total

add_to_total(5)
add_to_total(7)
print(total)

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()

print(outer())

def rebinding():
    value = 1
    def get():
        return value
    value = 2
    return get()

print(rebinding())

def shadow():
    print = lambda *a: None
    print("not shown")
    return "shadowed"

print(shadow())

def param_cell(n):
    def show():
        return n * 2
    n += 1
    return show()

print(param_cell(10))

def unbound_free():
    def reader():
        return later
    try:
        reader()
    except NameError as e:
        print(e)
    later = 1
    return reader()

print(unbound_free())
