# `self.x` in the methods of a class with a layout takes the slot path even
# where inference does not know self's class; the path checks the type, so
# other receivers behave as in CPython: an instance of another class passed
# as self, a subclass made in a function (with a property over a slot
# name), an instance whose attributes moved to a dict.
def attrs(obj):
    # (not vars(), .__dict__ or the string "__dict__": the inference would
    # give up on the program and the classes would get no layout; this
    # reads the dict behind its back to see the runtime's slot and dict modes)
    return getattr(obj, "__di" + "ct__")


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def show(self):
        return self.owner + ": " + str(self.balance)


class Other:
    def __init__(self):
        self.balance = "other"
        self.owner = "someone"


def make_sub():
    class Audited(Account):
        @property
        def balance(self):
            return self.log[-1]

        @balance.setter
        def balance(self, v):
            if not hasattr(self, "log"):
                self.log = []
            self.log.append(v)

    return Audited


handlers = [Account.deposit, Account.show]
a = Account("ann", 10)
print(handlers[0](a, 5), handlers[1](a))
o = Other()
print(handlers[1](o), Account.show(o))
try:
    handlers[0](o, 1)
except TypeError as e:
    print("TypeError:", e)
Audited = make_sub()
s = Audited("sam", 1)
print(s.deposit(2), s.deposit(3), s.log, s.show(), attrs(s))
a.extra = True
del a.owner
a.owner = "ann again"
print(a.deposit(1), a.show(), attrs(a))
