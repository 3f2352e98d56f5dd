# Comparing deeply nested lists: RecursionError "in comparison" as CPython,
# not a C stack overflow.
a = []
b = []
for _ in range(100000):
    a = [a]
    b = [b]
try:
    print(a == b)
except RecursionError as e:
    print("==:", e)
try:
    print(a < b)
except RecursionError as e:
    print("<:", e)
x = (1, [])
y = (1, [])
for _ in range(5000):
    x = (x, 1)
    y = (y, 1)
try:
    print(x == y)
except RecursionError as e:
    print("tuple ==:", e)
print(a == a)
