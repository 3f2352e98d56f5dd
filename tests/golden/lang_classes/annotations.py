"""Module doc."""
# Module-level annotations and __doc__; annotations of attributes and
# subscripts are evaluated; in functions they are not.
print(__doc__)
x: int = 1
y: list
print(__annotations__)
if True:
    z: "later" = 3
print(__annotations__, x, z)
class A:
    pass
a = A()
a.attr: int = 5
print(a.attr)
d = {}
d["k"]: str = "v"
print(d)
def f():
    q: undefined_name = 3
    r: undefined_name
    return q
print(f())
try:
    w: undefined_thing = 1
except NameError as e:
    print(e, w)
