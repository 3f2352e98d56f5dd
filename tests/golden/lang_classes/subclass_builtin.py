# py2c cannot derive classes from some builtin types yet.
class Celsius(float):
    pass


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


class Kw(object, flag=True):
    pass
