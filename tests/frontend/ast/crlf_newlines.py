x = 1
s = """a
b"""
if x:
    y = "c\
d"
f"""{x}
{y}"""
