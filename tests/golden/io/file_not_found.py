def load(name):
    with open(name) as f:
        return f.read()


print("loading")
print(load("/tmp/py2c-golden-file_not_found/missing.txt"))
