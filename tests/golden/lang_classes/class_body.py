# Class bodies: names read from the class namespace, then the globals, then
# the builtins; del; __module__, __qualname__, __doc__, __annotations__.
count = 10
label = "global label"


class A:
    """A's docstring."""
    count = count + 1  # the global on the right, the class name on the left
    double = count * 2
    print("in body:", count, double, label, __qualname__, __module__, __doc__)
    temp = "temporary"
    del temp
    items = [i * 2 for i in range(3)]  # the comprehension cannot see class names
    for i in range(2):
        pass
    try:
        raise KeyError("k")
    except KeyError as err:
        caught = repr(err)
    print(len("abc"))  # a builtin
    len = "shadowed"
    print(len)

    def method(self):
        return count, A.count  # the global, then the class attribute


print(A.count, A.double, A.items, A.i, A.caught, A.len, A.__doc__)
print(hasattr(A, "temp"), hasattr(A, "err"), A().method())
print(A.__qualname__, A.__module__, A.__name__)


class Annotated:
    x: int = 1
    y: "str"
    z: list = []
    if True:
        w: float = 2.5
    print(__annotations__)


print(Annotated.__annotations__, Annotated.x, Annotated.w, hasattr(Annotated, "y"))


class NoDoc:
    pass


print(NoDoc.__doc__, NoDoc.__qualname__)


class Outer:
    class Inner:
        class Deepest:
            def where(self):
                return "deep"

    ref = Inner

    def make(self):
        return Outer.Inner.Deepest()


print(Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__, Outer.ref is Outer.Inner)
print(Outer.Inner.Deepest.where.__qualname__, Outer().make().where())


class Counter:
    total = 0

    def __init__(self):
        Counter.total += 1
        self.id = Counter.total


c1, c2, c3 = Counter(), Counter(), Counter()
print(Counter.total, c1.id, c3.id)


class Docs:
    "Single-quoted docstring."

    def method(self):
        """Method doc."""
        return 1

    def nodoc(self):
        x = "not a docstring"
        return x


def function():
    """Function doc.

    Second line."""


def no_docstring():
    return 1


print(Docs.__doc__, Docs.method.__doc__, Docs.nodoc.__doc__)
print(function.__doc__, no_docstring.__doc__, (lambda: 0).__doc__)
