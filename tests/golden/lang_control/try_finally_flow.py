# break/continue/return through try/finally; return inside finally.
def f():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "done"

print(f())

def g():
    try:
        return "from try"
    finally:
        print("finally runs before return")

print(g())

def h():
    try:
        return "try"
    finally:
        return "finally wins"

print(h())

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

print(swallow())

def nested():
    try:
        try:
            return 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")

print(nested())

def loop_finally():
    count = 0
    while True:
        try:
            count += 1
            if count == 3:
                return count
        finally:
            print("iteration", count)

print(loop_finally())

def value_saved():
    x = "before"
    try:
        return x
    finally:
        x = "after"

print(value_saved())

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            out.append(i)
        finally:
            continue
    return out

print(continue_in_finally())
