# Set iteration order must be CPython's for ints, floats, bools and tuples:
# a pseudo-random walk of adds, discards, pops and set algebra.
seed = 12345


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


def value():
    k = rand(10)
    if k < 5:
        return rand(200) - 50
    if k < 7:
        return rand(1000) / 8
    if k < 8:
        return rand(2) == 0
    if k < 9:
        return (rand(50), rand(3) / 2)
    return rand(1 << 40) * 1024


sets = [set(), {1, 2, 3}, frozenset()]
for step in range(300):
    i = rand(3)
    j = rand(3)
    op = rand(9)
    s = sets[i]
    if op < 3 and not isinstance(s, frozenset):
        for _ in range(rand(12)):
            s.add(value())
    elif op == 3 and s and not isinstance(s, frozenset):
        s.discard(list(s)[rand(len(s))])
    elif op == 4 and s and not isinstance(s, frozenset):
        s.pop()
    elif op == 5:
        sets[rand(3)] = s | sets[j]
    elif op == 6:
        sets[rand(3)] = s & sets[j] if rand(2) else s.intersection([value() for _ in range(9)] + list(sets[j]))
    elif op == 7:
        sets[rand(3)] = s - sets[j] if rand(2) else s ^ sets[j]
    else:
        sets[rand(3)] = frozenset(s) if rand(2) else set(s)
    if step % 10 == 0:
        print(step, sets[i])
print(sets)
print([hash(frozenset(s)) for s in sets])
