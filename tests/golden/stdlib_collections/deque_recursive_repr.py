# py2c-test: reference-cycles
from collections import OrderedDict, deque

g = deque()
g.append(g)
g.append([g])
print(g)
od = OrderedDict()
od["self"] = od
print(od)
