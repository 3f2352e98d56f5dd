import os
from os import environ, getenv

environ["PY2C_TEST_A"] = "alpha"
os.environ["PY2C_TEST_B"] = "béta=2"
print(environ["PY2C_TEST_A"], os.environ.get("PY2C_TEST_B"), getenv("PY2C_TEST_A"))
print("PY2C_TEST_A" in environ, "PY2C_TEST_NOPE" in os.environ)
print(getenv("PY2C_TEST_NOPE"), getenv("PY2C_TEST_NOPE", "dflt"), os.getenv(key="PY2C_TEST_B"))
print(environ.get("PY2C_TEST_NOPE"), environ.get("PY2C_TEST_NOPE", 5))
mine = sorted(k for k in environ if k.startswith("PY2C_TEST_"))
print(mine)
print(sorted((k, v) for k, v in environ.items() if k.startswith("PY2C_TEST_")))
print(sorted(k for k in environ.keys() if k.startswith("PY2C_TEST_")), "alpha" in list(environ.values()))
n = len(environ)
environ["PY2C_TEST_C"] = "c"
print(len(environ) == n + 1, type(environ).__name__, type(len(environ)).__name__)
del environ["PY2C_TEST_C"]
print(len(environ) == n, "PY2C_TEST_C" in environ)
print(environ.pop("PY2C_TEST_B"), environ.pop("PY2C_TEST_B", "gone"), getenv("PY2C_TEST_B"))
print(environ.setdefault("PY2C_TEST_D", "d1"), environ.setdefault("PY2C_TEST_D", "d2"))
environ.update({"PY2C_TEST_E": "e"}, PY2C_TEST_F="f")
print(getenv("PY2C_TEST_E"), getenv("PY2C_TEST_F"))
c = environ.copy()
print(type(c).__name__, c["PY2C_TEST_D"], repr(environ).startswith("environ({"))
environ["PY2C_TEST_A"] = "changed"
print(environ["PY2C_TEST_A"], os.getenv("PY2C_TEST_A"))
environ["PY2C_TEST_EMPTY"] = ""
print(repr(environ["PY2C_TEST_EMPTY"]), getenv("PY2C_TEST_EMPTY", "x") == "")

for bad in [lambda: environ["PY2C_TEST_NOPE"], lambda: environ[1], lambda: environ.__setitem__("A", 1),
            lambda: 1 in environ, lambda: environ.get(2), lambda: getenv(3), lambda: getenv(),
            lambda: getenv("A", "b", "c"), lambda: environ.pop("PY2C_TEST_NOPE"),
            lambda: environ.__setitem__("PY2C=X", "1"), lambda: environ.__setitem__("PY2C_X", "a\0b"),
            lambda: environ.__delitem__("PY2C_TEST_NOPE"), lambda: environ.setdefault("PY2C_TEST_G"), lambda: environ.setdefault("PY2C_TEST_G", 5)]:
    try:
        print(bad())
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
