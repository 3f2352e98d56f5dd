import sys
print("before")
try:
    sys.exit(3)
except SystemExit as e:
    print("code", e.code)
sys.exit("fatal: stopping")
