# An attribute access spanning lines: CPython 3.11 places the location at
# the attribute's name (augmented assignment, store, delete, load).
class Box:
    pass


b = Box()
(b
 .count) = 1
(b
 .count) += 1
print(b.count)
del (b
     .count)
try:
    del (b
         .count)
except AttributeError as e:
    print("caught", e)
(b
 .count) += 1
