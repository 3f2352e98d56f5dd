data = {"a": 1}
try:
    print(data["b"])
except KeyError as e:
    print("missing", e)
    print(data["c"])
