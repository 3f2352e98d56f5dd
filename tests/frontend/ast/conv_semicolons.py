if x:
    a; b;
    # c
else:
    c;  # d
# e
try:
    pass
except *TypeError as e:
    pass
def f():
    x = 1; pass; del x;
g: Tuple[*Ts]
def h(*a: *Ts) -> Tuple[*Ts, int]: pass
