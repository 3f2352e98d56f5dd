# packages: __init__ first, submodules bound on their package, relative imports
import shapes.circle
print(shapes.VERSION, shapes.circle.Circle(2).show())
print(shapes.circle.Circle.__module__, shapes.circle.Circle.__qualname__)
import shapes.sub.deep as deep
print(deep.__name__, deep.big().show(), deep.leaf.LEAF)
print(shapes.sub.deep is deep, shapes.sub.leaf is deep.leaf)
from shapes import util, circle
print(util.fmt("x", 1), circle is shapes.circle)
from shapes.sub import leaf as lf
print(lf.LEAF)
import sys
print(sorted(k for k in sys.modules if k.startswith("shapes")))
print(shapes.fmt is util.fmt)
