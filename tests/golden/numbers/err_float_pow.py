base = 10.0
for e in (100, 300, 400):
    print(e, base ** e)
