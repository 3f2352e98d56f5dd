# list sort + comprehensions over ints and tuples.
def main():
    x = 42
    data = []
    for _ in range(200000):
        x = (x * 1103515245 + 12345) % 2147483648
        data.append(x % 100000)
    total = 0
    for rnd in range(5):
        squares = [v * v % 9973 for v in data if v % 3 != rnd % 3]
        squares.sort()
        pairs = sorted([(v % 100, -v) for v in squares[:20000]])
        total += squares[len(squares) // 2] + pairs[0][1] + len(pairs)
    print("checksum", total)


main()
