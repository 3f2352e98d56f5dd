# Identifiers are NFKC-normalized (PEP 3131), as CPython does.
ｗｉｄｔｈ = 1
import ｍａｔｈ.ｐａｔｈ as ﬁ
print(ｗｉｄｔｈ)
class Ａ:
    def ℌ(self, ｘ=1): return self.ｙ
