# Ellipsis as a value, and the builtin delattr.
def placeholder():
    ...

x = ...
print(x, repr(x), str(...), type(...).__name__)
print(x is Ellipsis, ... is ..., ... == Ellipsis, ... != None, bool(...))
print([..., 1, ...], (...,), {...: "key"}[...], {..., ...})
print(placeholder(), f"{...}", "%s" % (...,))
print(isinstance(..., type(Ellipsis)), hash(...) == hash(Ellipsis))

class Box:
    pass

b = Box()
b.a = 1
b.b = 2
delattr(b, "a")
print(hasattr(b, "a"), hasattr(b, "b"), b.b)
try:
    delattr(b, "a")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(b, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    delattr(b)
except TypeError as e:
    print("TypeError:", e)
try:
    delattr(1, "real")
except AttributeError as e:
    print("AttributeError:", e)
