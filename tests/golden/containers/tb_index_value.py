names = ("x", "y")
print(names.index("y"))
print([10, 20, 30].index(40))
