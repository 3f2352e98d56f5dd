x = 1
print(x)
print(1, file=None)
print(len("abc"))
print(1 < 2 < 3)
for i in "ab":
    pass
print(1267650600228229401496703205376)
