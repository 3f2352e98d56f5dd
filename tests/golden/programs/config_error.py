# Config loader whose final failure escapes as a chained traceback.
class ConfigError(Exception):
    pass


RAW = """
port = 8080
host = example.org
debug = yes
timeout = 2.5
retries = three
"""


def parse_value(key, text):
    if text in ("yes", "no"):
        return text == "yes"
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        if key in ("retries", "port"):
            raise
        return text


def load(raw):
    config = {}
    for n, line in enumerate(raw.strip().splitlines(), 1):
        key, sep, value = line.partition("=")
        if not sep:
            raise ConfigError(f"line {n}: missing '='")
        key = key.strip()
        try:
            config[key] = parse_value(key, value.strip())
        except ValueError as e:
            raise ConfigError(f"line {n}: bad value for {key!r}") from e
    return config


def check(config):
    try:
        return config["port"] / config["workers"]
    except KeyError:
        config["workers"] = 0
        return config["port"] / config["workers"]


good = load(RAW.replace("three", "3"))
print(good)
for k, v in good.items():
    print(f"{k:>8} = {v!r:<15} {type(v).__name__}")
try:
    load("a = 1\nbroken line\n")
except ConfigError as e:
    print("caught:", e, "| cause:", repr(e.__cause__), "| context:", e.__context__)
try:
    check(dict(good))
except ZeroDivisionError as e:
    print("caught:", repr(e), "| context:", repr(e.__context__), e.__suppress_context__)
try:
    load(RAW)
except ConfigError as e:
    print("caught:", e, "| cause:", type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
print("now failing for real")
config = load(RAW)
print("unreachable", config)
