# An uncaught RecursionError through a method: the traceback collapses the
# repeated frames ("[Previous line repeated N more times]") as CPython does.
class Walker:
    def __init__(self):
        self.steps = 0

    def walk(self, n):
        self.steps += 1
        return self.walk(n + 1)


w = Walker()
print("start")
w.walk(0)
