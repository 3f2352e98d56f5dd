# Attributes set by name (setattr): inference knows nothing then, and the
# classes are made without layouts.
class Plain:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


p = Plain(1)
for name in ["x", "y", "z"]:
    setattr(p, name, name.upper())
print(p.get(), p.y, p.z, vars(p))
delattr(p, "y")
print(vars(p), getattr(p, "y", None))
