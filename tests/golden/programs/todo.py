# A to-do list manager: commands from a script, file save/load, errors.
import sys

PATH = "/tmp/py2c_todo_test.txt"


class TodoError(Exception):
    pass


def add(todos, text, prio="3"):
    if not text:
        raise TodoError("empty task")
    p = int(prio)
    assert 1 <= p <= 5, f"priority out of range: {p}"
    todos.append({"id": len(todos) + 1, "text": text, "prio": p, "done": False})


def done(todos, ident):
    for t in todos:
        if t["id"] == int(ident):
            if t["done"]:
                raise TodoError(f"task {ident} already done")
            t["done"] = True
            return t
    raise TodoError(f"no task {ident}")


def show(todos):
    pending = [t for t in todos if not t["done"]]
    pending.sort(key=lambda t: (t["prio"], t["id"]))
    print("{:>3} {:^4} {:<20} {}".format("id", "prio", "task", "state"))
    for t in pending + [t for t in todos if t["done"]]:
        state = "done" if t["done"] else "open"
        print("{id:>3} {prio:^4} {text:<20.20} {0}".format(state, **t))


def save(todos, path):
    with open(path, "w") as f:
        for t in todos:
            f.write(f"{t['id']}|{t['prio']}|{int(t['done'])}|{t['text']}\n")
    return len(todos)


def load(path):
    todos = []
    with open(path) as f:
        for line in f:
            ident, prio, isdone, text = line.rstrip("\n").split("|", 3)
            todos.append({"id": int(ident), "text": text, "prio": int(prio), "done": isdone == "1"})
    return todos


SCRIPT = [
    "add buy milk 2",
    "add write report 1",
    "add call mom",
    "add fix|bike 4",
    "done 2",
    "done 2",
    "done 9",
    "add nap 7",
    "add  ",
    "add jog x",
    "show",
    "save",
    "list",
]
todos = []
for cmd in SCRIPT:
    verb, _, rest = cmd.partition(" ")
    try:
        if verb == "add":
            words = rest.split()
            if words and words[-1].isdigit() or words and words[-1] == "x":
                add(todos, " ".join(words[:-1]), words[-1])
            else:
                add(todos, " ".join(words))
        elif verb == "done":
            t = done(todos, rest)
            print("completed:", t["text"])
        elif verb == "show":
            show(todos)
        elif verb == "save":
            print("saved", save(todos, PATH), "tasks")
        else:
            raise TodoError(f"unknown command {verb!r}")
    except TodoError as e:
        print("error:", e)
    except AssertionError as e:
        print("assertion:", e)
    except ValueError as e:
        print("bad value:", e)
again = load(PATH)
print(again == todos, len(again), again[-1])
with open(PATH) as f:
    first = f.readline()
    rest = f.read()
print(repr(first), len(rest.splitlines()))
try:
    open("/tmp/py2c_no_such_dir/x.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename)
except OSError as e:
    print("OSError", e)
print("exiting", file=sys.stderr)
sys.exit("fatal: %d tasks still open" % sum(not t["done"] for t in todos))
