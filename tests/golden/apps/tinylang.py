# py2c-test: reference-cycles
"""An interpreter for a tiny language: tokenizer (generator), recursive-descent
parser building node classes, an evaluator with environments and closures."""
import operator
import string


class LangError(Exception):
    def __init__(self, msg, pos):
        super().__init__(msg)
        self.pos = pos

    def __str__(self):
        return f"{self.args[0]} at {self.pos}"


def tokenize(src):
    i = 0
    while i < len(src):
        ch = src[i]
        if ch in string.whitespace:
            i += 1
        elif ch in string.digits:
            j = i
            while j < len(src) and src[j] in string.digits:
                j += 1
            yield ("num", int(src[i:j]), i)
            i = j
        elif ch in string.ascii_letters or ch == "_":
            j = i
            while j < len(src) and (src[j] in string.ascii_letters or src[j] in string.digits or src[j] == "_"):
                j += 1
            word = src[i:j]
            yield ("kw" if word in ("let", "in", "fn", "if", "then", "else") else "name", word, i)
            i = j
        elif ch in "+-*/()=<,":
            yield ("op", ch, i)
            i += 1
        else:
            raise LangError(f"unexpected {ch!r}", i)
    yield ("eof", None, len(src))


class Node:
    fields = ()

    def __repr__(self):
        args = ", ".join(repr(getattr(self, f)) for f in self.fields)
        return f"{type(self).__name__}({args})"


class Num(Node):
    fields = ("value",)

    def __init__(self, value):
        self.value = value


class Var(Node):
    fields = ("name",)

    def __init__(self, name):
        self.name = name


class BinOp(Node):
    fields = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right


class Let(Node):
    fields = ("name", "value", "body")

    def __init__(self, name, value, body):
        self.name, self.value, self.body = name, value, body


class Fn(Node):
    fields = ("param", "body")

    def __init__(self, param, body):
        self.param, self.body = param, body


class Call(Node):
    fields = ("fn", "arg")

    def __init__(self, fn, arg):
        self.fn, self.arg = fn, arg


class If(Node):
    fields = ("cond", "then", "other")

    def __init__(self, cond, then, other):
        self.cond, self.then, self.other = cond, then, other


class Parser:
    PREC = {"<": 1, "+": 2, "-": 2, "*": 3, "/": 3}

    def __init__(self, src):
        self.tokens = list(tokenize(src))
        self.i = 0

    @property
    def tok(self):
        return self.tokens[self.i]

    def expect(self, kind, value=None):
        k, v, pos = self.tok
        if k != kind or (value is not None and v != value):
            raise LangError(f"expected {value or kind}, got {v!r}", pos)
        self.i += 1
        return v

    def parse(self):
        e = self.expr()
        self.expect("eof")
        return e

    def expr(self, min_prec=0):
        left = self.app()
        while self.tok[0] == "op" and self.PREC.get(self.tok[1], -1) > min_prec:
            op = self.tok[1]
            self.i += 1
            left = BinOp(op, left, self.expr(self.PREC[op]))
        return left

    def app(self):
        e = self.atom()
        while self.tok[0] in ("num", "name") or self.tok[1] == "(":
            e = Call(e, self.atom())
        return e

    def atom(self):
        k, v, pos = self.tok
        if k == "num":
            self.i += 1
            return Num(v)
        if k == "name":
            self.i += 1
            return Var(v)
        if v == "(":
            self.i += 1
            e = self.expr()
            self.expect("op", ")")
            return e
        if v == "let":
            self.i += 1
            name = self.expect("name")
            self.expect("op", "=")
            value = self.expr()
            self.expect("kw", "in")
            return Let(name, value, self.expr())
        if v == "fn":
            self.i += 1
            param = self.expect("name")
            self.expect("op", "=")
            return Fn(param, self.expr())
        if v == "if":
            self.i += 1
            c = self.expr()
            self.expect("kw", "then")
            t = self.expr()
            self.expect("kw", "else")
            return If(c, t, self.expr())
        raise LangError(f"unexpected {v!r}", pos)


class Closure:
    def __init__(self, param, body, env):
        self.param, self.body, self.env = param, body, env

    def __call__(self, arg):
        return evaluate(self.body, {**self.env, self.param: arg})


OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.floordiv, "<": operator.lt}


def evaluate(node, env):
    match_type = type(node)
    if match_type is Num:
        return node.value
    if match_type is Var:
        try:
            return env[node.name]
        except KeyError:
            raise LangError(f"unbound {node.name}", 0) from None
    if match_type is BinOp:
        return OPS[node.op](evaluate(node.left, env), evaluate(node.right, env))
    if match_type is Let:
        inner = dict(env)
        inner[node.name] = None
        value = evaluate(node.value, inner)
        inner[node.name] = value
        if isinstance(value, Closure):
            value.env = inner
        return evaluate(node.body, inner)
    if match_type is Fn:
        return Closure(node.param, node.body, env)
    if match_type is Call:
        return evaluate(node.fn, env)(evaluate(node.arg, env))
    if match_type is If:
        return evaluate(node.then if evaluate(node.cond, env) else node.other, env)
    raise TypeError(node)


programs = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "let x = 5 in x * x - 1",
    "let sq = fn n = n * n in sq 7",
    "let fact = fn n = if n < 2 then 1 else n * fact (n - 1) in fact 20",
    "let fib = fn n = if n < 2 then n else fib (n - 1) + fib (n - 2) in fib 15",
    "let add = fn a = fn b = a + b in (add 3) 4",
    "10 / 3 + y",
    "let = 3",
    "1 + $",
    "7 / 0",
]
for src in programs:
    try:
        tree = Parser(src).parse()
        print(repr(tree)[:70])
        print("=>", evaluate(tree, {}))
    except LangError as e:
        print("error:", e)
    except ZeroDivisionError as e:
        print("runtime error:", e)
