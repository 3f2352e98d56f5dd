é = 1
名前 = "値"
x = "héllo" + y
δ, ε = ε, δ
def fünction(ärg):
    return ärg.ü
"日本" + f"{名前}ü{é!r}"
class Ωmega:
    π = 3.14
