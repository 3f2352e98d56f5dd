# check: line+msg
# A named sequence is no character name for \N.
x = "\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}"
