import sys

print(sys.argv)
print(len(sys.argv), sys.argv[0], sys.argv[1:])
total = 0
for a in sys.argv[1:]:
    if a.isdigit():
        total += int(a)
print("total", total)
print(type(sys.argv), all(isinstance(a, str) for a in sys.argv))
sys.argv.append("extra")
print(sys.argv[-1], len(sys.argv))
