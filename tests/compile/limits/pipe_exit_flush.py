# limits: closed
# stdout is a pipe nobody reads: the little output is still buffered at exit,
# and the final flush fails: "Exception ignored in: <stdout>", status 120.
print("hello")
print("world")
