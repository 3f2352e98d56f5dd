try:
    pass
except:
    pass

try:
    a()
except ValueError:
    b()
except (TypeError, KeyError) as e:
    c(e)
else:
    d()
finally:
    e()

try:
    pass
finally:
    pass

try:
    pass
except* ValueError:
    pass
except* (TypeError, KeyError) as eg:
    pass

with open(f) as fh:
    pass

with a, b as c, d() as (e, f):
    pass

with (open(x) as a, open(y) as b):
    pass

with lock:
    pass

with ctx() as obj.attr, ctx() as lst[0]:
    pass
