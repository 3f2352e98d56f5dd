match = 1
case = 2
_ = match + case
print(match, case, _)
type = 3
