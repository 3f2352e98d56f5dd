def greet():
    return "hi " + nmae

print(greet())
