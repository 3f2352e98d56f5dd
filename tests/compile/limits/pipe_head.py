# limits: head
# `prog | head -1`: once head has gone, print() fails with BrokenPipeError
# (not a silent death by SIGPIPE); uncaught, it is a traceback and status 1.
for i in range(100000):
    print(i)
