return 1


def f():
    break


class C:
    yield


f(a=1, a=2)
