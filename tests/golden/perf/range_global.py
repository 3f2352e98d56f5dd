# A module that binds the name `range` itself: loops over `range(...)` must
# call whatever the name holds at that moment (the builtin until rebound).
def loop(n):
    out = []
    for i in range(n):
        out.append(i)
    return out


print(loop(3))
_builtin_range = range
range = lambda n: ["mine", n]
print(loop(3))
del range
print(loop(2))
range = _builtin_range
for i in range(2, 4):
    print(i)
