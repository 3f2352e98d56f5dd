# Empty needles with start/end in rfind/rindex, and right-hand splitting of non-ASCII text.
print("abc".rfind("", 0, 1), "abcdef".rfind("", 2, 4), "héllo".rfind("", 1, 3), "abc".rfind("", 5), "abc".rindex("", 1, 2), "abc".rfind("", -1))
print("aXbXc".rsplit("X", 1), "héXllo".rpartition("X"))
