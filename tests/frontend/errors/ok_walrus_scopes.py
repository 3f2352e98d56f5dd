def f(z):
    global y
    [(y := 1) for x in z]


class C:
    def g(self, z):
        return [(y := 1) for x in z]


[x for x in y if (w := x)]
