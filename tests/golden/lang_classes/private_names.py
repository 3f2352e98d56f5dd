# Private names (__x) inside classes are mangled to _Class__x, as CPython does.
class Account:
    __count = 0
    def __init__(self, owner, *, __pin=1234):
        self.__owner = owner
        self.__pin = __pin
        Account.__count += 1
        self.__class__.__count
    def __check(self, pin):
        return pin == self.__pin
    def verify(self, pin):
        return self.__check(pin)
    @property
    def owner(self):
        return self.__owner
    def __repr__(self):
        return "Account(%r)" % self.__owner

a = Account("ann")
print(a.verify(1234), a.owner, a, sorted(vars(a)), a._Account__owner)
print(sorted(k for k in Account.__dict__ if "count" in k or "check" in k))
try:
    a.__owner
except AttributeError as e:
    print(e)
class _Private:
    def __m(self):
        return "m"
    def call(self):
        return self.__m()
print(_Private().call(), hasattr(_Private, "_Private__m"))
class ___:
    __x = 1
print(hasattr(___, "__x"))
class Outer:
    __secret = "outer"
    class Inner:
        __secret = "inner"
        def get(self):
            return self.__secret
    def get(self):
        __local = 5
        def f():
            return __local + 1
        return self.__secret, f(), [__local for _ in range(1)]
print(Outer.Inner().get(), Outer().get(), Outer.Inner._Inner__secret)
def __notmangled():
    return "top"
print(__notmangled())
class Child(Account):
    def peek(self):
        try:
            return self.__owner
        except AttributeError as e:
            return str(e)
print(Child("bob").peek())
