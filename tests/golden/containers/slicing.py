l = list(range(10))
print(l[2:5], l[:3], l[7:], l[:], l[::2], l[1::3], l[::-1], l[8:2:-2], l[-3:], l[:-7], l[-100:100], l[5:2])
print(l[::-3], l[-1:-4:-1], l[100:], l[3:3], l[2:8:10], l[None:None:-1])
t = tuple(range(6))
print(t[1:4], t[::-2], t[:0], t[4:1:-1], type(t[1:2]).__name__)
s = "abcdefgh"
print(s[::2], s[::-1], s[2:-2], s[5:1:-1])
r = range(0, 20, 2)
print(r[2:5], r[::-1], r[::3], list(r[1:7:2]), r[-2], r[-3:])
a = list(range(8))
a[2:4] = ["x", "y", "z"]
print(a)
a[1:1] = [100]
print(a)
a[:] = a[::-1]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[-2:] = []
print(a)
a[1:6:2] = "abc"
print(a)
a[len(a):] = (7, 8)
print(a)
a[:2] = range(3)
print(a)
b = list(range(10))
del b[::3]
print(b)
del b[1:3]
print(b)
del b[-1]
print(b)
del b[::-2]
print(b)
del b[:]
print(b)
c = list(range(6))
c[::-1] = "abcdef"
print(c)
c[4:1:-1] = [1, 2, 3]
print(c)
m = [1, 2, 3]
m[5:] = [4]
m[-10:1] = [0]
print(m)
try:
    m[::2] = [1, 2, 3, 4, 5]
except ValueError as e:
    print("ValueError:", e)
try:
    m[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    m["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    fl = 1.5
    (1, 2)[fl]
except TypeError as e:
    print("TypeError:", e)
try:
    m[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
try:
    m[10] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    del m[10]
except IndexError as e:
    print("IndexError:", e)
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)
print(m[True], m[-len(m)], [1, 2, 3][1:][0], l[True:3], l[-2 ** 70:2 ** 70:2 ** 65])
