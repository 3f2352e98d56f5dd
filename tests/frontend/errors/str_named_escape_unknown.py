# check: line+msg
x = "\N{NO SUCH CHARACTER NAME}"
