# throw() before the first next(): raised at the generator's start (the def line).
def gen():
    yield 1

gen().throw(KeyError("early"))
