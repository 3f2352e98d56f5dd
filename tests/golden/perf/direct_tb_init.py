# An exception inside __init__ of a directly constructed class: the
# traceback shows the call line, then the __init__ frame (lw_method.c).
class Item:
    def __init__(self, name, qty):
        self.name = name
        self.qty = 100 // qty


def build(n):
    items = []
    for i in range(n, -1, -1):
        items.append(Item("x", i))
    return items


print(len(build(3)))
