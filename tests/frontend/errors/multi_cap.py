x0 = 1
return
x1 = 1
return
x2 = 1
return
x3 = 1
return
x4 = 1
return
x5 = 1
return
x6 = 1
return
x7 = 1
return
x8 = 1
return
x9 = 1
return
x10 = 1
return
x11 = 1
return
x12 = 1
return
x13 = 1
return
x14 = 1
return
x15 = 1
return
x16 = 1
return
x17 = 1
return
x18 = 1
return
x19 = 1
return
x20 = 1
return
x21 = 1
return
x22 = 1
return
x23 = 1
return
x24 = 1
return
