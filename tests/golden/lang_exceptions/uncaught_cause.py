class ConfigError(Exception):
    pass

def read(config, key):
    try:
        return config[key]
    except KeyError as e:
        raise ConfigError("missing key: " + key) from e

print(read({"a": 1}, "a"))
read({}, "b")
