# An error in a nested class body: each class body is a frame of its own.
def make():
    class A:
        x = 1
        class B:
            y = undefined
    return A
make()
