x = 1
    y = 2  # check: line+msg
