# Real-valued distributions, with gauss's cached second value.
import random

random.seed(2024)
print(random.uniform(1, 5), random.uniform(2.5, -1), random.uniform(3, 3))
print(random.triangular(), random.triangular(0, 10), random.triangular(0, 10, 3), random.triangular(5, 5, 5),
      random.triangular(2, 2, 1), random.triangular(high=4, low=1, mode=1))
print(random.gauss(), random.gauss(), random.gauss(0, 1), random.gauss(5, 2), random.gauss(mu=1, sigma=0.5))
random.seed(2024)
g = random.gauss()
random.seed(2024)
print(g == random.gauss(), random.gauss())
print(random.normalvariate(), random.normalvariate(1, 2), random.normalvariate(mu=-3, sigma=0.1))
print(random.expovariate(1.5), random.expovariate(0.01), random.expovariate(-2))
print(random.lognormvariate(0, 1), random.lognormvariate(1.5, 0.25))
print(random.vonmisesvariate(1, 2), random.vonmisesvariate(0, 0), random.vonmisesvariate(-4, 50))
print(random.gammavariate(2.5, 1), random.gammavariate(0.5, 1), random.gammavariate(1.0, 3.0), random.gammavariate(50, 0.5))
print(random.betavariate(2, 3), random.betavariate(0.5, 0.5), random.paretovariate(2), random.weibullvariate(1, 2))
total = 0.0
for i in range(500):
    total += random.gauss(0, 1) + random.normalvariate(0, 1) + random.expovariate(1) + random.gammavariate(3, 2)
print(total)
