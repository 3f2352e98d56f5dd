# if/elif/else, conditional expressions, and/or, chained comparisons, walrus.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

print([classify(n) for n in (-5, 0, 5, 50)])
print("yes" if 1 < 2 else "no", "yes" if [] else "no")
print(0 or "" or None or "last", 1 and 2 and 3, 1 and 0 and 3, [] or [1])
print(None and 1, "a" or "b")

calls = []
def v(x):
    calls.append(x)
    return x

print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(1) < v(0) < v(3), calls)
calls.clear()
print(1 < 2 > 0 != 5 == 5, 1 < 2 < 2)
print(v(3) == 3 in [3], calls)
one = 1
print(one is one is not None, 2 in [1, 2] not in [[1]])
x = [1, 2]
print(x is x, x is not x, x == [1, 2], not x, not [])

if (n := len("hello")) > 3:
    print("walrus", n)
data = [1, 2, 3, 4]
while (item := data.pop()) > 2:
    print("popped", item)
print([y for x in range(5) if (y := x * x) > 4], y)
print(n)
if not 0:
    print("not zero")
if 0 < 1 and not (2 < 1) or False:
    print("bool logic")
