# Generator pipelines over a log of records.
LOG = """2024-01-03 GET /index.html 200 512
2024-01-03 GET /about.html 200 1024
2024-01-03 POST /login 302 0
2024-01-04 GET /missing 404 128
2024-01-04 GET /index.html 200 512
bad line here
2024-01-05 GET /admin 403 64
2024-01-05 POST /login 200 2048
2024-01-05 GET /index.html 500 0
2024-01-06 GET /about.html 200 1024"""


def read_lines(text):
    for line in text.split("\n"):
        yield line


def parse(lines):
    for n, line in enumerate(lines, 1):
        parts = line.split()
        if len(parts) != 5:
            print(f"  skipping line {n}: {line!r}")
            continue
        date, method, path, status, size = parts
        yield {"n": n, "date": date, "method": method, "path": path, "status": int(status), "size": int(size)}


def where(records, pred):
    for r in records:
        if pred(r):
            yield r


def take(it, n):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"


def chunks(seq, size):
    chunk = []
    for x in seq:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def running_total(nums):
    total = 0
    for x in nums:
        total += x
        yield total


records = list(parse(read_lines(LOG)))
print(len(records), "records")
errors = where(records, lambda r: r["status"] >= 400)
print("errors:", [(r["n"], r["path"], r["status"]) for r in errors])
print("bytes:", sum(r["size"] for r in records))
print("any 500?", any(r["status"] == 500 for r in records), "all GET?", all(r["method"] == "GET" for r in records))
biggest = max(records, key=lambda r: (r["size"], r["n"]))
print("biggest:", biggest["path"], biggest["size"], biggest["n"])
first_post = next((r for r in records if r["method"] == "POST"), None)
print("first POST at line", first_post["n"] if first_post else None)
print("no PUT:", next((r for r in records if r["method"] == "PUT"), "none"))
by_day = {}
for r in records:
    by_day.setdefault(r["date"], []).append(r["size"])
for day, sizes in sorted(by_day.items()):
    print(f"{day}: {len(sizes)} hits, {sum(sizes):5d} bytes, max {max(sizes)}, min {min(sizes, default=0)}")
paths = sorted({r["path"] for r in records})
print(paths)
print(list(take(countdown(10), 4)), list(countdown(3)), list(take(iter([]), 2)))
print(list(chunks(range(10), 3)), list(chunks("abcdefg", 2)))
print(list(running_total(r["size"] for r in records)))
gen = countdown(2)
print(next(gen), next(gen), next(gen, "exhausted"), next(gen, "still"))
squares = (x * x for x in range(10))
print(sum(squares), sum(squares), list(squares))
evens = filter(lambda x: x % 2 == 0, map(lambda x: x * 3, range(10)))
print(list(evens), list(zip("abc", countdown(5))), dict(zip(range(3), "xyz")))
print(sorted((r["status"] for r in records), reverse=True)[:3], min(r["n"] for r in records if r["size"] > 1000))
nested = [[y for y in range(x)] for x in range(4)]
flat = [y for row in nested for y in row if y]
print(nested, flat, {x: x ** 2 for x in flat}, {c.upper() for c in "hello"} == set("HELO"))
it = iter(records)
print(next(it)["path"], next(it)["path"], sum(1 for _ in it))
pairs = list(enumerate(reversed(paths), start=100))
print(pairs)
try:
    next(countdown(0))
except StopIteration as e:
    print("StopIteration", e.args)
try:
    print(max(r for r in records if r["size"] > 10 ** 6))
except ValueError as e:
    print("ValueError:", e)
