# check: line+msg
# Hangul and CJK unified names are case-sensitive in CPython 3.11.
x = "\N{hangul syllable ga}"
