# Errors raised by directly called built-in methods (lower/lw_builtin_call.c)
# keep CPython's tracebacks: the call's line and carets, chained through
# handlers (IndexError from list.pop, TypeError from dict.get with an
# unhashable key, KeyError from dict.pop, TypeError from str.join).


def pop_all(stack):
    out = []
    while True:
        out.append(stack.pop())


def count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def build(parts):
    sep = ", "
    return sep.join(
        parts
    )


def main():
    try:
        pop_all([1, 2])
    except IndexError:
        try:
            count(["a", ["b"]])
        except TypeError:
            try:
                {"k": 1}.pop("missing")
            finally:
                print(build(["x", "y"]), build(["x", 1]))


main()
