# getattr(o, "__dict__") writes attributes behind the analysis: naming
# "__dict__" in a string makes it give up, as o.__dict__ does (else p.x
# would be taken for a float and unboxed).
class P:
    def __init__(self):
        self.x = 1.0

    def get(self):
        return self.x + 1.0


p = P()
getattr(p, "__dict__")["x"] = "s"
try:
    print(p.get())
except TypeError as e:
    print("TypeError", e)
