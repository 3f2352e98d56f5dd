[]
[1, 2, 3]
[1, *a, 2]
()
(1,)
1, 2
(1, 2, *rest)
{}
{1: 2, "a": b}
{**a, 1: 2, **b}
{1, 2}
{*a, *b}
x, y = y, x
[a, b] = 1, 2
a, *b = c
*a, b = c
(a, b), c = d
[a, [b, c]] = d
...
None
True
False
