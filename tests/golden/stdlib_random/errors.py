# Errors of the random module, with CPython's messages.
import random

random.seed(1)
cases = [
    lambda: random.randrange(5, 5), lambda: random.randrange(0), lambda: random.randrange(-3),
    lambda: random.randrange(1, 10, 0), lambda: random.randrange(10, 1), lambda: random.randrange(10, 1, 2),
    lambda: random.randrange(0, 10**30, -1), lambda: random.randrange(10, step=2), lambda: random.randint(5, 1),
    lambda: random.randrange("a"), lambda: random.randrange(1, "b"), lambda: random.choice([]),
    lambda: random.choice(""), lambda: random.choice(5), lambda: random.sample({1, 2}, 1),
    lambda: random.sample({1: 2}, 1), lambda: random.sample([1], 2), lambda: random.sample([1, 2], -1),
    lambda: random.sample(["a", "b"], 1, counts=[1]), lambda: random.sample(["a"], 1, counts=[0]),
    lambda: random.sample(["a"], 1, counts=[1.5]), lambda: random.getrandbits(-1), lambda: random.getrandbits(1.5),
    lambda: random.seed([1]), lambda: random.seed({}), lambda: random.choices("ab", [1]),
    lambda: random.choices("ab", [0, 0]), lambda: random.choices("ab", [1, float("inf")]),
    lambda: random.choices("ab", [1, 2], cum_weights=[1, 2]), lambda: random.choices("abc", 2),
    lambda: random.choices([], k=2), lambda: random.expovariate(0), lambda: random.gammavariate(-1, 1),
    lambda: random.gammavariate(1, 0), lambda: random.uniform(1), lambda: random.uniform("a", "b"),
    lambda: random.shuffle(5), lambda: random.randbytes(-1), lambda: random.setstate((2, (), None)),
    lambda: random.random(1),
]
for i, f in enumerate(cases):
    try:
        print(i, repr(f()))
    except (TypeError, ValueError, IndexError, ZeroDivisionError) as e:
        print(i, type(e).__name__, e)
