class C:
    xs = [(y := 1) for x in z]
