# format specs and f-strings on numbers, %-formatting.
x = 1234567.891
n = -42
print(format(x, ",.2f"), format(x, "e"), format(x, ".3g"), format(x, "%"), format(x, "_.1f"), format(x, "015,.1f"))
print(f"{n:+d} {n:x} {255:#x} {255:#o} {5:08b} {n:=8} {n:^9} {n:*<7} {2**70:,} {2**70:_x}")
print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f} {1e16:} {1e16:.17} {10.0:.3} {0.0001:g} {1e-5:} {-0.0:z.1f}")
print(f"{65:c} {True:} {True:d} {False:>5} {1:5} {1.0:5} {float('nan'):010} {float('-inf'):+}")
print("%d %5.2f %-6x| %+e %g %o %X %%" % (42, 3.14159, 255, 12345.678, 0.00001, 8, 255))
print("%010.3f|%-10d|%#x|%.3e|%i" % (-3.14159, 7, 255, 2 ** 70, True))
