items = ["a", "b"]
items.remove("a")
print(items)
items.remove("a")
