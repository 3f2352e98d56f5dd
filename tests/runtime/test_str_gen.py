#!/usr/bin/env python3
"""Generate tests/runtime/test_str_cases.h: str/bytes operations with the results
CPython 3.11 gives (repr of the result, or "ExcType: message").

Usage: python3 tests/runtime/test_str_gen.py > tests/runtime/test_str_cases.h

Each case is (receiver, operation, args, kwargs). operation is a method name,
or a pseudo-method for an operator: __repr__ __ascii__ __str__ __len__ __mod__
__format__ __getitem__ __add__ __mul__ __rmul__ __contains__ __list__ (list(iter(x)))
__lt__ __eq__ __hash_eq__ (hash(x) == hash(arg)) __fstr__ (format via str.format
with args as positional). Values are encoded as tokens: s:<hex utf-8> (str),
b:<hex> (bytes), i:<decimal> (int), f:<repr> (float), N (None), T/L<n> (tuple,
list of the next n values), D<n> (dict of n key/value pairs), S (slice of the
next 3 values), t/F (True/False).
"""
import sys

SIG = "\u03a3"
CASES = [
    # repr quoting and escapes
    ("abc", "__repr__", [], {}), ("it's", "__repr__", [], {}), ('say "hi"', "__repr__", [], {}),
    ("'\"", "__repr__", [], {}), ("a\\b\n\r\t\x00\x7f", "__repr__", [], {}),
    ("\x80\xa0\xad\u2028\ud800\U000e0001\U0001f600é日本", "__repr__", [], {}),
    ("\u0378\ufeff\u00ff\uffff", "__repr__", [], {}),
    ("é\U0001f600\x80'", "__ascii__", [], {}), ("plain", "__ascii__", [], {}),
    ("héllo", "__len__", [], {}), ("", "__len__", [], {}),
    # indexing and slicing
    ("héllo wörld", "__getitem__", [1], {}), ("héllo", "__getitem__", [-1], {}), ("abc", "__getitem__", [3], {}),
    ("abc", "__getitem__", [-4], {}), ("abc", "__getitem__", ["x"], {}), ("abc", "__getitem__", [True], {}),
    ("abc", "__getitem__", [2**70], {}), ("abc", "__getitem__", [1.0], {}),
    ("héllo wörld", "__getitem__", [slice(1, 8, None)], {}), ("héllo wörld", "__getitem__", [slice(None, None, -1)], {}),
    ("héllo wörld", "__getitem__", [slice(-3, None, None)], {}), ("abcdefgh", "__getitem__", [slice(1, None, 3)], {}),
    ("日本語テキスト", "__getitem__", [slice(6, 0, -2)], {}), ("abc", "__getitem__", [slice(None, None, 0)], {}),
    ("abc", "__getitem__", [slice(10, 20, None)], {}), ("日本語", "__list__", [], {}), ("ab", "__list__", [], {}),
    # operators
    ("ab", "__add__", ["cd"], {}), ("ab", "__add__", [1], {}), ("ab", "__add__", [b"x"], {}),
    ("ab", "__mul__", [3], {}), ("ab", "__mul__", [-1], {}), ("ab", "__mul__", [True], {}),
    ("ab", "__mul__", ["x"], {}), ("ab", "__mul__", [2.0], {}), ("ab", "__rmul__", [2], {}),
    ("ab", "__mul__", [2**70], {}),
    ("hello", "__contains__", ["ell"], {}), ("hello", "__contains__", [""], {}), ("hello", "__contains__", ["x"], {}),
    ("hello", "__contains__", [1], {}), ("é", "__contains__", ["\xa9"], {}),
    ("abc", "__lt__", ["abd"], {}), ("abc", "__lt__", ["ab"], {}), ("é", "__lt__", ["z"], {}),
    ("\uffff", "__lt__", ["\U00010000"], {}), ("a", "__lt__", [1], {}), ("a", "__eq__", [1], {}),
    ("abc", "__eq__", ["abc"], {}), ("abc", "__hash_eq__", ["ab" + "c"], {}),
    # split and join
    ("a b  c ", "split", [], {}), ("  a\u3000b\x1cc\x85d  ", "split", [], {}), ("a,b,,c", "split", [","], {}),
    ("a,b,,c", "split", [",", 1], {}), ("a,b,,c", "split", [",", -5], {}), ("a b  c ", "split", [None, 1], {}),
    (" a b  c ", "rsplit", [None, 1], {}), ("a::b::c", "rsplit", ["::", 1], {}), ("a", "split", [""], {}),
    ("a", "split", [1], {}), ("a", "split", [",", "x"], {}), ("a", "split", [1, 2, 3], {}),
    ("a", "split", [], {"x": 1}), ("a,b", "split", [], {"sep": ",", "maxsplit": 0}), ("a", "split", [","], {"sep": ","}),
    ("", "split", [], {}), ("", "split", [","], {}), ("日本,語", "split", [","], {}),
    ("-", "join", [["a", "b", "c"]], {}), ("", "join", [("x",)], {}), ("-", "join", [[]], {}),
    ("-", "join", [["a", 1]], {}), ("-", "join", [5], {}), ("é", "join", ["abc"], {}), ("-", "join", [], {}),
    ("1\x1c2\r\n3\x854\u20285\n\n", "splitlines", [], {}), ("1\x1c2\r\n3\x854\r", "splitlines", [True], {}),
    ("a\nb", "splitlines", [], {"keepends": True}), ("a", "splitlines", ["x"], {}), ("", "splitlines", [], {}),
    ("a=b=c", "partition", ["="], {}), ("a=b=c", "rpartition", ["="], {}), ("abc", "partition", ["x"], {}),
    ("abc", "rpartition", ["x"], {}), ("abc", "partition", [""], {}), ("abc", "partition", [1], {}),
    # strip, replace, affixes
    ("  \t hé \n", "strip", [], {}), ("xxhixx", "strip", ["x"], {}), ("ééhé", "lstrip", ["é"], {}),
    ("abcba", "rstrip", ["ab"], {}), ("a", "strip", [1], {}), ("a", "strip", [None], {}), ("a", "strip", ["a", "b"], {}),
    ("aaa", "replace", ["a", "bb"], {}), ("aaa", "replace", ["a", "b", 2], {}), ("aaa", "replace", ["", "-"], {}),
    ("aaa", "replace", ["", "-", 2], {}), ("héhé", "replace", ["é", "e"], {}), ("abc", "replace", ["x", "y"], {}),
    ("a", "replace", [1, "b"], {}), ("a", "replace", ["a"], {}), ("a", "replace", ["a", "b", "c"], {}),
    ("prefix-x", "removeprefix", ["prefix-"], {}), ("x.py", "removesuffix", [".py"], {}),
    ("x", "removeprefix", [1], {}), ("x", "removesuffix", [], {}),
    # find family
    ("hello", "find", ["l"], {}), ("hello", "rfind", ["l"], {}), ("héllo", "find", ["l", 3], {}),
    ("héllo", "find", ["l", -2, -1], {}), ("héllo", "rfind", ["é", 0, 1], {}), ("abc", "find", ["", 3], {}),
    ("abc", "find", ["", 4], {}), ("abc", "find", ["a", None, None], {}), ("abc", "find", ["a", 1.5], {}),
    ("abc", "find", [1], {}), ("abc", "find", [], {}), ("abc", "find", ["a", 1, 2, 3], {}),
    ("abc", "index", ["z"], {}), ("abc", "rindex", ["c"], {}), ("aaaa", "count", ["aa"], {}),
    ("abc", "count", [""], {}), ("abc", "count", ["", 4], {}), ("ééé", "count", ["é", 1], {}),
    ("hello", "startswith", ["he"], {}), ("hello", "startswith", [("x", "ll"), 2], {}),
    ("hello", "endswith", ["lo", 0, 4], {}), ("hello", "endswith", [("lo", "x")], {}),
    ("hello", "startswith", [1], {}), ("hello", "endswith", [(1,)], {}), ("hello", "startswith", ["", 6], {}),
    ("hello", "startswith", ["", 5], {}),
    # case mapping
    ("Hello World", "upper", [], {}), ("Hello World", "lower", [], {}), ("ß ﬁ ŉ", "upper", [], {}),
    ("İ", "lower", [], {}), ("ß", "casefold", [], {}), ("ΑΣ", "lower", [], {}), ("Σ", "lower", [], {}),
    ("AΣb", "lower", [], {}), ("AΣ.", "lower", [], {}), ("A'Σ", "lower", [], {}),
    ("hello wORLD ǆx o'neil", "title", [], {}), ("ǆa", "capitalize", [], {}), ("hELLO", "capitalize", [], {}),
    ("ßa", "swapcase", [], {}), ("ΑΣ", "swapcase", [], {}), ("Hello", "swapcase", [], {}),
    ("a", "upper", [1], {}), ("a", "upper", [], {"x": 1}),
    # predicates
    ("123", "isdigit", [], {}), ("²", "isdigit", [], {}), ("²", "isdecimal", [], {}), ("½", "isnumeric", [], {}),
    ("٣", "isdecimal", [], {}), ("abé", "isalpha", [], {}), ("ab1", "isalnum", [], {}), ("", "isalpha", [], {}),
    (" \t\x1c\u3000", "isspace", [], {}), ("ABC1", "isupper", [], {}), ("abc", "islower", [], {}),
    ("123", "islower", [], {}), ("Hello World", "istitle", [], {}), ("ǅ", "istitle", [], {}),
    ("Hello world", "istitle", [], {}), ("_x1", "isidentifier", [], {}), ("1x", "isidentifier", [], {}),
    ("é", "isidentifier", [], {}), ("", "isidentifier", [], {}), ("a\n", "isprintable", [], {}),
    ("", "isprintable", [], {}), ("é", "isascii", [], {}), ("", "isascii", [], {}),
    # padding
    ("ab", "center", [5], {}), ("abc", "center", [6], {}), ("aé", "center", [6, "é"], {}), ("ab", "ljust", [5, "*"], {}),
    ("ab", "rjust", [5], {}), ("ab", "center", [5, "xy"], {}), ("ab", "center", [5, 1], {}), ("ab", "center", ["5"], {}),
    ("ab", "center", [], {}), ("-42", "zfill", [6], {}), ("+", "zfill", [3], {}), ("a", "zfill", [-3], {}),
    ("a\tb\n\tc", "expandtabs", [], {}), ("a\tb\n\tc", "expandtabs", [4], {}), ("a\tb", "expandtabs", [], {"tabsize": 0}),
    # encode / decode
    ("héllo", "encode", [], {}), ("é", "encode", ["ascii"], {}), ("éé", "encode", ["ascii"], {}),
    ("é€", "encode", ["latin-1"], {}), ("é€", "encode", ["Latin1", "replace"], {}),
    ("é\U0001f600", "encode", ["ascii", "backslashreplace"], {}), ("é", "encode", ["ascii", "xmlcharrefreplace"], {}),
    ("é", "encode", ["ascii", "ignore"], {}), ("é", "encode", ["ascii", "bogus"], {}), ("a", "encode", ["foo"], {}),
    ("\ud800", "encode", [], {}), ("a", "encode", [1], {}),
    (b"\xff", "decode", [], {}), (b"a\xc3", "decode", [], {}), (b"\xc3a", "decode", [], {}),
    (b"\xe2\x82", "decode", [], {}), (b"\xe2\x82x", "decode", [], {}), (b"\xed\xa0\x80", "decode", [], {}),
    (b"\x80", "decode", ["ascii"], {}), (b"a\x80\x81b", "decode", ["utf-8", "replace"], {}),
    (b"\xf0\x80\x80", "decode", ["utf-8", "replace"], {}), (b"\xff", "decode", ["utf-8", "backslashreplace"], {}),
    (b"\xe9t\xe9", "decode", ["latin-1"], {}), (b"caf\xc3\xa9", "decode", [], {}),
    # bytes basics
    (b"ab'\x00\xff\n", "__repr__", [], {}), (b"a'b\"", "__repr__", [], {}), (b"abc", "__getitem__", [1], {}),
    (b"abc", "__getitem__", [5], {}), (b"abcdef", "__getitem__", [slice(1, None, 2)], {}), (b"ab", "__list__", [], {}),
    (b"ab", "__add__", [b"cd"], {}), (b"ab", "__add__", ["cd"], {}), (b"ab", "__mul__", [3], {}),
    (b"abc", "__contains__", [98], {}), (b"abc", "__contains__", [b"bc"], {}), (b"abc", "__contains__", ["b"], {}),
    (b"abc", "__contains__", [300], {}), (b"abc", "__eq__", [b"abc"], {}), (b"abc", "__eq__", ["abc"], {}),
    (b"abc", "__lt__", [b"abd"], {}), (b"abc", "__len__", [], {}), (b"\x01\xab", "hex", [], {}),
    (b"abc", "__hash_eq__", [b"abc"], {}),
    # printf-style formatting
    ("%s %s", "__mod__", [(1, "a")], {}), ("%s %s", "__mod__", [(1,)], {}), ("%s", "__mod__", [(1, 2)], {}),
    ("%(a)s %(b)r", "__mod__", [{"a": 1, "b": "x"}], {}), ("%(a)s", "__mod__", [1], {}), ("%(a)s", "__mod__", [{}], {}),
    ("%c|%c", "__mod__", [("é", 233)], {}), ("%c", "__mod__", ["ab"], {}), ("%c", "__mod__", [2**30], {}),
    ("%y", "__mod__", [1], {}), ("%", "__mod__", [1], {}), ("%*d", "__mod__", [("a", 1)], {}),
    ("%.*f", "__mod__", [(2, 1.23456)], {}), ("%-5d|", "__mod__", [3], {}), ("%+05d", "__mod__", [3], {}),
    ("% d", "__mod__", [3], {}), ("%#x %#X %#o", "__mod__", [(255, 255, 8)], {}), ("%e", "__mod__", [1e100], {}),
    ("%g %G", "__mod__", [(1e-5, 1e-20)], {}), ("%10.3s|", "__mod__", ["abcdef"], {}), ("%d", "__mod__", [3.9], {}),
    ("%d", "__mod__", [True], {}), ("%s", "__mod__", [[1]], {}), ("%r %a", "__mod__", [("é", "é")], {}),
    ("%x", "__mod__", [-255], {}), ("%5%", "__mod__", [(1,)], {}), ("%%", "__mod__", [()], {}),
    ("%s", "__mod__", [()], {}), ("%s", "__mod__", [{}], {}), ("a", "__mod__", [()], {}), ("a", "__mod__", [5], {}),
    ("a", "__mod__", [{}], {}), ("a", "__mod__", [[]], {}), ("%d", "__mod__", ["a"], {}), ("%x", "__mod__", [3.0], {}),
    ("%f", "__mod__", ["a"], {}), ("%.3d|%8.3d|%+.3x|%#.3x", "__mod__", [(5, -5, 255, 255)], {}),
    ("%.0f %#.0f %#g", "__mod__", [(2.5, 2.0, 2.0)], {}), ("%.3g|%g", "__mod__", [(1234.5, 1e20)], {}),
    ("%f %F %+f %010f", "__mod__", [(float("nan"), float("-inf"), float("nan"), float("inf"))], {}),
    ("%-+8.2f|% 08.2f", "__mod__", [(3.14159, -3.14)], {}), ("%*.*f|%-*d|%*d|", "__mod__", [(8, 2, 3.14159, -4, 1, -4, 1)], {}),
    ("%.*s|", "__mod__", [(-1, "abc")], {}), ("%5c|%-3c|", "__mod__", [(97, "é")], {}), ("%(a)s %s", "__mod__", [{"a": 1}], {}),
    ("%s %(a)s", "__mod__", [{"a": 1}], {}), ("%(a", "__mod__", [{"a": 1}], {}), ("%(a(b))s", "__mod__", [{"a(b)": 1}], {}),
    ("%ld %hd %Lf", "__mod__", [(1, 2, 3.0)], {}), ("%s %s", "__mod__", [[1, 2]], {}), ("%d", "__mod__", [None], {}),
    ("%d|%x", "__mod__", [(2**70, 2**70)], {}), ("%.2f", "__mod__", [10**20], {}), ("%o|%#o", "__mod__", [(-8, -8)], {}),
    ("é%\u00e9", "__mod__", [1], {}), ("abc%", "__mod__", [()], {}), ("%-05d|%05s|", "__mod__", [(3, "a")], {}),
    ("%.2147483648f", "__mod__", [1.0], {}), ("%c", "__mod__", [-1], {}), ("%e", "__mod__", [12], {}),
    ("%.1f|%.1f|%.2e", "__mod__", [(0.05, 0.25, 1.5e-10)], {}), ("%f", "__mod__", [-0.0], {}),
    # format specs on str
    ("ab", "__format__", ["d"], {}), ("ab", "__format__", ["<5.1"], {}), ("ab", "__format__", ["=5"], {}),
    ("ab", "__format__", ["+"], {}), ("ab", "__format__", [" "], {}), ("ab", "__format__", [","], {}),
    ("ab", "__format__", ["_"], {}), ("ab", "__format__", ["#"], {}), ("ab", "__format__", ["z"], {}),
    ("ab", "__format__", ["05"], {}), ("ab", "__format__", ["x<5"], {}), ("ab", "__format__", [""], {}),
    ("ab", "__format__", ["5x"], {}), ("ab", "__format__", ["^7"], {}), ("ab", "__format__", ["é^6"], {}),
    ("ab", "__format__", ["<<5"], {}), ("ab", "__format__", ["."], {}), ("ab", "__format__", [".x"], {}),
    ("ab", "__format__", ["ss"], {}), ("ab", "__format__", [",_"], {}), ("ab", "__format__", ["_,"], {}),
    ("ab", "__format__", ["99999999999999999999"], {}), ("ab", "__format__", ["\x01"], {}),
    ("ab", "__format__", ["é"], {}), ("ab", "__format__", ["0>5"], {}), ("ab", "__format__", ["00"], {}),
    ("abc", "__format__", [".0"], {}), ("ab", "__format__", [">"], {}), ("ab", "__format__", ["{"], {}),
    ("ab", "__format__", [",d"], {}), ("ab", "__format__", ["_x"], {}), ("日本語", "__format__", ["*^8.2s"], {}),
    # str.format
    ("{'", "format", [1], {}), ("}", "format", [1], {}), ("{0}{}", "format", [1, 2], {}), ("{}{0}", "format", [1, 2], {}),
    ("{1}", "format", [1], {}), ("{x}", "format", [1], {}), ("{0.y}", "format", [1], {}), ("{0[1]}", "format", [[1]], {}),
    ("{!x}", "format", [1], {}), ("{:d}", "format", ["a"], {}), ("{:>{}}", "format", ["a"], {}),
    ("{0!r:>{1}}", "format", ["a", 5], {}), ("{!}", "format", [1], {}), ("{!r", "format", [1], {}),
    ("{!rx}", "format", [1], {}), ("{0!r:}", "format", ["é"], {}), ("{:{:{}}}", "format", [1, 2, 3], {}),
    ("{0.}", "format", [1], {}), ("{0[}", "format", [1], {}), ("{0[0]x}", "format", [[1]], {}),
    ("{0[a]}|{0[-1]}|{0[ 1]}", "format", [{"a": 5, "-1": 6, " 1": 7}], {}), ("{a.real}", "format", [], {"a": 3}),
    ("{", "format", [], {}), ("{0", "format", [], {}), ("{0:", "format", [], {}), ("x}y", "format", [], {}),
    ("{}}", "format", [1], {}), ("{0:{1}}", "format", ["a", "xx"], {}), ("{:>{w}}|{w}", "format", ["a"], {"w": 3}),
    ("{0}", "format", [], {}), ("{00}|{1:}", "format", [7, 8], {}), ("{ 0}", "format", [1], {}),
    ("{{}} {{{0}}}", "format", ["x"], {}), ("{0!s:*^9}|{0!a}", "format", ["é"], {}), ("{٣}", "format", [0, 1, 2, 3], {}),
    ("{0[0][1]}", "format", [["ab"]], {}), ("{:s}", "format", ["a"], {}), ("a{0}b{1}c", "format", ["é", "日"], {}),
    ("{0:{1}{2}}", "format", ["x", ">", 4], {}), ("{:{}}", "format", ["x", ""], {}),
    ("{a}", "format_map", [{"a": 2}], {}), ("{a}", "format_map", [1], {}), ("{0}", "format_map", [{}], {}),
    ("{a}", "format_map", [{}], {}),
    # construction: str(...) and bytes(...)
    ("str", "__new__", [], {}), ("str", "__new__", [b"ab"], {}), ("str", "__new__", [b"ab", "ascii"], {}),
    ("str", "__new__", [1, "ascii"], {}), ("str", "__new__", ["a", "ascii"], {}), ("str", "__new__", [b"\xff", "utf-8", "replace"], {}),
    ("str", "__new__", [], {"errors": "x"}), ("str", "__new__", [], {"object": 1}), ("str", "__new__", [1.5], {}),
    ("str", "__new__", [b"a", 1], {}), ("str", "__new__", [1, 2, 3, 4], {}), ("str", "__new__", [], {"x": 1}),
    ("bytes", "__new__", [3], {}), ("bytes", "__new__", [[1, 2]], {}), ("bytes", "__new__", ["é", "utf-8"], {}),
    ("bytes", "__new__", ["a"], {}), ("bytes", "__new__", [-1], {}), ("bytes", "__new__", [[256]], {}),
    ("bytes", "__new__", [["a"]], {}), ("bytes", "__new__", [1.5], {}), ("bytes", "__new__", [], {}),
    ("bytes", "__new__", [(104, 105)], {}), ("bytes", "__new__", [b"xy"], {}), ("bytes", "__new__", [1, "utf-8"], {}),
    # translate
    ("abc", "translate", [{97: "xy", 98: None, 99: 100}], {}), ("a", "translate", [{97: 2.0}], {}),
    ("a", "translate", [{97: 0x110000}], {}), ("abc", "translate", [{}], {}),
]


