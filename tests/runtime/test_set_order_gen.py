#!/usr/bin/env python3
"""Generates test_set_order_cases.h: random programs over sets and
frozensets (adds, discards, pops, set algebra with sets, lists and dicts,
in-place operators, copies) together with the reprs CPython 3.11 prints
after every step. test_set_order.c runs the same programs on the py2c
runtime and compares: iteration order must be CPython's.

Run: python3 tests/runtime/test_set_order_gen.py > tests/runtime/test_set_order_cases.h
(the output is committed; regenerate only with CPython 3.11)."""
import ctypes
import operator
import os
import random
import sys

assert sys.version_info[:2] == (3, 11), "expectations must come from CPython 3.11"

rnd = random.Random(20240611)


def rand_scalar():
    k = rnd.random()
    if k < 0.40:
        return rnd.randint(-5, 60)
    if k < 0.55:
        return rnd.choice([-1, -2, 2**31, -2**31, 2**40 + rnd.randint(0, 99), 2**46 - rnd.randint(1, 9),
                           -(2**46) + rnd.randint(0, 9)])
    if k < 0.65:
        return rnd.randint(-10**6, 10**6) * 8
    if k < 0.85:
        return rnd.choice([rnd.randint(-40, 40) / 4, rnd.random() * 100, 1e16, 1e-7, -0.0, 0.1, 2.5e300,
                           float(2**53), float('inf'), float('-inf')])
    return rnd.choice([True, False])


def rand_value(depth=0):
    if depth == 0 and rnd.random() < 0.12:
        return tuple(rand_value(1) for _ in range(rnd.randint(0, 3)))
    return rand_scalar()


def c_value(v):
    if isinstance(v, bool):
        return "B(%d)" % v
    if isinstance(v, int):
        return "I(%dLL)" % v
    if isinstance(v, float):
        if v == float('inf'):
            return "F(INFINITY)"
        if v == float('-inf'):
            return "F(-INFINITY)"
        return "F(%s)" % v.hex()
    if isinstance(v, tuple):
        return "T(%d%s)" % (len(v), "".join(", " + c_value(x) for x in v))
    raise TypeError(v)


def c_list(vals):
    return "L(%d%s)" % (len(vals), "".join(", " + c_value(x) for x in vals))


def c_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def table_size(s):
    """The hash table size of s, from its memory size (8 inline slots)."""
    extra = sys.getsizeof(s) - sys.getsizeof(set())
    return 8 if extra == 0 else extra // 16


# Debugging aid: DUMP_CASE=n prints CPython's table of every set checked in
# case n (slots: "." unused, "D" dummy, else the key) to stderr, the same
# format test_set_order prints with DUMP_CASE=n in its environment.
def dump(s):
    """CPython 3.11's PySetObject table, read through ctypes (64-bit)."""
    base = id(s)
    rd = lambda off: ctypes.c_ssize_t.from_address(base + off).value
    fill, used, mask, table = rd(16), rd(24), rd(32), rd(40)
    out = []
    for i in range(mask + 1):
        key = ctypes.c_void_p.from_address(table + 16 * i).value
        h = ctypes.c_ssize_t.from_address(table + 16 * i + 8).value
        if not key:
            out.append(".")
        elif h == -1:
            out.append("D")
        else:
            out.append(repr(ctypes.cast(key, ctypes.py_object).value))
    return "fill=%d used=%d [%s]" % (fill, used, " ".join(out))


DUMP_CASE = int(os.environ.get("DUMP_CASE", "-1"))
cur_case = -1


def expect(out, i, s):
    if cur_case == DUMP_CASE:
        print("S%d %s" % (i, dump(s)), file=sys.stderr)
    out.append("    expect(S[%d], %s); expect_size(S[%d], %d);" % (i, c_str(repr(s)), i, table_size(s)))


