# More classes than the type inference models (64): a chain of 70 subclasses.
class C0:
    v = 0

class C1(C0):
    v = 1

class C2(C1):
    v = 2

class C3(C2):
    v = 3

class C4(C3):
    v = 4

class C5(C4):
    v = 5

class C6(C5):
    v = 6

class C7(C6):
    v = 7

class C8(C7):
    v = 8

class C9(C8):
    v = 9

class C10(C9):
    v = 10

class C11(C10):
    v = 11

class C12(C11):
    v = 12

class C13(C12):
    v = 13

class C14(C13):
    v = 14

class C15(C14):
    v = 15

class C16(C15):
    v = 16

class C17(C16):
    v = 17

class C18(C17):
    v = 18

class C19(C18):
    v = 19

class C20(C19):
    v = 20

class C21(C20):
    v = 21

class C22(C21):
    v = 22

class C23(C22):
    v = 23

class C24(C23):
    v = 24

class C25(C24):
    v = 25

class C26(C25):
    v = 26

class C27(C26):
    v = 27

class C28(C27):
    v = 28

class C29(C28):
    v = 29

class C30(C29):
    v = 30

class C31(C30):
    v = 31

class C32(C31):
    v = 32

class C33(C32):
    v = 33

class C34(C33):
    v = 34

class C35(C34):
    v = 35

class C36(C35):
    v = 36

class C37(C36):
    v = 37

class C38(C37):
    v = 38

class C39(C38):
    v = 39

class C40(C39):
    v = 40

class C41(C40):
    v = 41

class C42(C41):
    v = 42

class C43(C42):
    v = 43

class C44(C43):
    v = 44

class C45(C44):
    v = 45

class C46(C45):
    v = 46

class C47(C46):
    v = 47

class C48(C47):
    v = 48

class C49(C48):
    v = 49

class C50(C49):
    v = 50

class C51(C50):
    v = 51

class C52(C51):
    v = 52

class C53(C52):
    v = 53

class C54(C53):
    v = 54

class C55(C54):
    v = 55

class C56(C55):
    v = 56

class C57(C56):
    v = 57

class C58(C57):
    v = 58

class C59(C58):
    v = 59

class C60(C59):
    v = 60

class C61(C60):
    v = 61

class C62(C61):
    v = 62

class C63(C62):
    v = 63

class C64(C63):
    v = 64

class C65(C64):
    v = 65

class C66(C65):
    v = 66

class C67(C66):
    v = 67

class C68(C67):
    v = 68

class C69(C68):
    v = 69

x = 0.5
for k in (C0, C33, C64, C65, C69):
    x = x * 2.0 + k.v
    print(k.__name__, k.v, len(k.__mro__), x)
