class A:
    pass

class B(A):
    x = 1

    def method(self):
        return self.x

class C(A, B, metaclass=M, **kw):
    """Doc."""

@decorator
def f():
    pass

@decorator
@other.attr(1, x=2)
class D:
    @property
    def p(self):
        return 1

    @staticmethod
    def s():
        pass

@(lambda f: f)
def g():
    pass

@a[0].b
def h():
    pass
