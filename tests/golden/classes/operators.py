class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return V(self.x + o, self.y + o)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __truediv__(self, k): return V(self.x / k, self.y / k)
    def __floordiv__(self, k): return V(self.x // k, self.y // k)
    def __mod__(self, k): return V(self.x % k, self.y % k)
    def __divmod__(self, k): return (self // k, self % k)
    def __rdivmod__(self, k): return ("rdivmod", k)
    def __pow__(self, k, mod=None):
        if mod is None:
            return V(self.x ** k, self.y ** k)
        return V(pow(self.x, k, mod), pow(self.y, k, mod))
    def __rpow__(self, k): return ("rpow", k)
    def __lshift__(self, k): return V(self.x << k, self.y << k)
    def __rshift__(self, k): return V(self.x >> k, self.y >> k)
    def __and__(self, k): return V(self.x & k, self.y & k)
    def __or__(self, k): return V(self.x | k, self.y | k)
    def __xor__(self, k): return V(self.x ^ k, self.y ^ k)
    def __rsub__(self, k): return ("rsub", k)
    def __neg__(self): return V(-self.x, -self.y)
    def __pos__(self): return self
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self): return V(~self.x, ~self.y)
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
    def __bool__(self): return bool(self.x or self.y)
    def __int__(self): return self.x
    def __float__(self): return float(self.y)
    def __index__(self): return self.x
    def __round__(self, n=None): return V(round(self.x, n), round(self.y, n))

a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, 2.5 + a, a - b, a * 3, 3 * a, a @ b)
print(b / 2, b // 2, b % 2, divmod(b, 2), divmod(7, a))
print(a ** 2, pow(b, 2, 5), 2 ** a, 10 - a)
print(a << 2, b >> 1, b & 1, a | 4, a ^ 3)
print(-a, +a, abs(b), ~a, bool(a), bool(V(0, 0)), int(b), float(b))
print(round(V(1.26, 2.5), 1), [10, 20, 30, 40][a], hex(V(255, 0)), "abc"[V(1, 0)])
c = a
c += b
print(c, a, c is a)
c -= b
print(c, c is a)
c *= 2
print(c)
for expr in ["a * a", "a + 'x'", "'x' - a", "a < b", "-object()", "abs('s')", "a @ 1.5"]:
    try:
        eval_result = None
        if expr == "a * a": a * a
        elif expr == "a + 'x'": a + 'x'
        elif expr == "'x' - a": print('x' - a)
        elif expr == "a < b": a < b
        elif expr == "-object()": -object()
        elif expr == "abs('s')": abs('s')
        else: a @ 1.5
    except TypeError as e:
        print("TypeError:", e)
    except AttributeError as e:
        print("AttributeError:", e)

class Base:
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
class Derived(Base):
    def __radd__(self, o): return "Derived.radd"
class Other(Base):
    pass
print(Base() + Derived(), Derived() + Base(), Base() + Other(), 1 + Base())
class NI:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
try:
    NI() + NI()
except TypeError as e:
    print(e)
try:
    x = NI()
    x += 1
except TypeError as e:
    print(e)
