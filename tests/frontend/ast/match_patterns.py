match command:
    case 1:
        pass
    case -1:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case "s" "t":
        pass
    case b"bytes":
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
    case Color.RED:
        pass
    case a.b.c:
        pass
    case _:
        pass

match q:
    case x:
        pass

match p:
    case [1, 2, *rest]:
        pass
    case (a, b):
        pass
    case [a, *_]:
        pass
    case []:
        pass
    case ():
        pass
    case (x,):
        pass
    case x, y:
        pass
    case {"a": 1, "b": b}:
        pass
    case {"a": 1, **rest}:
        pass
    case {}:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, 2):
        pass
    case Point(1, y=2):
        pass
    case Point():
        pass
    case a.B(c):
        pass
    case 1 | 2 | 3:
        pass
    case [1, 2] as lst:
        pass
    case (1 | 2) as n:
        pass
    case int() | str() if cond:
        pass
    case {1: [a, b], None: c} if a > b:
        pass
