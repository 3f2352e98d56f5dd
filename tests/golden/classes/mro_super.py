class Base:
    def __init__(self):
        self.log = ["Base"]
    def hello(self):
        return "Base.hello"
    @classmethod
    def make(cls):
        return cls()
class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")
    def hello(self):
        return "Left>" + super().hello()
class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")
    def hello(self):
        return "Right>" + super().hello()
class Diamond(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Diamond")
    def hello(self):
        return "Diamond>" + super().hello()
    @classmethod
    def make(cls):
        obj = super().make()
        obj.log.append("made")
        return obj
d = Diamond()
print(d.log)
print(d.hello())
print([c.__name__ for c in Diamond.__mro__])
print([c.__name__ for c in Diamond.mro()])
print(Diamond.__bases__ == (Left, Right), Diamond.__base__ is Left)
print(Diamond.make().log)
print(isinstance(d, Right), isinstance(d, (int, Left)), issubclass(Diamond, Base), issubclass(Base, Diamond))
print(issubclass(Diamond, (str, Right)), isinstance(3, (Base, int)))
print(super(Left, d).hello())
class A: pass
class B(A): pass
for bases in [(A, B), (A, A)]:
    try:
        type("X", bases, {})
    except TypeError as e:
        print(e)
class E: pass
class F(E, A): pass
class G(A, E): pass
try:
    class H(F, G): pass
except TypeError as e:
    print(e)
T = type("T", (Left,), {"x": 5})
t = T()
print(T.__name__, t.x, t.log, type(t).__mro__[1].__name__)
# py2c-test: reference-cycles (super() keeps its class alive through the __class__ cell)
