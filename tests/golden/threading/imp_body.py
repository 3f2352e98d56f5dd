# A module body that starts a thread importing other modules and waits for
# it: imports take a lock per module (as CPython's), so this finishes.
import threading

result = []


def work():
    import imp_leaf
    import json

    result.append(imp_leaf.VALUE + len(json.dumps([1])))


t = threading.Thread(target=work)
t.start()
t.join()
print("imp_body done", result)