def hexs(b):
    return b.hex()


def encode(v, out):
    if v is None:
        out.append("N")
    elif v is True:
        out.append("t")
    elif v is False:
        out.append("F")
    elif isinstance(v, int):
        out.append("i:%d" % v)
    elif isinstance(v, float):
        out.append("f:" + repr(v))
    elif isinstance(v, str):
        out.append("s:" + hexs(v.encode("utf-8", "surrogatepass")))
    elif isinstance(v, bytes):
        out.append("b:" + hexs(v))
    elif isinstance(v, tuple):
        out.append("T%d" % len(v))
        for x in v:
            encode(x, out)
    elif isinstance(v, list):
        out.append("L%d" % len(v))
        for x in v:
            encode(x, out)
    elif isinstance(v, dict):
        out.append("D%d" % len(v))
        for k, x in v.items():
            encode(k, out)
            encode(x, out)
    elif isinstance(v, slice):
        out.append("S")
        for x in (v.start, v.stop, v.step):
            encode(x, out)
    else:
        raise TypeError(v)


def run(recv, op, args, kwargs):
    import operator
    ops = {
        "__repr__": repr, "__ascii__": ascii, "__len__": len, "__list__": list,
        "__mod__": operator.mod, "__format__": format, "__getitem__": operator.getitem,
        "__add__": operator.add, "__mul__": operator.mul, "__rmul__": lambda a, b: b * a,
        "__contains__": lambda a, b: b in a, "__lt__": operator.lt, "__eq__": operator.eq,
        "__hash_eq__": lambda a, b: hash(a) == hash(b),
    }
    try:
        if op == "__new__":
            import builtins
            r = getattr(builtins, recv)(*args, **kwargs)
        elif op in ops:
            r = ops[op](recv, *args)
        else:
            r = getattr(recv, op)(*args, **kwargs)
        return repr(r)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


def c_string(s):
    out = []
    for b in s.encode("utf-8", "surrogatepass"):
        if 32 <= b < 127 and chr(b) not in '"\\?':
            out.append(chr(b))
        else:
            out.append("\\%03o" % b)
    return '"' + "".join(out) + '"'


def main():
    print("/* Generated by tests/runtime/test_str_gen.py from Python %s. Do not edit. */" % sys.version.split()[0])
    print("static const StrCase str_cases[] = {")
    for recv, op, args, kwargs in CASES:
        toks = []
        encode(recv, toks)
        encode(tuple(args), toks)
        toks.append("K%d" % len(kwargs))
        for k, v in kwargs.items():
            encode(k, toks)
            encode(v, toks)
        expect = run(recv, op, args, kwargs)
        print("    {%s, %s, %s}," % (c_string(op), c_string(" ".join(toks)), c_string(expect)))
    print("};")


main()
