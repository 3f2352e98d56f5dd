s = "naïve"
print(s.encode("utf-8"))
print(s.encode("ascii"))
