import sys

print("working")
sys.stdout.write("partial line")
sys.exit("fatal: something went wrong")
print("unreachable")
