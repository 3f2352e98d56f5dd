import sys

print(sys.stdout.write("via write\n"))
sys.stdout.write("no newline")
sys.stdout.write("\n")
sys.stdout.flush()
print("to stderr", file=sys.stderr)
sys.stderr.write("stderr write\n")
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.mode, sys.stdout.encoding)
print(sys.argv[1:], len(sys.argv))
print(sys.maxsize, sys.maxsize + 1, sys.getrecursionlimit())
print(sys.stdout.closed, sys.stdout.writable(), sys.stdin.readable())
print(sys)
sys.exit(3)
