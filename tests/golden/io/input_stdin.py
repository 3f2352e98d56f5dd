import sys

name = input()
print("hello,", name)
n = input("number? ")
print(int(n) * 2)
print(repr(input(42)))
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.readline(4)), repr(sys.stdin.readline()))
print(repr(input("")))
count = 0
for line in sys.stdin:
    count += 1
    print(count, repr(line))
    if line.startswith("stop"):
        break
print(sys.stdin.readlines())
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input("at eof> ")
except EOFError as e:
    print("EOFError:", e)
print(sys.stdin.name, sys.stdin.mode, sys.stdin.readable(), sys.stdin.writable(), sys.stdin.closed)
