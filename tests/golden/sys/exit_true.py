import sys

print(sys.exit is sys.exit, callable(sys.exit), sys.exit)
sys.exit(True)
