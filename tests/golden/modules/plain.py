# import / import as / from import, and module globals seen across modules
print("main starts", __name__)
import mod_counter
import mod_counter as mc
from mod_counter import incr, value as current, count as count_at_import
import sys

print(mc is mod_counter, mod_counter.__name__, type(mod_counter).__name__)
print(mod_counter.count, incr(), incr(5), mod_counter.count, current())
print("from-import took the value of that moment:", count_at_import)
mod_counter.count = 100          # rebinding the module's global from outside
print(current(), mod_counter.describe())
mc.label = "renamed"
print(mod_counter.describe(), mod_counter.label)
mod_counter.extra = [1, 2]       # a new attribute
print(mod_counter.extra, hasattr(mod_counter, "extra"), hasattr(mod_counter, "nothing"))
del mod_counter.extra
print(hasattr(mod_counter, "extra"))
try:
    mod_counter.nothing
except AttributeError as e:
    print("AttributeError:", e)
print("mod_counter" in sys.modules, sys.modules["mod_counter"] is mc, sys.modules["__main__"].__name__)
import mod_counter               # a second import does not run the body again
print(mod_counter.value())
if __name__ == "__main__":
    print("main guard taken")
