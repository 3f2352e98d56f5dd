import sys
print(len(sys.argv), sys.argv[1:])
for i, arg in enumerate(sys.argv[1:], 1):
    print(i, arg.upper())
print("warning", file=sys.stderr)
sys.stdout.write("written\n")
