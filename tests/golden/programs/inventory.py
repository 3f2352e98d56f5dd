# Inventory management with custom exceptions.
class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, item, wanted, have):
        InventoryError.__init__(self, f"cannot take {wanted} x {item}: only {have} left")
        self.item = item
        self.wanted = wanted
        self.have = have


class UnknownItem(InventoryError):
    pass


stock = {}
prices = {}
log = []


def add(item, qty, price=None):
    if qty <= 0:
        raise ValueError(f"quantity must be positive, got {qty}")
    stock[item] = stock.get(item, 0) + qty
    if price is not None:
        prices[item] = price
    log.append(("add", item, qty))


def take(item, qty):
    if item not in stock:
        raise UnknownItem(item)
    have = stock[item]
    if qty > have:
        raise OutOfStock(item, qty, have)
    stock[item] = have - qty
    if stock[item] == 0:
        del stock[item]
    log.append(("take", item, qty))
    return qty * prices.get(item, 0)


def value():
    return sum(q * prices.get(i, 0.0) for i, q in stock.items())


def report():
    print(f"{'item':<10}{'qty':>5}{'price':>9}{'total':>10}")
    for item in sorted(stock):
        q = stock[item]
        p = prices.get(item, 0.0)
        print(f"{item:<10}{q:>5}{p:>9.2f}{q * p:>10.2f}")
    print(f"{'':-<34}")
    print(f"{'value':<24}{value():>10.2f}")


add("apple", 50, 0.35)
add("pear", 20, 0.5)
add("melon", 3, 2.99)
add("apple", 10)
report()

operations = [
    ("take", "apple", 25),
    ("take", "melon", 5),
    ("take", "kiwi", 1),
    ("add", "kiwi", 0),
    ("take", "pear", 20),
    ("add", "kiwi", 12, 0.2),
    ("take", "kiwi", "3"),
]
income = 0
for op in operations:
    kind, item, *rest = op
    try:
        if kind == "add":
            add(item, *rest)
            print("added", item)
        else:
            got = take(item, *rest)
            income += got
            print(f"took {rest[0]} {item} for {got:.2f}")
    except OutOfStock as e:
        print("out of stock:", e, "| short by", e.wanted - e.have)
    except UnknownItem as e:
        print("unknown:", e, repr(e), isinstance(e, LookupError))
    except InventoryError:
        print("generic inventory problem")
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
    else:
        print("  ok, stock now", len(stock), "kinds")
    finally:
        pass

print("income", round(income, 2))
report()
print(log)
print(len(log), "operations logged;", sum(1 for k, *_ in log if k == "take"), "takes")
try:
    take("melon", 4)
except InventoryError as e:
    print(e.args, e.item, e.have)
print(issubclass(OutOfStock, InventoryError), issubclass(UnknownItem, Exception))
print(OutOfStock.__name__, UnknownItem.__mro__[1].__name__)
