# Every assignment form.
a = b = c = [0]
print(a is b is c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, [t, u]] = "s", ["t", "u"]
print(s, t, u)
first, *rest = range(5)
*init, last = "abcd"
head, *middle, tail = [1]  + [2, 3, 4] + [5]
print(first, rest, init, last, head, middle, tail)
*everything, = (1, 2)
print(everything)
lst = [0, 1, 2, 3, 4, 5]
lst[0] = "zero"
lst[-1] += 10
lst[1:3] = ["a", "b", "c"]
print(lst)
lst[::2] = [None] * 4
print(lst)
d = {}
d["k"] = 1
d["k"] += 1
d[1, 2] = "tuple key"
print(d)
n = 10
n -= 3; n *= 2; n //= 3; n **= 2; n %= 7; n <<= 3; n >>= 1; n |= 1; n &= 13; n ^= 6
print(n)
s2 = "ab"
s2 *= 3
s2 += "!"
print(s2)
items = [1, 2]
alias = items
items += [3]
print(alias, alias is items)
t2 = (1,)
t3 = t2
t2 += (2,)
print(t2, t3)
for i, (k, v) in enumerate(sorted({"b": 2, "a": 1}.items())):
    print(i, k, v)
matrix = [[0] * 2 for _ in range(2)]
matrix[1][0] = 5
print(matrix)
count: int = 3
label: str
print(count)
