"""A module with state: its globals are read and rebound from outside."""
print("mod_counter: body runs as", __name__)

count = 0
label = "counter"


def incr(step=1):
    global count
    count += step
    return count


def value():
    return count


def describe():
    return f"{label}={count}"


if __name__ == "__main__":
    print("mod_counter run directly:", incr(), describe())
