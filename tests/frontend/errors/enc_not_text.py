# coding: Rot-13
# A bytes-to-bytes codec (check: msg; CPython says line 0).
x = 1
