# Many short-lived instances of classes with different slot counts: a block
# freed by one instance is reused by the next of the same size, which must start
# with no attribute set (a stale value would show below).


class C0:
    pass


class C1:
    def __init__(self, a):
        self.a = a


class C2:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class C3:
    def __init__(self, a, b, c, set_c=True):
        self.a = a
        self.b = b
        if set_c:
            self.c = c


class D2:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class Wide:
    # more layout slots than the free lists serve (16): plain malloc/free
    def __init__(self, k):
        self.a0 = k
        self.a1 = k + 1
        self.a2 = k + 2
        self.a3 = k + 3
        self.a4 = k + 4
        self.a5 = k + 5
        self.a6 = k + 6
        self.a7 = k + 7
        self.a8 = k + 8
        self.a9 = k + 9
        self.a10 = k + 10
        self.a11 = k + 11
        self.a12 = k + 12
        self.a13 = k + 13
        self.a14 = k + 14
        self.a15 = k + 15
        self.a16 = k + 16
        self.a17 = k + 17

    def total(self):
        return (self.a0 + self.a1 + self.a2 + self.a3 + self.a4 + self.a5 + self.a6 + self.a7 + self.a8
                + self.a9 + self.a10 + self.a11 + self.a12 + self.a13 + self.a14 + self.a15 + self.a16
                + self.a17)


class Sub2(C2):
    def __init__(self, a, b, d):
        C2.__init__(self, a, b)
        self.d = d


def churn(rounds):
    total = 0
    for r in range(rounds):
        batch = [C3(i, -i, i * i) for i in range(300)]
        total += sum(x.a + x.b + x.c for x in batch)
        batch = None
        # same size as C3, built without its third attribute: the reused block
        # must not show the c of a freed C3
        missing = 0
        for i in range(300):
            x = C3(i, i, 99, set_c=False)
            if not hasattr(x, "c"):
                missing += 1
            d = D2(i, r)
            d.extra = r  # set outside the class: a __dict__ attribute
            total += d.extra + d.b
        total += missing
        for i in range(200):
            total += C1(i).a + C2(i, 1).b + (C0() is not None)
        total += Wide(r).total()
        s = Sub2(r, 2, 3)
        total += s.a + s.b + s.d
    return total


print("churn", churn(20))

# a stale attribute must raise as before, with its traceback
for i in range(50):
    C3(1, 2, 3)
try:
    print(C3(4, 5, 6, set_c=False).c)
except AttributeError as e:
    print("AttributeError:", e)

# instances holding each other: a linked list and a tree, dropped and rebuilt


class Link:
    def __init__(self, value, next_):
        self.value = value
        self.next = next_


class Tree:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def make_list(n):
    head = None
    for i in range(n):
        head = Link(i, head)
    return head


def list_sum(head):
    s = 0
    while head is not None:
        s += head.value
        head = head.next
    return s


def build(d):
    if d == 0:
        return Tree(None, None)
    return Tree(build(d - 1), build(d - 1))


def count(t):
    if t.left is None:
        return 1
    return 1 + count(t.left) + count(t.right)


for n in (10, 5000, 10, 200000):
    print("list", n, list_sum(make_list(n)))
for d in (2, 12, 4, 12):
    print("tree", d, count(build(d)))

# a cycle, broken by hand, then its blocks reused
a = Link(1, None)
b = Link(2, a)
a.next = b
print("cycle", a.next.value, b.next.value, a.next.next is a)
a.next = None
a = b = None
print("after", list_sum(make_list(3)))

# a deep chain: its release must not overflow the C stack
head = make_list(300000)
print("deep", head.value)
head = None
print("reused", [Link(i, None).value for i in range(3)])
