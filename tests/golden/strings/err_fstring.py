n = 7
print(f"{n:04}")
print(f"{n:,s}")
