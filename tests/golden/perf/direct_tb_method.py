# An exception inside a directly called method (lw_method.c): every frame
# of the traceback, as CPython prints it.
class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds: %d > %d" % (amount, self.balance))
        self.balance -= amount
        return self.balance

    def withdraw_all(self, amounts):
        total = 0
        for a in amounts:
            total += self.withdraw(a)
        return total


acct = Account(10)
print(acct.withdraw(3))
print(acct.withdraw_all([1, 2]))
print(acct.withdraw_all([2, 50]))
