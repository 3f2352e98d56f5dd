# Imports and threads: a module body waiting for a thread that imports
# (imp_body), and the first import of one module from several threads at
# once (imp_slow: one run of its body, a complete module for everyone).
import threading

import imp_body

print("main sees", imp_body.result)

seen = []
lock = threading.Lock()


def importer():
    import imp_slow

    with lock:
        seen.append(imp_slow.DONE)


ts = [threading.Thread(target=importer) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(seen)
