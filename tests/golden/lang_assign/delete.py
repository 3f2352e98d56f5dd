# del of names, items, slices and nested targets.
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[1:3]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["b"]
print(d)
x = 5
del x
try:
    print(x)
except NameError as e:
    print(e)
def local_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(local_del())
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError", e)
a, b = 1, 2
del (a, b)
try:
    a
except NameError as e:
    print(e)
