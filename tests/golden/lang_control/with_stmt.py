# with statements on file objects.
import sys
path = "/tmp/py2c_golden_with_stmt.txt"
with open(path, "w") as f:
    f.write("line one\n")
    f.write("line two\n")
with open(path) as f:
    for line in f:
        print(line.rstrip())
print(f.closed)
try:
    with open(path) as f:
        raise ValueError("inside with")
except ValueError as e:
    print("caught", e, f.closed)
def first_line():
    with open(path) as g:
        return g.readline()
print(repr(first_line()))
