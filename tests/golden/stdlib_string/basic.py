import string
from string import capwords, digits

print(repr(string.ascii_letters))
print(repr(string.ascii_lowercase), repr(string.ascii_uppercase))
print(repr(string.digits), repr(digits), repr(string.hexdigits), repr(string.octdigits))
print(repr(string.punctuation))
print(repr(string.whitespace))
print(repr(string.printable), len(string.printable))
print("x" in string.ascii_lowercase, "X" in string.ascii_lowercase)
print(capwords("hello   world  of python "))
print(capwords("  ALL caps\tand\nTABS"))
print(repr(capwords("")))
print(capwords("a-b-c d", "-"))
print(capwords(sep="o", s="foo bar boo"))
print(repr(capwords("x,,y", ",")))
print(capwords("éclair über ñ"))
print(capwords.__name__)
for bad in [lambda: capwords(), lambda: capwords("a", "b", "c"), lambda: capwords("a b", ""),
            lambda: capwords(5), lambda: capwords("a", 5), lambda: capwords("a", x=1)]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
