# py2c-test: reference-cycles
# Recursive-descent calculator with error positions.
class CalcError(Exception):
    def __init__(self, msg, pos):
        Exception.__init__(self, msg, pos)
        self.msg = msg
        self.pos = pos

    def __str__(self):
        return f"{self.msg} at column {self.pos}"


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            text = src[start:i]
            if text.count(".") > 1:
                raise CalcError(f"bad number {text!r}", start)
            tokens.append(("num", float(text) if "." in text else int(text), start))
        elif ch in "+-*/%()^":
            tokens.append(("op", ch, i))
            i += 1
        elif ch.isalpha():
            start = i
            while i < len(src) and src[i].isalnum():
                i += 1
            tokens.append(("name", src[start:i], start))
        else:
            raise CalcError(f"unexpected character {ch!r}", i)
    tokens.append(("end", None, len(src)))
    return tokens


VARS = {"pi": 3.141592653589793, "answer": 42}


def parse(src):
    toks = tokenize(src)
    pos = 0

    def peek():
        return toks[pos]

    def advance():
        nonlocal pos
        tok = toks[pos]
        pos += 1
        return tok

    def expect(value):
        kind, v, at = advance()
        if v != value:
            raise CalcError(f"expected {value!r}", at)

    def expr():
        left = term()
        while peek()[1] in ("+", "-") and peek()[0] == "op":
            op = advance()[1]
            right = term()
            left = left + right if op == "+" else left - right
        return left

    def term():
        left = factor()
        while peek()[0] == "op" and peek()[1] in ("*", "/", "%"):
            _, op, at = advance()
            right = factor()
            if op == "*":
                left *= right
            elif right == 0:
                raise CalcError("division by zero", at)
            elif op == "/":
                left /= right
            else:
                left %= right
        return left

    def factor():
        base = unary()
        if peek()[1] == "^":
            advance()
            return base ** factor()
        return base

    def unary():
        kind, v, at = peek()
        if v == "-" and kind == "op":
            advance()
            return -unary()
        if kind == "num":
            advance()
            return v
        if kind == "name":
            advance()
            if v not in VARS:
                raise CalcError(f"unknown name {v}", at)
            return VARS[v]
        if v == "(":
            advance()
            val = expr()
            expect(")")
            return val
        raise CalcError("unexpected " + ("end of input" if kind == "end" else repr(v)), at)

    result = expr()
    if peek()[0] != "end":
        raise CalcError(f"trailing {peek()[1]!r}", peek()[2])
    return result


TESTS = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ^ 3 ^ 2",
    "-2 ^ 2",
    "10 / 4",
    "10 % 4 + 7 % -3",
    "2 ^ 100",
    "pi * 2",
    "answer / 0",
    "3 + * 4",
    "(1 + 2",
    "1 + 2)",
    "1.2.3 + 4",
    "4 $ 4",
    "unknown + 1",
    "1.5e3",
    "",
]
for t in TESTS:
    try:
        r = parse(t)
        print(f"{t!r:>20} = {r!r}")
    except CalcError as e:
        print(f"{t!r:>20} ! {e}")
        print(" " * 23 + " " * (e.pos + 1) + "^", e.args)
