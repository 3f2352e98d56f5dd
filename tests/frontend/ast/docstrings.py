"""Module docstring."""


def f():
    """Function docstring
    spanning lines."""
    return 1


class C:
    '''Class docstring.'''

    def m(self):
        r"""Raw docstring \d."""
