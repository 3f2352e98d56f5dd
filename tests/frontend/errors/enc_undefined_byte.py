# coding: cp1252
# Byte 0x81 is undefined in cp1252 (check: msg; CPython says line 0, and
# counts the position after turning CR LF into LF).
x = 'café'
y = ''
