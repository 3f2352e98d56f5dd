# py2c-test: reference-cycles
"""A small inventory system: classes, dataclasses, properties, json, collections."""
import json
from collections import defaultdict, Counter
from dataclasses import dataclass, field
from functools import total_ordering


class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, available):
        super().__init__(f"{sku}: wanted {wanted}, only {available} left")
        self.sku = sku
        self.wanted = wanted
        self.available = available


@total_ordering
@dataclass
class Item:
    sku: str
    name: str
    price: float
    quantity: int = 0
    tags: list = field(default_factory=list)

    @property
    def value(self):
        return round(self.price * self.quantity, 2)

    def __lt__(self, other):
        return (self.price, self.sku) < (other.price, other.sku)


class Inventory:
    def __init__(self):
        self._items = {}
        self.log = []

    def add(self, item):
        if item.sku in self._items:
            self._items[item.sku].quantity += item.quantity
        else:
            self._items[item.sku] = item
        self.log.append(("add", item.sku, item.quantity))

    def remove(self, sku, n):
        item = self._items.get(sku)
        if item is None:
            raise KeyError(sku)
        if item.quantity < n:
            raise OutOfStock(sku, n, item.quantity)
        item.quantity -= n
        self.log.append(("remove", sku, n))
        return item

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(sorted(self._items.values()))

    def __contains__(self, sku):
        return sku in self._items

    @property
    def total_value(self):
        return round(sum(i.value for i in self._items.values()), 2)

    def by_tag(self):
        groups = defaultdict(list)
        for item in self:
            for tag in item.tags:
                groups[tag].append(item.sku)
        return dict(sorted(groups.items()))

    def to_json(self):
        data = [{"sku": i.sku, "name": i.name, "price": i.price, "qty": i.quantity, "tags": i.tags} for i in self]
        return json.dumps({"items": data, "total": self.total_value}, indent=2, sort_keys=True)


inv = Inventory()
inv.add(Item("A1", "widget", 2.5, 10, ["tools", "small"]))
inv.add(Item("B2", "gadget", 12.0, 3, ["tools"]))
inv.add(Item("C3", "doohickey", 0.75, 100, ["small", "bulk"]))
inv.add(Item("A1", "widget", 2.5, 5))
print(len(inv), "A1" in inv, "Z9" in inv)
for item in inv:
    print(item)
print("total:", inv.total_value)
print(inv.by_tag())
try:
    inv.remove("B2", 5)
except OutOfStock as e:
    print("error:", e, e.available)
try:
    inv.remove("Z9", 1)
except InventoryError:
    print("not reached")
except KeyError as e:
    print("missing", e)
inv.remove("C3", 40)
print(Item("X", "x", 1.0) < Item("Y", "y", 2.0), Item("X", "x", 1.0) >= Item("Y", "y", 2.0))
print(Counter(op for op, _, _ in inv.log).most_common())
text = inv.to_json()
print(text)
back = json.loads(text)
print(back["total"], [d["qty"] for d in back["items"]])
