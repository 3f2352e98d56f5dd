# send() and the value of yield expressions.
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count

avg = averager()
print(next(avg))
print(avg.send(10), avg.send(20), avg.send(60))
try:
    avg.send(None)
except StopIteration:
    print("finished")

def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    print("received", received)

e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send("c")
except StopIteration:
    print("stopped")
try:
    averager().send(5)
except TypeError as err:
    print(err)
def plain():
    x = yield 1
    print("x is", x)
    yield 2
print(list(plain()))
