x = (1 +
     2)
y = [
    a,
    b,
]
call(
    arg1,
    key=value,
)
if (a and
        b):
    pass
value = some.very.long_attribute \
    .chained()
d = {
    "k": [1, 2,
          3],
}
def f(
    a,
    b=1,
):
    return (a
            + b)
s = ("x"
     f"{y}"
     "z")
