#!/usr/bin/env python3
"""Generate tests/runtime/test_int_cases.h: int/bool/float operations with the
results CPython 3.11 gives (repr of the result, or "ExcType: message").

Usage: python3 tests/runtime/test_int_gen.py > tests/runtime/test_int_cases.h
       python3 tests/runtime/test_int_gen.py --float > tests/runtime/test_float_cases.h

Each case is (op, operands...). Operands are encoded as tokens: i:<decimal>
(int), x:<hex> (a big int), b:<hex> (bytes), f:<float.hex()> (float), t/F (True/False), s:<hex utf-8> (str), N (None).
Operators: the binary ones by symbol (+ - * / // % ** << >> & | ^ divmod),
comparisons (< <= == != > >=), unary (neg pos inv abs), and pseudo
operations: hash, repr, float (float(x)), int (int(x)), intb (int(x, base)),
bin/oct/hex, pow3, round (round(x) / round(x, n)), format (format(x, spec)),
bit_length, ratio (as_integer_ratio), fhex (float.hex), is_integer.
"""
import math
import random
import struct
import sys

rng = random.Random(20261121)


def enc(v):
    if v is True:
        return "t"
    if v is False:
        return "F"
    if v is None:
        return "N"
    if isinstance(v, int):
        if v.bit_length() > 10000:
            return "x:%s%x" % ("-" if v < 0 else "", abs(v))
        return "i:%d" % v
    if isinstance(v, float):
        return "f:" + v.hex()
    if isinstance(v, bytes):
        return "b:" + v.hex()
    if isinstance(v, str):
        return "s:" + v.encode("utf-8", "surrogatepass").hex()
    raise TypeError(v)


def rand_int(bits):
    v = rng.getrandbits(bits) | (1 << (bits - 1)) if bits else 0
    return -v if rng.random() < 0.5 else v


OPS2 = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "/": lambda a, b: a / b, "//": lambda a, b: a // b, "%": lambda a, b: a % b,
    "**": lambda a, b: a ** b, "<<": lambda a, b: a << b, ">>": lambda a, b: a >> b,
    "&": lambda a, b: a & b, "|": lambda a, b: a | b, "^": lambda a, b: a ^ b,
    "divmod": divmod,
    "<": lambda a, b: a < b, "<=": lambda a, b: a <= b, "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b, ">": lambda a, b: a > b, ">=": lambda a, b: a >= b,
}
OPS1 = {
    "neg": lambda a: -a, "pos": lambda a: +a, "inv": lambda a: ~a, "abs": abs, "hash": hash,
    "repr": repr, "float": float, "int": int, "bin": bin, "oct": oct, "hex": hex,
    "bit_length": lambda a: a.bit_length(), "ratio": lambda a: a.as_integer_ratio(),
    "fhex": lambda a: a.hex(), "is_integer": lambda a: a.is_integer(),
}
OPSN = {"pow3": pow, "round": round, "format": format, "intb": int}

cases = []


def case(op, *args):
    fn = OPS2.get(op) or OPS1.get(op) or OPSN[op]
    try:
        r = fn(*args)
        if isinstance(r, complex) or (isinstance(r, tuple) and any(isinstance(x, complex) for x in r)):
            return  # no complex numbers in py2c yet
        if op == "hash" and isinstance(args[0], float) and math.isnan(args[0]):
            return  # CPython 3.11 hashes NaN by identity
        want = repr(r)
    except Exception as e:  # noqa: BLE001 - recording CPython's exception is the point
        want = "%s: %s" % (type(e).__name__, e)
    cases.append((op, [enc(a) for a in args], want))


