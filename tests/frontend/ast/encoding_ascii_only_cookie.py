# -*- coding: shift_jis -*-
# A codec py2c does not decode (shift_jis) is fine while the file is ASCII:
# ASCII bytes read as ASCII in it.
x = "ascii only ~"
