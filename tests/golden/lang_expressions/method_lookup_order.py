# obj.m(args): CPython 3.11 looks the method up (LOAD_METHOD) before it
# evaluates the arguments, then calls.
class A:
    def m(self, x):
        return ("m", x)


def log(tag):
    print("evaluated", tag)
    return tag


try:
    A().missing(log("missing"))
except AttributeError as e:
    print("caught:", e)

try:
    (1).bit_length(log("builtin"))
except TypeError as e:
    print("caught:", e)

try:
    "".nope(log("str"), k=log("kw"))
except AttributeError as e:
    print("caught:", e)

a = A()
print(a.m(log("ok")))
# the instance dict shadows the class's method
a.m = lambda x: ("lambda", x)
print(a.m(log("instance dict")))
del a.m


# the lookup happens first: rebinding the method in an argument does not
# change what this call calls
def rebind(x):
    A.m = lambda self, x: ("new", x)
    return x


print(a.m(rebind(1)))
print(a.m(2))
items = []
print(items.append(log("append")), items)
print(dict.fromkeys(log("keys")), {}.fromkeys("ab", log("v")))
print([3, 1, 2].__len__(), [].__repr__())
