# Unbounded recursion through direct calls fails at CPython's depth with
# CPython's RecursionError; the uncaught one shows the collapsed traceback.
import sys


def down(n):
    return down(n + 1)


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1)


print("depth", depth(0))
sys.setrecursionlimit(200)
print("depth at 200", depth(0))
try:
    ping(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)
print("start")
down(0)
