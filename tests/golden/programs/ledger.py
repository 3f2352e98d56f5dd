# Bank ledger with rounding, %-formatting and exceptions.
class LedgerError(Exception):
    pass


class InsufficientFunds(LedgerError):
    pass


accounts = {}
history = []


def open_account(name, initial=0):
    if name in accounts:
        raise LedgerError("account %r already exists" % name)
    accounts[name] = round(float(initial), 2)
    history.append(("open", name, initial))


def deposit(name, amount):
    if amount <= 0:
        raise ValueError("deposit must be positive: %s" % amount)
    accounts[name] += amount
    accounts[name] = round(accounts[name], 2)


def withdraw(name, amount):
    bal = accounts[name]
    if amount > bal:
        raise InsufficientFunds("%s has %.2f, needs %.2f" % (name, bal, amount))
    accounts[name] = round(bal - amount, 2)


def transfer(src, dst, amount):
    withdraw(src, amount)
    try:
        deposit(dst, amount)
    except KeyError:
        deposit(src, amount)
        raise
    history.append(("transfer", src, dst, amount))


def apply_interest(rate):
    for name in accounts:
        interest = accounts[name] * rate
        accounts[name] = round(accounts[name] + interest, 2)


def statement():
    width = max(len(n) for n in accounts) + 2
    for name, bal in sorted(accounts.items(), key=lambda kv: (-kv[1], kv[0])):
        print("%-*s %10.2f %s" % (width, name, bal, "*" * int(bal // 100)))
    print("%-*s %10.2f" % (width, "TOTAL", sum(accounts.values())))


open_account("alice", 100)
open_account("bob", 250.5)
open_account("carol")
ops = [
    (deposit, ("alice", 50.25)),
    (withdraw, ("bob", 300)),
    (transfer, ("bob", "carol", 75.125)),
    (transfer, ("alice", "dave", 10)),
    (deposit, ("carol", -5)),
    (open_account, ("alice",)),
    (withdraw, ("erin", 1)),
    (transfer, ("alice", "bob", 0.1)),
]
for fn, args in ops:
    try:
        fn(*args)
        print("%-13s ok    %s" % (fn.__name__, args))
    except InsufficientFunds as e:
        print("%-13s FAIL  insufficient: %s" % (fn.__name__, e))
    except LedgerError as e:
        print("%-13s FAIL  ledger: %s" % (fn.__name__, e))
    except KeyError as e:
        print("%-13s FAIL  no account %s" % (fn.__name__, e))
    except ValueError as e:
        print("%-13s FAIL  %s: %s" % (fn.__name__, type(e).__name__, e))
statement()
apply_interest(0.0375)
statement()
print("%5d|%-5d|%05d|%+d|%x|%X|%o|%e|%g|%G|%%" % (42, 42, 42, 42, 255, 255, 8, 12345.678, 0.00001234, 1e20))
print("%s %r %a %c %c" % ("é", "é", "é", 65, "z"))
print("%(name)s owes %(amt).1f" % {"name": "bob", "amt": 3.14159})
print("%.3s|%10.4f|%-10s|%i" % ("abcdef", 3.14159265, "left", 7.9))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(-0.5), round(12345, -2))
cents = [1999, 250, 5]
print(" + ".join("$%d.%02d" % divmod(c, 100) for c in cents), "=", "$%.2f" % (sum(cents) / 100))
print(history)
