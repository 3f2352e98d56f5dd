data = b"caf\xc3\xa9 \xff"
print(data[:6].decode())
text = data.decode("utf-8")
print(text)
