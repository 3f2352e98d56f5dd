# Every parameter kind, defaults evaluated once, keyword arguments.
def f(a, b=2, *args, c, d=4, **kw):
    print(a, b, args, c, d, sorted(kw.items()))

f(1, c=3)
f(1, 5, 6, 7, c=8, d=9, e=10, f=11)
f(c=1, a=2)

def pos_only(x, y, /, z):
    return x * 100 + y * 10 + z

print(pos_only(1, 2, 3), pos_only(1, 2, z=4))

def kw_only(*, key, value="v"):
    return key + value

print(kw_only(key="k"), kw_only(value="w", key="j"))

def defaults_once(item, acc=[]):
    acc.append(item)
    return acc

print(defaults_once(1))
print(defaults_once(2))

def no_return():
    pass

print(no_return())

def varargs_only(*items):
    return len(items), items

print(varargs_only())
print(varargs_only(1, "two", 3.0))

def kwargs_only(**options):
    return options

print(kwargs_only(x=1, y=2))
