def show(v, spec):
    return format(v, spec)

print(show(3.5, ">8.2f"))
print(show("abc", "d"))
