def parse_all(lines):
    for line in lines:
        yield int(line)

total = 0
for n in parse_all(["1", "2", "x"]):
    total += n
print(total)
