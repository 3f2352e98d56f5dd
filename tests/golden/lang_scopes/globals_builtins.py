# Module globals, builtins, and a module that rebinds a builtin name.
def use_len(x):
    return len(x)

print(use_len("abc"))
len = lambda x: 42
print(use_len("abc"))
del len
print(use_len("abc"))

def read_global():
    return message

message = "hello"
print(read_global())

def local_unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y = 1
    return y

print(local_unbound())

try:
    print(undefined_name)
except NameError as e:
    print(e)

x = 1
del x
try:
    x
except NameError as e:
    print(e)
print(__name__)
