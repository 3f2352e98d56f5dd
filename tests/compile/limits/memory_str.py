# limits: ulimit-v 400000
# A string of 10**11 characters: MemoryError.
s = 'a' * 10**11
print(len(s))
