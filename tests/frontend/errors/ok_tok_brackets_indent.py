x = [
1,
        2,
  3]
if x:
    y = (1 +
         2)
class C: pass
s = '''a
  b
'''
t = 'x\
  y'
u = 1 + \
    2
