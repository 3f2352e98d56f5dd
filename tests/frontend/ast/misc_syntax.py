x = 1; y = 2; z = 3
if x: y = 1; z = 2
# a comment
x = [  # comment in a list
    1,  # one
    2,
]
def f(): return 1
class C: pass
while 0: break
for i in x: continue
print("hello", end="")
a = b = c = d
x = not not a
x = - - a
x = a if b else (c if d else e)
x = (yield_ := 1)
x = [*a, *b]
f(**{'a': 1})
x = a[1:2, ::3, ...]
x = a[(1, 2)]
x = a[()]
x = (((a)))
