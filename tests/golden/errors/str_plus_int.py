print("a" * 2)
print("total: " + 3)
