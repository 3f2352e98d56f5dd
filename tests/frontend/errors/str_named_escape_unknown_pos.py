# check: line+msg
x = "abc\N{LATIN SMALL LETTER A}\N{DASH}"
