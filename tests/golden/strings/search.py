# replace, find/rfind, index/rindex, count, startswith/endswith (with start/end, tuples).
s = "the cat sat on the mat with the hat"
print(s.replace("the", "a"), s.replace("at", "og", 2), s.replace("", "-", 3), "aaa".replace("a", "bb"))
print("abc".replace("", "."), "".replace("", "x"), "xx".replace("x", ""), "é😀é".replace("é", "e"), s.replace("zzz", "y"))
print(s.find("at"), s.find("at", 6), s.find("at", 6, 9), s.find("dog"), s.find(""), s.find("", 100), s.find("the", -10))
print(s.rfind("at"), s.rfind("at", 0, 10), s.rfind("the"), s.rfind(""), s.rfind("x"), s.rfind("t", -5, -1))
print(s.index("cat"), s.rindex("at"), s.index("t", 2), s.rindex("the", 0, 20), "ab😀cd😀".index("😀"), "ab😀cd😀".rindex("😀"))
print(s.count("at"), s.count("the"), s.count(""), "aaaa".count("aa"), s.count("t", 10), s.count("t", 10, 20), "".count(""))
print(s.startswith("the"), s.startswith("cat", 4), s.startswith(("a", "t")), s.startswith(""), s.startswith("the", 100))
print(s.endswith("hat"), s.endswith("at", 0, 7), s.endswith(("x", "hat")), s.endswith(()), "é".endswith("é"), s.startswith("cat", -31))
print("abc".find("c", -1), "abc".find("a", -100), "abc".rfind("c", -1), "abcabc".index("c", 3), "abc".count("", 1))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("dog")
except ValueError as e:
    print("ValueError:", e)
try:
    s.startswith(["the"])
except TypeError as e:
    print("TypeError:", e)
try:
    s.replace("a", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    s.find(1)
except TypeError as e:
    print("TypeError:", e)