def int_cases():
    # ---- ints: random operands of many sizes, every operator ----
    sizes = [0, 1, 5, 31, 32, 33, 46, 47, 48, 49, 63, 64, 65, 95, 96, 97, 128, 200, 300, 700]
    for _ in range(100):
        a = rand_int(rng.choice(sizes))
        b = rand_int(rng.choice(sizes))
        for op in ["+", "-", "*", "//", "%", "divmod", "/", "&", "|", "^", "<", "==", ">="]:
            case(op, a, b)
        case("<<", a, rng.randrange(0, 200))
        case(">>", a, rng.randrange(0, 300))
        case("**", a, rng.randrange(0, 12))
        for op in ["neg", "inv", "abs", "hash", "repr", "float", "bit_length", "hex", "bin", "oct"]:
            case(op, a)
    # boundaries of the small range and of int64
    edges = [0, 1, -1, 2**47 - 1, 2**47, -2**47, -2**47 - 1, 2**48, -2**48, 2**63 - 1, 2**63, -2**63,
             -2**63 - 1, 2**64 - 1, 2**64, -2**64, 2**61 - 1, 2**61, -(2**61 - 1), -2**61, 2**100, -2**100,
             10**18, 10**30, -10**30]
    for a in edges:
        for b in [1, -1, 2, -2, 3, 7, 2**32, -2**32, 2**47, -2**47 - 1, 10**20]:
            for op in ["+", "-", "*", "//", "%", "/", "&", "|", "^"]:
                case(op, a, b)
        for op in ["neg", "inv", "abs", "hash", "repr", "float", "hex"]:
            case(op, a)
        case("<<", a, 1)
        case(">>", a, 1)
        case(">>", a, 47)
    # long division: divisors with top digits that stress the quotient estimate
    for _ in range(60):
        b = rand_int(rng.choice([64, 96, 128, 160, 256, 1000]))
        q = rand_int(rng.choice([1, 32, 64, 300]))
        r = rng.randrange(0, abs(b))
        a = q * b + (r if b > 0 else -r)
        for op in ["//", "%", "divmod", "/"]:
            case(op, a, b)
    for k in [2**32 - 1, 2**64 - 1, 2**96 - 2**64]:
        case("//", k * k, k)
        case("//", k * k - 1, k)
        case("%", k * k - 1, k)
    # big multiplication (Karatsuba sizes) checked through the result's hash and str
    for bits in [3000, 5000, 9000, 14000]:
        a = rand_int(bits)
        b = rand_int(bits + rng.randrange(-2000, 2000))
        cases.append(("*hash", [enc(a), enc(b)], repr(hash(a * b))))
        cases.append(("*hex", [enc(a), enc(b)], repr(hex(a * b))))
    # powers and 3-argument pow
    for a, b in [(2, 100), (3, 200), (-3, 201), (10, 1000), (7, 0), (0, 0), (2, -1), (-2, -3), (10, -400),
                 (2, 2**50), (0, 2**60), (1, 2**60), (-1, 2**60 + 1), (2**100, 3)]:
        if abs(b) < 10**5 or a in (0, 1, -1):
            case("**", a, b)
    for a, b, m in [(2, 10, 1000), (3, 10**20, 10**9 + 7), (-5, 3, 7), (5, 3, -7), (2, -1, 7), (3, -2, 10**20 + 39),
                    (2, -1, 4), (2, 3, 0), (2, 3, 1), (0, 0, 5), (7, 3, -1), (2**200 + 1, 2**100, 2**127 - 1),
                    (12345678901234567890, -1, 10**30 + 57), (2, 3.0, 5), (2.0, 3, 5), (True, True, 2)]:
        case("pow3", a, b, m)
    # mixed int/float/bool
    floats = [0.0, -0.0, 0.5, -1.5, 2.5, 1e16, 1e300, -1e300, 2.0**53, 2.0**53 + 2, 2.0**63, 2.0**64, 1e-300, 5e-324,
              float("inf"), float("-inf"), float("nan"), 123.456, 9007199254740993.0]
    ints = [0, 1, -1, 3, 2**53 + 1, 2**63, -2**64, 10**300, 10**400, -10**400, True, False]
    for a in ints:
        for f in floats:
            for op in ["<", "==", ">", "!=", ">=", "<="]:
                case(op, a, f)
                case(op, f, a)
        for f in floats[:6] + [float("inf"), float("nan")]:
            for op in ["+", "-", "*", "/", "//", "%", "**"]:
                case(op, a, f)
                case(op, f, a)
    for a in [True, False]:
        for b in [True, False, 1, 2, 2**70]:
            for op in ["+", "-", "*", "&", "|", "^", "//", "/", "<<"]:
                case(op, a, b)
                case(op, b, a)
        for op in ["neg", "inv", "abs", "hash", "repr", "pos"]:
            case(op, a)
    # floats
    for x in floats + [0.1, 0.2, 0.30000000000000004, 1/3, 2/3, 1e22, 1e23, 123456789012345678.0, 5e-324, 2.2250738585072014e-308,
                       1.7976931348623157e308, 0.000123, 1234.5, -0.0001, 1e-5, 1e-4]:
        for op in ["repr", "hash", "int", "neg", "abs", "is_integer", "ratio", "fhex"]:
            case(op, x)
        for y in [3.0, -3.0, 0.0, 0.7, float("inf")]:
            for op in ["//", "%", "divmod", "/", "**"]:
                case(op, x, y)
    for a, b in [(-8.0, 1 / 3), (2.0, 10000), (10.0, 308), (10.0, 309), (0.0, -1), (0.0, -1.5), (-2.0, 3), (-2.0, 0.5),
                 (1.0, float("nan")), (float("nan"), 0), (-1.0, float("inf")), (0.5, float("-inf")), (0, -1), (0, -2.0)]:
        case("**", a, b)
    # round
    for x in [0.5, 1.5, 2.5, -0.5, -2.5, 0.125, 0.375, 2.675, 1.005, 1234.5678, -1234.5678, 1e300, 1.7e308, 5e-324,
              0.1, 123456.0, float("inf"), float("nan"), -0.4, 1e16, 149.5, 150.0, 250.0]:
        case("round", x)
        for n in [0, 1, 2, 3, -1, -2, -3, 5, 17, 300, 400, -308, -309, None]:
            case("round", x, n)
    for x in [1234, -1234, 1250, 1350, -1250, 15, 25, 10**30 + 5 * 10**10, 0, True]:
        for n in [None, 0, 2, -1, -2, -3, -11, -40]:
            case("round", x, n)
    # int() and float() from strings
    for s, base in [("12", 10), (" -12 ", 10), ("+0", 10), ("1_000", 10), ("1__0", 10), ("_1", 10), ("1_", 10),
                    ("0x1f", 16), ("0x1f", 0), ("0X_1F", 0), ("0o17", 0), ("0b101", 0), ("0b102", 0), ("017", 0),
                    ("0_0", 0), ("00", 0), ("z", 36), ("Z", 36), ("10", 2), ("12", 2), ("", 10), ("-", 10), ("x", 10),
                    ("12", 1), ("12", 37), ("\u00a012\u3000", 10), ("\t\n42\r ", 10), ("1" * 100, 10), ("7" * 4300, 10),
                    ("7" * 4301, 10), ("-" + "7" * 4301, 10), ("1_" * 4300 + "1", 10), ("f" * 5000, 16),
                    ("123456789012345678901234567890", 10), ("-123456789012345678901234567890", 0),
                    ("zzzzzzzzzzzzzzzzzzzzzz", 36), ("x" * 300, 10), ("0x", 16), ("0b1", 16), ("9", 8)]:
        case("intb", s, base)
    for s in ["1.5", " -2.5e3 ", "1_000.5", "1__0.5", "1e5_0", "1_e5", "inf", "-Infinity", "nAn", "-nan", "+inf",
              ".5", "5.", ".", "e5", "1e", "0x1p3", "1.5.", "", "x", "\u00a01.25\u2003", "1e400", "-1e-400",
              "0.1", "2.2250738585072011e-308", "123456789012345678901234567890", "1" * 400, "nan(1)", "infinit"]:
        case("float", s)
    for v, base in [(b"12", 10), (b" 12 ", 10), (b"x", 10), (b"ff", 16), (b"0x_ff", 0), (b"1_0", 2)]:
        case("intb", v, base)
    for v in [None, 1.9, -1.9, 1e20, float("inf"), float("nan"), True, 2**70, "12", "1.0", b"12", b"1.5", b"x", b" 1e3 ",
              ]:
        case("int", v)
        case("float", v)
    # format()
    fmt_vals_i = [0, 1, -1, 42, -42, 1234567, -1234567, 2**64, -2**70, 255, True, 10**30]
    fmt_specs_i = ["", "d", "5", "<5", ">8", "^9", "=+10", "*^12,", "+", " ", "-", "x", "X", "#x", "#X", "o", "#o", "b", "#b",
                   ",", "_", "_x", "#_b", "010", "010,", "=012_", "+012,d", "n", "c", "e", ".3e", "f", ".2f", "%", "g",
                   "G", ".3", "z", "x,", "s", "#c", "+c", ",c", "<<<", "0<8", "08", "-08x", "#010x", "E", ".0%",
                   "99999999999999999999", ".1000000000000000000000f", "010.3f"]
    for v in fmt_vals_i:
        for s in fmt_specs_i:
            case("format", v, s)
    fmt_vals_f = [0.0, -0.0, 1.0, -1.5, 1234.5678, 1e16, 1e-7, 123456789.0, 0.1, 2.5, 1e300, -1e-300, float("inf"),
                  float("-inf"), float("nan"), 1.0000000000000002, 9.995, 0.0001234]
    fmt_specs_f = ["", "f", ".2f", ".0f", "#.0f", "e", ".3e", "E", "g", ".3g", "#g", "G", ".10g", "%", ".1%", ",", ",.2f",
                   "_.3f", "010.2f", "+", " ", "-", "=+12.3f", "*<12", "^12.1e", ".3", ".17", "#", "n", "z.1f", "z",
                   "010", "012,.2f", "d", "x", ".0e", ".0", "F", "#.3", "z.0f", "08,", "g<10"]
    for v in fmt_vals_f:
        for s in fmt_specs_f:
            case("format", v, s)
    for v, s in [(65, "c"), (0x10FFFF, "c"), (0x110000, "c"), (-1, "c"), (233, "c"), (65, "5c"), (65, "<3c"),
                 (1234.5, "x"), (1, "=5"), (1.5, "="), (10**400, "f"), (10**400, "e"), (2**60, ".2f"), (7, "%"),
                 (7, "#")]:
        case("format", v, s)



