match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, 2, z=3) | a.b.C():
        pass
    case {"x": 1, **rest}:
        pass
    case {}:
        pass
    case {a.b: 1, "s" "t": 4, None: 5, True: 6}:
        pass
    case [1, *_, 3] | (1, *_) | []| ():
        pass
    case -1 | 1.5 | -1.5j | 1 - 2j | b"x" | "a":
        pass
    case (1 as c) | (2 as c) if c:
        pass
    case [*_]:
        pass
    case x if x > 0:
        pass
    case _:
        pass
match x,:
    case 1, 2:
        pass
    case 1,:
        pass
    case *a, b, c, :
        pass
match (x, y):
    case (1 | 2) as z:
        pass
match x:
    case ((a)) if a:
        pass
    case C(a, (b), c=[d]):
        pass
match = 1
case = 2
match.x = 3
match[0]
match(x)
