# check: line+msg
x = "é\N{EM DASH"
