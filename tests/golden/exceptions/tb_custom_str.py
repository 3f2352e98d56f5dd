class Oops(Exception):
    def __str__(self):
        return "oops with %d args" % len(self.args)


def go():
    raise Oops(1, 2)


go()
