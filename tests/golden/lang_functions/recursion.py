# Recursion, mutual recursion, and RecursionError when it goes too deep.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print(fact(10), fact(20))
print([fib(i) for i in range(15)])
print(is_even(100), is_odd(7))

def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)

def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n

print(depth(0) > 900)
