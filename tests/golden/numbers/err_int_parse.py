for text in ["12", "0x1F", "seven"]:
    print(int(text, 0))
