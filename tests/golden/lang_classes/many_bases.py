class B0:
    v0 = 0
class B1:
    v1 = 1
class B2:
    v2 = 2
class B3:
    v3 = 3
class B4:
    v4 = 4
class B5:
    v5 = 5
class B6:
    v6 = 6
class B7:
    v7 = 7
class B8:
    v8 = 8
class B9:
    v9 = 9
class B10:
    v10 = 10
class B11:
    v11 = 11
class B12:
    v12 = 12
class B13:
    v13 = 13
class B14:
    v14 = 14
class B15:
    v15 = 15
class B16:
    v16 = 16
class B17:
    v17 = 17
class B18:
    v18 = 18
class B19:
    v19 = 19
class C(B0, B1, B2, B3, B4, B5, B6, B7, B8, B9, B10, B11, B12, B13, B14, B15, B16, B17, B18, B19):
    pass
print(C.v0 + C.v19, len(C.__mro__))
print(max(B0.v0, B1.v1, B2.v2, B3.v3, B4.v4, B5.v5, B6.v6, B7.v7, B8.v8, B9.v9, B10.v10, B11.v11, B12.v12, B13.v13, B14.v14, B15.v15, B16.v16, B17.v17, B18.v18))
