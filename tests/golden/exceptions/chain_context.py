def parse(s):
    try:
        return int(s)
    except ValueError:
        raise KeyError(s)


print("start")
parse("x")
