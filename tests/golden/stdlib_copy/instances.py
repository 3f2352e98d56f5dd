# py2c-test: reference-cycles
# copy/deepcopy of user class instances: no __init__, __dict__ copied,
# __copy__/__deepcopy__/__getstate__/__setstate__ honoured.
import copy

class Point:
    def __init__(self, x, y):
        print('init', x, y)
        self.x = x
        self.y = y
        self.tags = []

    def __repr__(self):
        return 'Point(%r, %r, %r)' % (self.x, self.y, self.tags)

p = Point(1, 2)
q = copy.copy(p)
r = copy.deepcopy(p)
p.tags.append('t')
print(q, r, type(q) is Point, q is p, q.tags is p.tags, r.tags is p.tags)
q.x = 10
print(p.x, q.x)

class Empty:
    pass

e = copy.copy(Empty())
print(type(e).__name__, vars(e))

class Node:
    def __init__(self, value):
        self.value = value
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child

root = Node('root')
kid = root.add(Node('kid'))
kid.add(Node('grandkid'))
clone = copy.deepcopy(root)
print(clone is root, clone.children[0].parent is clone, clone.children[0].children[0].parent is clone.children[0])
print(clone.children[0].value, clone.children[0] is kid)

class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('__copy__ called')
        return Custom(self.v + '-copy')

    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Custom(self.v + '-deep')

c = Custom('c')
print(copy.copy(c).v, copy.deepcopy(c).v, copy.deepcopy([c, c])[1].v)

class Stateful:
    def __init__(self):
        self.a = 1
        self.cache = 'big'

    def __getstate__(self):
        print('getstate')
        state = dict(self.__dict__)
        del state['cache']
        return state

    def __setstate__(self, state):
        print('setstate', sorted(state))
        self.__dict__.update(state)
        self.cache = None

s2 = copy.deepcopy(Stateful())
print(s2.a, s2.cache)
s3 = copy.copy(Stateful())
print(s3.a, s3.cache)

class Counted:
    instances = 0

    def __new__(cls):
        print('__new__', cls.__name__)
        Counted.instances += 1
        return super().__new__(cls)

    def __init__(self):
        print('__init__')
        self.data = [1]

k = Counted()
k2 = copy.deepcopy(k)
print(Counted.instances, k2.data, k2.data is k.data)

class Sub(Point):
    pass

sp = copy.deepcopy(Sub.__new__(Sub))
print(type(sp).__name__, vars(sp))

def gen():
    yield 1

try:
    copy.copy(gen())
except TypeError as e:
    print('TypeError:', e)
