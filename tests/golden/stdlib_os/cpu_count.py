import os
n = os.cpu_count()
print(type(n).__name__, n >= 1)
try:
    os.cpu_count(1)
except TypeError as e:
    print(e)
