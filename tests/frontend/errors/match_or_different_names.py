match x:
    case 1 | [a, b] | 3:
        pass
