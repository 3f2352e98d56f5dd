pairs = [("a", 1), ("b", 2)]
for k, v in pairs:
    print("%s=%d" % (k, v))
print("%s=%d" % pairs)
