# check: line+msg
x = "\NAME"
