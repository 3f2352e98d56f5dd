def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x

print(check(1))
try:
    assert 1 == 2
except AssertionError as e:
    print("caught", repr(e))
check(-5)
