print(10 // 3)
print((7 +  3) // 0)
