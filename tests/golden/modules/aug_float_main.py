# A multi-module program whose imported module updates float attributes and
# list items in place (aug_float_mod.py).
import aug_float_mod

acc = aug_float_mod.Acc()
print(aug_float_mod.feed(acc, 2.0), acc.total, acc.parts)
print(aug_float_mod.feed(acc, -0.25), acc.total, acc.parts)
