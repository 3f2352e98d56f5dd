match x:
    case [a] | [a]:
        pass
    case {"k": b, **rest}:
        pass
    case C(p, q=r) if p:
        pass
    case a if a:
        pass
    case (1 | 2) as n:
        pass
    case _:
        pass
