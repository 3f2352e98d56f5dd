# while/for with else, break, continue, nested loops.
for i in range(5):
    if i == 3:
        break
    print("for", i)
else:
    print("not reached")

for i in range(3):
    pass
else:
    print("for else", i)

n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
    print("while", n)
else:
    print("not reached")

k = 3
while k:
    k -= 1
else:
    print("while else", k)

for a in range(3):
    for b in range(3):
        if b > a:
            break
        print(a, b, end="; ")
print()

found = None
for word in ["apple", "banana", "cherry"]:
    for ch in word:
        if ch == "y":
            found = word
            break
    else:
        continue
    break
print(found)
for x, y in [(1, 2), (3, 4)]:
    print(x + y)
for i in []:
    print("empty")
else:
    print("empty else")
