# py2c-test: reference-cycles (classes using super() hold their __class__ cell)
# Classes inside functions, closures over function locals, super() and
# __class__ in nested code, functions stored in containers.
class Base:
    def greet(self):
        return "base"

class Child(Base):
    def greet(self):
        inner = lambda: super(Child, self).greet()
        def nested():
            return __class__.__name__
        return "child+" + super().greet() + inner() + nested()
    def comp(self):
        # a comprehension's first argument is its iterator: super() fails
        try:
            return [super().greet() for _ in range(2)]
        except TypeError as e:
            return str(e)
    def who(self):
        return __class__

print(Child().greet(), Child().comp(), Child().who().__name__)

def factory(tag):
    class Tagged:
        label = tag
        def show(self):
            return tag + "/" + self.label
        def again(self):
            return Tagged
    return Tagged

T = factory("t1")
print(T().show(), T().again() is T, T.__qualname__)

class Node:
    count = 0
    def __init__(self):
        Node.count += 1
    def total():
        return Node.count

Node(); Node()
print(Node.total())

ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
funcs = [abs, str, len]
print(ops["add"](2, 3), ops["mul"](2, 3), [f(-1) if f is abs else f("ab") for f in funcs])

class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n

def memo(f):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    w.__name__ = f.__name__
    return w

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.__name__)

class M:
    a = 1
    def f(self):
        return a
try:
    M().f()
except NameError as e:
    print("NameError", e)

class Q:
    v = 3
    w = [v for _ in range(1)] if False else None
    def __repr__(self):
        return "Q(%d)" % self.v
print(Q(), Q.w)
x = "global x"
def fn():
    x = "local x"
    class R:
        y = x
        x = "class x"
        z = x
    return R
print(fn().y, fn().z)
def fn2():
    x = "local2"
    class S:
        y = x
    return S.y
print(fn2())
def f():
    x = 1
    class A:
        x = 2
        def m(self):
            return x
        y = [x for _ in range(1)]
    return A().m(), A.x, A.y
print(f())

def gen_with_class():
    class Inner:
        def __init__(self, v):
            self.v = v
        def __iter__(self):
            yield self.v
            yield self.v + 1
    for i in range(2):
        yield from Inner(i)
print(list(gen_with_class()))

class Base:
    def hello(self):
        return "base hello"

class Derived(Base):
    def hello(self):
        class Helper:
            def run(inner_self):
                return "helper"
        return super().hello() + " / " + Helper().run()
    def gen(self):
        yield super().hello()
        yield __class__.__name__
print(Derived().hello(), list(Derived().gen()))

def counter():
    n = 0
    class C:
        def inc(self):
            nonlocal n
            n += 1
            return n
    c = C()
    c.inc(); c.inc()
    return n
print(counter())

def deep():
    a = "a"
    def mid():
        b = "b"
        class K:
            c = a + b
            def m(self):
                return a + b + self.c
        return K
    return mid()
print(deep()().m())

class WithGen:
    data = [3, 1, 2]
    def sorted_items(self):
        for x in sorted(self.data):
            yield x
    def __iter__(self):
        return iter(self.data)
print(list(WithGen().sorted_items()), list(WithGen()), sum(WithGen()), max(WithGen()))
