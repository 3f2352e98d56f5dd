café = 1
def naïve(ß=2, *, ü=3):
    λ = lambda 变量: 变量 + ß
    return café + λ(ü)
print(naïve(), naïve(ß=10))
class Ошибка(Exception):
    pass
try:
    raise Ошибка("плохо")
except Ошибка as e:
    print(type(e).__name__, e)
print(naïve(ü="x"))