def rand_double():
    kind = rng.random()
    if kind < 0.4:  # any bit pattern (finite)
        while True:
            x = struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))[0]
            if math.isfinite(x):
                return x
    if kind < 0.8:  # short decimals, where repr and round are most visible
        return float("%d.%0*de%d" % (rng.randrange(0, 10**rng.randrange(1, 8)), 3, rng.randrange(0, 1000),
                                     rng.randrange(-25, 25))) * rng.choice([1, -1])
    return rng.randrange(-10**6, 10**6) / rng.choice([2, 4, 8, 1000, 3, 7, 10, 100])


def float_cases():
    tricky = [0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e15, 1e16, 1e17, 9999999999999998.0, 1e-4, 1e-5, 0.0001, 0.00001234,
              123456789.123, 5e-324, 1e-323, 2.2250738585072009e-308, 2.2250738585072014e-308, 1.7976931348623157e308,
              4.35, 0.1 + 0.2, 1e22, 1e23, 2**53, 2**53 + 1.0, 2**63, 2**64, 2**-1074, 9007199254740993.0,
              0.5, 1.5, 2.5, 2.675, 1.005, 0.045, 1.25, 1.35, 123.456, 0.000123456, 1e300 * 1e8]
    xs = tricky + [rand_double() for _ in range(800)]
    for x in xs:
        case("repr", x)
        case("hash", x)
        case("float", repr(x))
        case("round", x)
        case("round", x, rng.randrange(-5, 18))
        case("format", x, rng.choice(["", "f", "e", "g", "%", "G", "E", ",", "_.3f", "+.2e", "#g", ".1"]) )
        p = rng.randrange(0, 25)
        case("format", x, rng.choice([".%df", ".%de", ".%dg", ".%d", "#.%dg", ".%d%%", ",.%df", "0=20.%dg"]) % p)
    for _ in range(400):  # decimal strings with more digits than a double holds
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randrange(15, 40)))
        text = "%s.%se%d" % (digits[:rng.randrange(1, 10)], digits[10:], rng.randrange(-330, 310))
        case("float", text)
    for _ in range(300):  # ties and near-ties for round()
        x = rng.randrange(-10**6, 10**6) / 2**rng.randrange(1, 12)
        case("round", x, rng.randrange(0, 6))
        case("round", x)
    for _ in range(300):  # int -> float rounding and int/float comparison near 2**53 and beyond
        k = rng.randrange(53, 1100)
        n = (1 << k) + rng.randrange(-2**(k - 52), 2**(k - 52))
        case("float", n)
        case("/", n, rng.randrange(1, 2**60))
        case("==", n, float(n) if k < 1024 else 1e308)
        case("<", n, float(n) if k < 1024 else 1e308)


FLOAT_MODE = "--float" in sys.argv
if FLOAT_MODE:
    float_cases()
else:
    int_cases()

print("/* Generated by tests/runtime/test_int_gen.py from Python %d.%d.%d. Do not edit. */"
      % sys.version_info[:3])
print("static const IntCase %s_cases[] = {" % ("float" if FLOAT_MODE else "int"))


def cstr(s):
    out = []
    for ch in s.encode("utf-8", "surrogatepass"):
        c = chr(ch)
        if c == '"' or c == "\\" or ch < 32 or ch >= 127 or c == "?":
            out.append("\\%03o" % ch)
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


for op, args, want in cases:
    print("    {%s, %s, %s}," % (cstr(op), cstr(" ".join(args)), cstr(want)))
print("};")
