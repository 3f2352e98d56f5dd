a, *b = c
[a, *b] = c
for a, *b in c:
    pass
print(*a, *b)
x = *a, *b
y = {*a}
z = a[*b]
