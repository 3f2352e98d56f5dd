if __debug__:
    print(__debug__)
x.y.__debug__
