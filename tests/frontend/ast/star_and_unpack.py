a, *b = c
*a, = b
[*a, b] = c
first, *middle, last = items
for x, *y in z:
    pass
f(*a, *b)
f(*a, **b, **c)
x = *a, *b
print(*args, **kwargs)
def g(*args, **kwargs):
    return h(*args, **kwargs)
{**a, **b}
