# str.maketrans and str.translate.
t = str.maketrans("abc", "xyz")
print(t, "aabbcc-abc".translate(t))
t2 = str.maketrans("aé", "éa", "d😀")
print(t2, "abcdé😀".translate(t2), "".maketrans("x", "y"), "hello".maketrans({}))
t3 = str.maketrans({"a": "AA", "b": None, 99: 100, "😀": "smile", 0x65: "E"})
print(t3, "abcde😀".translate(t3))
print("hello".translate({ord("l"): "L"}), "hello".translate({}), "abc".translate([None, "one", "two"] * 40))
print("tab\there".translate(str.maketrans({"\t": "    "})), "mississippi".translate(str.maketrans("", "", "s")))
for args in [(), (1, 2, 3, 4), (1, "a"), ("a", 1), ("a", "b", 1), ("ab", "b"), ("ab",), ({"ab": 1},), ({1.5: 1},)]:
    try:
        print(str.maketrans(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for table in [{97: 1.5}, {97: 0x110000}, {97: -1}]:
    try:
        print("abc".translate(table))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
