class A:
    try:
        del q
    except NameError as e:
        print(e)
    try:
        y = x
    except NameError as e:
        print(e)
    x = 1
    del x
    try:
        x
    except NameError as e:
        print("again", e)
    print(__qualname__, __module__, sorted(k for k in ["a"]))

def outer():
    free = 1
    class B:
        nonlocal free
        free = 2
    class C:
        g = free
    return free, C.g
print(outer())

class D:
    """doc"""
    print(__doc__)
    __doc__ = "changed"
print(D.__doc__)
class E:
    print(__annotations__)
    a: int
    b: "str" = "x"
    print(__annotations__, b)
print(E.__annotations__)
class F:
    pass
print(F.__doc__)
class G:
    print(len(range(3)))
    len = 5
    print(len)
class H:
    class I:
        class J:
            def m(self):
                return 1
print(H.I.J.__qualname__, H.I.J.m.__qualname__)
class K:
    y = 5
    z = (lambda: y) 
try:
    K.z()
except NameError as e:
    print(e)
class L:
    print(__name__)
    __name__ = "x"
    print(__name__)
print(L.__name__)
