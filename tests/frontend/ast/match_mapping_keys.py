# Mapping-pattern keys may be signed numbers and complex literals (CPython's literal_pattern).
match command:
    case {-1: a, 1 + 2j: b, -0 - 0j: c, 2.5: d, "k": e, b"x": f, None: g}:
        pass
    case {Color.RED: h, **rest}:
        pass
