data = {"a": 1}
print([data[k] for k in ["a", "b"]])
