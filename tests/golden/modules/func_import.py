# imports inside functions and try blocks: the module runs at the first import
def load():
    import mod_counter
    from mod_counter import incr
    incr(2)
    return mod_counter


print("before the call")
m = load()
print(m.count, load() is m, m.count)
try:
    from mod_counter import no_such_name
except ImportError as e:
    msg = str(e)
    print(msg[: msg.index(" (")], msg.endswith("mod_counter.py)"))
