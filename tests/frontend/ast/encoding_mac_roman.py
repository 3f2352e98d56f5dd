# -*- coding: mac-roman -*-
# 0xc6 and 0xf0 are where glibc's table differs from Python's (encoding.c OVERRIDES).
s = "∆ is 0xc6,  is 0xf0, é è ü"
