# Continuation lines inside brackets indented less than their block (down to
# column 0), as in test/test_compile.py. Python ignores line ends inside
# brackets; tree-sitter-python's scanner ends the block there (a DEDENT) after
# a token that cannot close the bracket, so py2c parses the file again with its
# bracketed lines joined (parse.c) and must still give CPython's positions.
def weird_attribute_positions():
    (bar.
baz)
    (bar.
        baz(
))
    x = (1 +
2) * (a.b.
  c.d)
    return x


def after_other_tokens(f, a, b, c, kw, z):
    f(a=
1, **
kw)
    y = [x for x in
z if not
x]
    d = {1:
2, 'k': lambda:
3}
    t = (a if
b else c, a not in
b, *
a)
    if (w :=
1):
        pass
    return y, d, t, w


def with_comments(a):
    x = (a.  # a comment ends the line
b)
    y = [
# a comment line at column 0
a,
  a.real]
    return x, y


class C:
    def m(self):
        return (self.
q)

    @staticmethod
    def s(v):
        match v:
            case (1 |
2):
                return 'a' + (
'b')
        return ('x'
'y')


def tail():
    return C.s(2)
