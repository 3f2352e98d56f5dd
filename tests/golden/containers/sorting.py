# list.sort / sorted: stability with keys and reverse, runs, long lists.
seed = 7


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


for size in (0, 1, 2, 5, 63, 64, 65, 200, 1000):
    data = [(rand(10), i) for i in range(size)]
    by_key = sorted(data, key=lambda p: p[0])
    rev = sorted(data, key=lambda p: p[0], reverse=True)
    assert all(by_key[i][0] < by_key[i + 1][0] or by_key[i][1] < by_key[i + 1][1] for i in range(size - 1))
    print(size, by_key[:6], rev[:6], by_key[-3:])
runs = list(range(50)) + list(range(100, 40, -1)) + [rand(1000) for _ in range(300)] + list(range(30))
runs.sort()
print(runs[::37])
words = "pear Apple fig banana cherry apple Fig date".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
mixed = [3, 1.5, True, -2, 0.0, False, 2**40]
mixed.sort()
print(mixed)
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y')]
pairs.sort(reverse=True)
print(pairs)
