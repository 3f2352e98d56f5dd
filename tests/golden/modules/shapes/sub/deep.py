from .. import VERSION
from ..circle import Circle
from . import leaf
print("shapes.sub.deep runs as", __name__, "with shapes", VERSION)


def big():
    return Circle(10)
