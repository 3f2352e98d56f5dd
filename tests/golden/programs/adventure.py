# Text-adventure state machine driven by a scripted command list.
ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "a silent library", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}

state = {"room": "hall", "inventory": [], "moves": 0, "score": 0, "over": False}


def describe():
    room = ROOMS[state["room"]]
    exits = ", ".join(sorted(room["exits"]))
    things = " and ".join(room["items"]) if room["items"] else "nothing"
    return f"You are in {room['desc']}. Exits: {exits}. You see {things}."


def go(direction):
    room = ROOMS[state["room"]]
    target = room["exits"].get(direction)
    if target is None:
        return f"You can't go {direction}."
    if ROOMS[target].get("locked"):
        if "key" not in state["inventory"]:
            return "The door is locked."
        ROOMS[target]["locked"] = False
        state["score"] += 5
    if target == "cellar" and "lamp" not in state["inventory"]:
        return "It is too dark to go there without a lamp."
    state["room"] = target
    return describe()


def take(item):
    items = ROOMS[state["room"]]["items"]
    if item not in items:
        return f"There is no {item} here."
    items.remove(item)
    state["inventory"].append(item)
    state["score"] += 10 if item == "treasure" else 1
    if item == "treasure":
        state["over"] = True
    return f"Taken: {item}."


def drop(item):
    try:
        state["inventory"].remove(item)
    except ValueError:
        return f"You don't have {item}."
    ROOMS[state["room"]]["items"].append(item)
    return f"Dropped {item}."


def inventory():
    inv = state["inventory"]
    return "You carry: " + (", ".join(sorted(inv)) if inv else "nothing") + "."


COMMANDS = {"go": go, "take": take, "drop": drop, "inventory": inventory, "look": describe}
ALIASES = {"n": "go north", "s": "go south", "e": "go east", "w": "go west", "i": "inventory", "l": "look"}


def step(line):
    line = ALIASES.get(line.strip(), line.strip())
    verb, _, arg = line.partition(" ")
    handler = COMMANDS.get(verb)
    if handler is None:
        return f"I don't know how to {verb!r}."
    try:
        out = handler(arg) if arg else handler()
    except TypeError:
        return f"{verb} needs {'an object' if not arg else 'no object'}."
    state["moves"] += 1
    return out


script = """look
take lamp
e
go down
w
n
take key
take book
drop sword
drop book
i
dance
go
look at
s
e
go down
take treasure
""".splitlines()
for line in script:
    print(">", line)
    print(step(line))
    if state["over"]:
        print(f"*** You won in {state['moves']} moves with {state['score']} points! ***")
        break
else:
    print("script ended")
print({name: room["items"] for name, room in ROOMS.items()})
print(state)
