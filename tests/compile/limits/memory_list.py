# limits: ulimit-v 400000
# A list of 10**10 items cannot be allocated: MemoryError, status 1.
print("start")
x = [0] * (10**10)
print(len(x))
