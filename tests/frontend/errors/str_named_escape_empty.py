# check: line+msg
x = "\N{}"
