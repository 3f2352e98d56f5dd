[x for x in y]
[x * 2 for x in range(10) if x % 2 if x > 3]
{x for x in y}
{k: v for k, v in items}
(x for x in y)
[(a, b) for a in x for b in a if b]
[[y for y in x] for x in z]
{k: [v for v in vs] for k, vs in d.items() if k}
sum(x for x in y)
[x for (a, b) in z for x in a]
[x for x in (yield_ for yield_ in q)]
