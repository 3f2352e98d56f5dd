# A direct call that can run before the def keeps the NameError check
# (and a name that is also a builtin falls back to the builtin until then).
def early():
    return later(1)


def early_len():
    return len([1, 2])


try:
    early()
except NameError as e:
    print("NameError:", e)
print(early_len())


def later(x):
    return ("later", x)


def len(x):
    return ("my len", x)


print(early(), early_len())


def argdefault(x=None):
    return x


try:
    def uses_default(a=fresh(1)):
        return a
except NameError as e:
    print("NameError:", e)


def fresh(x):
    return x + 1


print(fresh(1), argdefault(2))
print("before")
too_soon(1)


def too_soon(x):
    return x
