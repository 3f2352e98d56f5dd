from collections import deque


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: deque().pop())
show(lambda: deque().popleft())
show(lambda: deque([1])[5])
show(lambda: deque([1])[-2])
show(lambda: deque([1])["a"])
show(lambda: deque([1])[0:1])
show(lambda: deque([1]).index(3))
show(lambda: deque([1]).remove(3))
show(lambda: deque([1]) + [1])
show(lambda: deque([1]) == [1])


def delete():
    d = deque([1])
    del d[3]


show(delete)


def mutate():
    d = deque([1, 2, 3])
    for x in d:
        d.append(x)


show(mutate)


def mutate_end():
    d = deque([1])
    for x in d:
        d.pop()


show(mutate_end)
print(type(deque()).__name__, deque.__name__, deque)
