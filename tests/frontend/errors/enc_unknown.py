# coding: koi8.r
# An unknown codec name (check: msg; CPython says line 0): codecs.lookup
# tries '.' as '_' only among its aliases, and koi8_r is a codec, not an alias.
x = 1
