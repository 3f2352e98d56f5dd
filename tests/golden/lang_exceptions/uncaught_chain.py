def parse(text):
    return int(text)

def load(text):
    try:
        return parse(text)
    except ValueError:
        raise RuntimeError("could not load " + repr(text))

load("12")
load("abc")
