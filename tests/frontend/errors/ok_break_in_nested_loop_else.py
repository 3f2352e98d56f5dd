for x in y:
    for z in x:
        pass
    else:
        break
