def deco(cls):
    return cls


@deco
class Config:
    name = "cfg"
    size = len(name) / 0