def gen_case(out, caseno):
    global cur_case
    cur_case = caseno
    nvars = 3
    py = [set() for _ in range(nvars)]
    out.append("static void case_%d(void) {" % caseno)
    out.append("    Py2cValue S[%d], r;" % nvars)
    out.append("    (void)r;")
    for i in range(nvars):
        vals = [rand_value() for _ in range(rnd.choice([0, 1, 3, 5, 8, 12, 20, 40, 70]))]
        how = rnd.random()
        if how < 0.5:
            py[i] = set(vals)
            out.append("    S[%d] = own(py2c_set_from_iterable(tmp(%s)));" % (i, c_list(vals)))
        elif how < 0.8:
            py[i] = set()
            for v in vals:
                py[i].add(v)
            out.append("    S[%d] = own(py2c_set_new());" % i)
            for v in vals:
                out.append("    check(py2c_set_add(S[%d], tmp(%s)) == 0);" % (i, c_value(v)))
        else:
            py[i] = frozenset(vals)
            out.append("    S[%d] = own(py2c_frozenset_from_iterable(tmp(%s)));" % (i, c_list(vals)))
        expect(out, i, py[i])
    for _ in range(rnd.randint(4, 14)):
        i, j = rnd.randrange(nvars), rnd.randrange(nvars)
        op = rnd.choice(["add", "discard", "discard", "pop", "binop", "binop", "inplace", "method", "method",
                         "update_method", "copy", "frozen", "fromdict", "clear", "hash", "remove_many",
                         "add_many"])
        s = py[i]
        if op in ("add", "discard", "pop", "update_method", "clear", "remove_many", "add_many") and \
                isinstance(s, frozenset):
            op = "frozen"
        if op == "add":
            v = rand_value()
            s.add(v)
            out.append("    r = call(S[%d], \"add\", 1, tmp(%s)); py2c_decref(r);" % (i, c_value(v)))
        elif op == "add_many":
            vals = [rand_value() for _ in range(rnd.randint(5, 30))]
            for v in vals:
                s.add(v)
                out.append("    check(py2c_set_add(S[%d], tmp(%s)) == 0);" % (i, c_value(v)))
        elif op == "discard":
            v = rnd.choice(list(s)) if s and rnd.random() < 0.8 else rand_value()
            s.discard(v)
            out.append("    r = call(S[%d], \"discard\", 1, tmp(%s)); py2c_decref(r);" % (i, c_value(v)))
        elif op == "remove_many":
            vals = list(s)
            rnd.shuffle(vals)
            for v in vals[:rnd.randint(0, len(vals))]:
                s.remove(v)
                out.append("    r = call(S[%d], \"remove\", 1, tmp(%s)); py2c_decref(r);" % (i, c_value(v)))
        elif op == "pop":
            if not s:
                continue
            v = s.pop()
            out.append("    r = call(S[%d], \"pop\", 0); expect(r, %s); py2c_decref(r);" % (i, c_str(repr(v))))
        elif op == "binop":
            sym, code = rnd.choice([("|", "OR"), ("&", "AND"), ("-", "SUB"), ("^", "XOR")])
            a, b = py[i], py[j]
            res = eval("a %s b" % sym)
            k = rnd.randrange(nvars)
            py[k] = res
            out.append("    r = own(py2c_binary_op(S[%d], S[%d], PY2C_OP_%s)); S[%d] = r;" % (i, j, code, k))
            i = k
        elif op == "inplace":
            fn, code = rnd.choice([(operator.ior, "OR"), (operator.iand, "AND"), (operator.isub, "SUB"),
                                   (operator.ixor, "XOR")])
            py[i] = fn(py[i], py[j])
            out.append("    r = own(py2c_inplace_op(S[%d], S[%d], PY2C_OP_%s)); S[%d] = r;" % (i, j, code, i))
        elif op == "method":
            name = rnd.choice(["union", "intersection", "difference", "symmetric_difference"])
            kind = rnd.random()
            if kind < 0.4:
                arg_py, arg_c = py[j], "S[%d]" % j
            elif kind < 0.8:
                vals = [rnd.choice(list(py[j])) if py[j] and rnd.random() < 0.5 else rand_value()
                        for _ in range(rnd.randint(0, 25))]
                arg_py, arg_c = vals, "tmp(%s)" % c_list(vals)
            else:
                vals = [rnd.choice(list(py[j])) if py[j] and rnd.random() < 0.5 else rand_value()
                        for _ in range(rnd.randint(0, 25))]
                arg_py, arg_c = dict.fromkeys(vals), "tmp(D(%s))" % c_list(vals)
            k = rnd.randrange(nvars)
            py[k] = getattr(py[i], name)(arg_py)
            out.append("    r = own(call(S[%d], \"%s\", 1, %s)); S[%d] = r;" % (i, name, arg_c, k))
            i = k
        elif op == "update_method":
            name = rnd.choice(["update", "intersection_update", "difference_update", "symmetric_difference_update"])
            kind = rnd.random()
            if kind < 0.4:
                arg_py, arg_c = py[j], "S[%d]" % j
            elif kind < 0.8:
                vals = [rnd.choice(list(py[j])) if py[j] and rnd.random() < 0.5 else rand_value()
                        for _ in range(rnd.randint(0, 25))]
                arg_py, arg_c = vals, "tmp(%s)" % c_list(vals)
            else:
                vals = [rnd.choice(list(py[j])) if py[j] and rnd.random() < 0.5 else rand_value()
                        for _ in range(rnd.randint(0, 25))]
                arg_py, arg_c = dict.fromkeys(vals), "tmp(D(%s))" % c_list(vals)
            getattr(py[i], name)(arg_py)
            out.append("    r = call(S[%d], \"%s\", 1, %s); py2c_decref(r);" % (i, name, arg_c))
        elif op == "copy":
            k = rnd.randrange(nvars)
            py[k] = py[i].copy()
            out.append("    r = own(call(S[%d], \"copy\", 0)); S[%d] = r;" % (i, k))
            i = k
        elif op == "frozen":
            k = rnd.randrange(nvars)
            if rnd.random() < 0.5:
                py[k] = frozenset(py[i])
                out.append("    S[%d] = own(py2c_frozenset_from_iterable(S[%d]));" % (k, i))
            else:
                py[k] = set(py[i])
                out.append("    S[%d] = own(py2c_set_from_iterable(S[%d]));" % (k, i))
            i = k
        elif op == "fromdict":
            vals = [rand_value() for _ in range(rnd.randint(0, 30))]
            py[i] = set(dict.fromkeys(vals))
            out.append("    S[%d] = own(py2c_set_from_iterable(tmp(D(%s))));" % (i, c_list(vals)))
        elif op == "clear":
            s.clear()
            out.append("    r = call(S[%d], \"clear\", 0); py2c_decref(r);" % i)
        elif op == "hash":
            f = frozenset(py[i])
            out.append("    expect_hash(tmp(py2c_frozenset_from_iterable(S[%d])), %dLL);" % (i, hash(f)))
            continue
        expect(out, i, py[i])
    out.append("    release();")
    out.append("}")


def main():
    out = ["/* Generated by test_set_order_gen.py from CPython %s. Do not edit. */" % sys.version.split()[0]]
    n = 300
    for c in range(n):
        gen_case(out, c)
    out.append("static void (*const cases[])(void) = {")
    out.extend("    case_%d," % c for c in range(n))
    out.append("};")
    print("\n".join(out))


main()
