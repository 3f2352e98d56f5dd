# Indices beyond 48 bits: inside int64 they are ordinary, beyond it CPython cannot fit them.
a = [1, 2]
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: a[2**70])
show(lambda: (1,)[2**70])
show(lambda: a[-2**70])
show(lambda: a[2**63 - 1])
def assign():
    a[2**70] = 5
show(assign)
print(a[1:2**70], a[-2**70:1])
