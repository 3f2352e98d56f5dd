from . import util
from .util import fmt as format_area
print("shapes.circle runs as", __name__)


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r

    def show(self):
        return format_area("circle", self.area())


print(util.fmt("unit circle", Circle(1).area()))
