# Comparisons of numbers (mixed int/float), strings, None and bools.
print(1 < 2, 2 <= 2, 3 > 4, 4 >= 5, 1 == 1.0, 1 != 1)
print(0.1 + 0.2 == 0.3, 0.5 == 1 / 2, -0.0 == 0.0, True == 1, False < True)
print(1e999 > 140737488355327, 1e999 - 1e999 == 1e999 - 1e999, 1e999 - 1e999 != 0)
print("abc" < "abd", "abc" < "ab", "" < "a", "b" > "abc", "é" > "z", "a" == "a")
print(None == None, None != None, None == 0, "1" == 1, 1 == "1")
