try:
    pass
except* ValueError:
    for x in y:
        break
