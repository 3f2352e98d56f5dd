# json.dump / json.load with real files in a temporary directory.
import json
import os

tmp = os.path.join("/tmp", "py2c_json_test_%d" % os.getpid())
os.mkdir(tmp)
path = os.path.join(tmp, "data.json")


def run():
    data = {"name": "caf\u00e9 \U0001F600", "values": [1, 2.5, -0.0, 10**25, None, True],
            "nested": {"empty": [], "obj": {}, "t": (1, 2)}}
    with open(path, "w") as f:
        print(json.dump(data, f, indent=2, sort_keys=True))
    with open(path) as f:
        text = f.read()
    print(text)
    with open(path) as f:
        back = json.load(f)
    print(back)
    print(back == json.loads(json.dumps(data)))

    # ensure_ascii=False writes the characters themselves (UTF-8 in the file)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    print(len(raw), repr(raw[:20]))
    print(json.loads(raw.encode("utf-8")) == back)
    with open(path, encoding="utf-8") as f:
        print(json.load(f) == back)

    # an error leaves the chunks written before it in the file
    with open(path, "w") as f:
        try:
            json.dump({"ok": [1, 2], "bad": {1, 2}, "never": 3}, f)
        except TypeError as e:
            print("TypeError:", e)
    with open(path) as f:
        print(repr(f.read()))

    # several documents appended, then read back one per line
    with open(path, "w") as f:
        for i in range(3):
            json.dump({"i": i, "sq": [i] * i}, f)
            f.write("\n")
    with open(path) as f:
        for line in f:
            print(json.loads(line))

    # a truncated file gives JSONDecodeError with the file's text as doc
    with open(path, "w") as f:
        f.write('{"a": [1, 2,\n  ')
    with open(path) as f:
        try:
            json.load(f)
        except json.JSONDecodeError as e:
            print(e, repr(e.doc))


try:
    run()
finally:
    if os.path.exists(path):
        os.remove(path)
    os.rmdir(tmp)
print(os.path.exists(tmp))
