print("before")
line = input("prompt> ")
print("never", line)
