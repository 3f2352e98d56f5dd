import sys

data = sys.stdin.read()
print(len(data), repr(data[:20]))
words = data.split()
print(len(words), sorted(set(words))[:5])
print(repr(sys.stdin.read()))
