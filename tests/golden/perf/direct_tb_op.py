# An exception inside an operator method called directly (lw_method.c).
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __truediv__(self, k):
        return Money(self.cents // k)

    def __add__(self, o):
        return Money(self.cents + o.cents)


def split(m, parts):
    return m / parts + Money(0)


print(split(Money(100), 3).cents)
print(split(Money(100), 0).cents)
