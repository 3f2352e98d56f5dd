# A def whose name is bound again somewhere (assignment, global statement,
# del, for target, import, decorator, except-as, a second def) is called
# through the global as usual: every call sees the current binding.
def f(x):
    return ("f", x)


def g(x):
    return ("g", x)


def use_f():
    return f(1)


print(use_f())
f = g
print(use_f(), f(2))


def h(x):
    return ("h", x)


def rebind_h():
    global h

    def h(x):
        return ("inner h", x)


print(h(1))
rebind_h()
print(h(2))


def k(x):
    return ("k", x)


print(k(3))
del k
try:
    print(k(4))
except NameError as e:
    print("NameError:", e)


def loop(x):
    return ("loop", x)


for loop in [g, f]:
    print(loop(5))


def deco(fn):
    def wrapper(x):
        return ("wrapped", fn(x))

    return wrapper


@deco
def decorated(x):
    return ("decorated", x)


print(decorated(6))


def twice(x):
    return ("first", x)


print(twice(7))


def twice(x):
    return ("second", x)


print(twice(8))


def caught(x):
    return ("caught", x)


try:
    raise ValueError("v")
except ValueError as caught:
    print(type(caught).__name__)
try:
    caught(9)
except NameError as e:
    print("NameError:", e)


def walrus(x):
    return ("walrus", x)


if (walrus := g):
    print(walrus(10))


def imported(x):
    return ("imported", x)


from math import sqrt as imported

print(imported(16.0))


def augmented(x):
    return x


print(augmented(11))
try:
    augmented += 1
except TypeError as e:
    print("TypeError:", e)


class C:
    global cls_bound

    def cls_bound(x):
        return ("from class body", x)


print(cls_bound(12))


def cls_target(x):
    return ("cls_target", x)


def call_cls_target():
    return cls_target(13)


print(call_cls_target())


class D:
    global cls_target
    cls_target = g


print(call_cls_target())


def comp_target(x):
    return ("comp_target", x)


def call_comp_target():
    return comp_target(14)


print(call_comp_target())
print([(comp_target := g) for _ in range(1)][0] is g, call_comp_target())


def in_func_loop(x):
    return ("in_func_loop", x)


def rebind_by_loop():
    global in_func_loop
    for in_func_loop in [f]:
        pass


print(in_func_loop(15))
rebind_by_loop()
print(in_func_loop(16))
