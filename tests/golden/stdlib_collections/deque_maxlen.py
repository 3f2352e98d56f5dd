from collections import deque

d = deque(range(10), maxlen=3)
print(d, d.maxlen)
d.append(10)
print(d)
d.appendleft(-1)
print(d)
d.extend([20, 21])
print(d)
d.extendleft("ab")
print(d)
print(deque([1, 2], 3) * 2, deque("abc", 2) + deque("de"))
z = deque([1], maxlen=0)
z.append(5)
print(z, len(z))
try:
    deque([1, 2], maxlen=2).insert(0, 9)
except IndexError as e:
    print("IndexError", e)
try:
    deque("ab", -1)
except ValueError as e:
    print("ValueError", e)
last = deque(maxlen=2)
for word in "the quick brown fox".split():
    last.append(word)
print(last)
# a sliding window average
w = deque(maxlen=3)
out = []
for v in [3, 5, 7, 9, 11]:
    w.append(v)
    out.append(sum(w) / len(w))
print(out)
