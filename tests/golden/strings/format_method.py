# str.format and format(): fill, align, sign, width, grouping, precision, types, conversions, nested specs.
print("{} {} {}".format(1, "a", 2.5), "{2}{1}{0}".format("a", "b", "c"), "{a}{b}{a}".format(a=1, b=2))
print("{0[1]} {0[0][0]} {1[k]} {1[k]!r}".format(["xy", "z"], {"k": "v"}), "{:}".format(3), "{!s:>4}|{!r:<6}|".format("a", "b"))
print("{:<8}|{:>8}|{:^8}|{:*<8}|{:0>8}|{:é^9}|{:=+8}|{:=8}|".format("ab", "ab", "ab", "ab", "7", "mid", 42, -42))
print("{:+}|{:-}|{: }|{:+}|{: }|{:+.1f}|{: .2e}|".format(5, 5, 5, -5, -5, 2.25, 12345.0))
print("{:,}|{:_}|{:,.2f}|{:_.3f}|{:,d}|{:_x}|{:_b}|{:_o}|{:012,}|{:,}|".format(1234567, 1234567, 1234567.891, 1234567.891, -9876543210, 0xdeadbeef, 255, 4095, 1234, 12.5))
print("{:d}|{:x}|{:X}|{:o}|{:b}|{:#x}|{:#o}|{:#b}|{:c}|{:n}|{:#010x}|{:+#x}|".format(42, 255, 255, 8, 5, 255, 8, 5, 97, 1234, 255, -255))
print("{:e}|{:E}|{:.3e}|{:f}|{:F}|{:.0f}|{:g}|{:G}|{:.2g}|{:%}|{:.1%}|{:.0%}|".format(1234.5, 1234.5, 0.000123456, 1.5, float("inf"), 2.5, 1e-5, 1e50, 123.0, 0.25, 0.1234, 0.005))
print("{:#g}|{:#.0f}|{:#.0e}|{:g}|{:g}|{:.10g}|{:}|{:.3}|{:10.3}|{:<10.3}|".format(1.0, 2.0, 3.0, 100000.0, 1000000.0, 1 / 3, 1e16, 1 / 3, 2.0, 1234.5))
print("{:s}|{:.3s}|{:>10.2s}|{!r}|{!a}|{!s}|{:5}|{:<5}|{:>5}|".format("text", "text", "text", "é😀", "é😀", 1.5, "s", 1, 1))
print("{:{w}}|{:{w}.{p}f}|{:{f}{a}{w}}|{:>{}}|{0:{1}}|".format("x", 3.14159, "y", "z", 4, w=6, p=2, f="#", a="^") if False else
      "{:{w}}|{:{w}.{p}f}|{:{f}{a}{w}}|".format("x", 3.14159, "y", w=6, p=2, f="#", a="^"), "{0:{1}}|{0:>{1}}".format("ab", 5))
print("{{}} {{{}}} {}}}".format(1, 2), "{:}{{".format("x"), format(42), format(42, ""), format("a", "^3"), format(-0.0), format(1e100, ",.0f")[:20])
print(format(True), format(True, "d"), format(False, ">6"), format(None), format(None, ""), format([1, 2]), format(3.0, "n"), format(-7, "o"))
print(format(0.1, ".17f"), format(1 / 3, ".30f"), format(2 ** 80, "e"), format(10 ** 20, ","), format(-2 ** 70, "_x"), format(123.456, "010.2f"))
print(format(float("nan"), "+"), format(float("-nan"), "f"), format(float("inf"), "=+10"), format(-1.5, "z"), format(-0.001, "z.1f"), format(0.0, "+g"))
for spec in ["d", ".2d", "s", ",s", "=s", "+s", "x", "c", "z"]:
    for v in ["str", 42, 1.5]:
        try:
            r = format(v, spec)
        except (ValueError, TypeError) as e:
            r = type(e).__name__ + ": " + str(e)
        print(repr(spec), repr(v), r)
for bad in ["{", "}", "{0", "{:", "{0!x}", "{0!}", "{:<<<}", "{1}", "{x}", "{0[}", "{.a}", "{0:{1}{2}}", "{:,_}", "{:_,}", "{:10000000000000000000}"]:
    try:
        print(bad.format("v"))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(repr(bad), type(e).__name__, e)
