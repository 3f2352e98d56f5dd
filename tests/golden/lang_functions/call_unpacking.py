# * and ** at call sites, mixed with plain arguments.
def show(*args, **kwargs):
    print(args, kwargs)

nums = [1, 2, 3]
opts = {"sep": "-", "end": "!"}
show(*nums)
show(0, *nums, 4, *(5, 6))
show(**opts)
show(1, **opts, x=2)
show(*"ab", **{"k": [1]})
print(*nums, sep=", ")
print(*[], **{"end": "\n"})

def add3(a, b, c):
    return a + b + c

print(add3(*[1, 2], 3), add3(**{"a": 1, "b": 2, "c": 3}), add3(1, *(2,), **{"c": 3}))
args = (10, 20)
print(add3(*args, c=30))
print(max(*nums), min(*nums, key=lambda v: -v))
