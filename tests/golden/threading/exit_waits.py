# py2c-test: reference-cycles (a daemon thread is abandoned at exit, so nothing is released)
import threading

go = threading.Event()


def late():
    go.wait()
    print("non-daemon thread finishes after main")


def forever():
    threading.Event().wait()


threading.Thread(target=forever, daemon=True).start()
threading.Thread(target=late).start()
threading.Timer(0.05, go.set).start()
print("main body done")
raise SystemExit(4)
