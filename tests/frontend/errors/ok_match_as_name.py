match = [1]
match match:
    case [case]:
        print(case)
