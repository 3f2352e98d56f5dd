"""A text-adventure state machine: enum states, rooms as classes, a command
generator fed with send(), context managers, decorators registering commands."""
from enum import Enum, auto
import sys


class State(Enum):
    EXPLORING = auto()
    FIGHTING = auto()
    WON = auto()
    DEAD = auto()


COMMANDS = {}


def command(*names):
    def register(fn):
        for name in names:
            COMMANDS[name] = fn
        return fn
    return register


class Room:
    def __init__(self, name, description, exits=None, item=None, monster=None):
        self.name = name
        self.description = description
        self.exits = exits or {}
        self.item = item
        self.monster = monster

    def __str__(self):
        extra = f" You see a {self.item}." if self.item else ""
        return f"[{self.name}] {self.description}{extra}"


class Game:
    def __init__(self, rooms, start):
        self.rooms = rooms
        self.room = rooms[start]
        self.state = State.EXPLORING
        self.inventory = []
        self.hp = 3
        self.turns = 0

    def __enter__(self):
        print("-- game start --")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"-- game over: {self.state.name} after {self.turns} turns --")
        if exc_type is KeyboardInterrupt:
            print("interrupted")
            return True
        return False

    def say(self, text):
        print(f"  {text}")


@command("look", "l")
def look(game, arg):
    game.say(str(game.room))


@command("go", "walk")
def go(game, arg):
    if game.state is State.FIGHTING:
        game.say("You cannot flee!")
        return
    target = game.room.exits.get(arg)
    if target is None:
        game.say(f"No exit {arg!r}.")
        return
    game.room = game.rooms[target]
    look(game, "")
    if game.room.monster:
        game.state = State.FIGHTING
        game.say(f"A {game.room.monster} attacks!")


@command("take")
def take(game, arg):
    if game.room.item == arg:
        game.inventory.append(arg)
        game.room.item = None
        game.say(f"Taken: {arg}.")
    else:
        game.say("Nothing like that here.")


@command("fight")
def fight(game, arg):
    if game.state is not State.FIGHTING:
        game.say("Nothing to fight.")
    elif "sword" in game.inventory:
        game.say(f"You slay the {game.room.monster}.")
        game.room.monster = None
        game.state = State.WON
    else:
        game.hp -= 2
        game.say(f"You are hurt (hp={game.hp}).")
        if game.hp <= 0:
            game.state = State.DEAD


def driver(game):
    """Receives commands through send() and yields the state after each."""
    line = yield game.state
    while True:
        verb, _, arg = line.partition(" ")
        handler = COMMANDS.get(verb)
        game.turns += 1
        if handler is None:
            game.say(f"Unknown command {verb!r}.")
        else:
            handler(game, arg)
        if game.state in (State.WON, State.DEAD):
            return game.state
        line = yield game.state


rooms = {
    "hall": Room("Hall", "A dusty hall.", {"north": "armory", "east": "lair"}),
    "armory": Room("Armory", "Racks of old weapons.", {"south": "hall"}, item="sword"),
    "lair": Room("Lair", "It smells.", {"west": "hall"}, monster="troll"),
}
script = ["look", "dance", "go west", "go north", "take sword", "take shield", "go south", "go east", "go west", "fight"]
with Game(rooms, "hall") as game:
    gen = driver(game)
    print(next(gen))
    try:
        for line in script:
            print(">", line)
            state = gen.send(line)
    except StopIteration as stop:
        print("finished with", stop.value, stop.value.value)
print(State.WON, repr(State.DEAD), State["FIGHTING"], State(1), len(State), [s.name for s in State])
print(sorted(COMMANDS), look.__name__, driver.__doc__.split()[0])

with Game(rooms, "lair") as g2:
    g2.state = State.FIGHTING
    gen = driver(g2)
    next(gen)
    gen.send("fight")
    raise KeyboardInterrupt
print("after interrupt", g2.hp, g2.state, file=sys.stdout)
