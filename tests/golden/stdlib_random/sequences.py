# Seeded draws must be exactly CPython's (Mersenne Twister, random.py's algorithms).
import random

random.seed(42)
print(random.random(), random.random())
print(random.getrandbits(1), random.getrandbits(5), random.getrandbits(32), random.getrandbits(33),
      random.getrandbits(64), random.getrandbits(100), random.getrandbits(0), random.getrandbits(257))
print([random.randrange(10) for _ in range(20)])
print([random.randint(1, 6) for _ in range(20)])
print(random.randrange(0, 100, 7), random.randrange(100, 0, -3), random.randrange(-50, 50, 9),
      random.randrange(10**30), random.randrange(-(10**25), 10**25, 3), random.randrange(5, 6),
      random.randint(-(2**70), 2**70), random.randrange(1, 2**64), random.randrange(start=3, stop=9, step=2))

# long sequences, summed and hashed in integers so any divergence shows
random.seed(12345)
total = 0.0
for i in range(2000):
    total += random.random()
print(total, random.random())
acc = 0
for i in range(1000):
    acc = (acc * 31 + random.randrange(1, 10**6)) % (2**61 - 1)
    acc ^= random.getrandbits(48)
print(acc)
acc = 0
for n in [1, 2, 3, 7, 100, 1000, 2**31, 2**32 + 1, 2**53, 10**18, 2**64 - 1, 2**64, 10**30]:
    for i in range(50):
        acc = (acc * 1000003 + random.randrange(n)) % (2**89 - 1)
print(acc)

random.seed(0)
x = list(range(30))
random.shuffle(x)
print(x)
y = ["a", "b", "c", "d", "e"]
random.shuffle(y)
print(y)
print(random.choice("abcdef"), random.choice([1, 2, 3]), random.choice((None, True)), random.choice(range(10, 100)))
print(random.sample(range(100), 10))
print(random.sample(range(10**6), 10))
print(random.sample(range(30), 6), random.sample(range(200), 7), random.sample(range(40), 30))
print(random.sample(["a", "b", "c"], 3), random.sample("xyz", 0), random.sample((1, 2, 3, 4), k=2))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.sample(range(10**9), 20))
print(random.choices("abc", k=10))
print(random.choices("abc"))
print(random.choices(range(5), [1, 5, 10, 0, 3], k=8))
print(random.choices("abc", weights=[0.5, 0.25, 0.25], k=8))
print(random.choices("abc", cum_weights=[1, 2, 10], k=6))
print(random.choices([10, 20], [1, 1], k=0))
r = random.randbytes(9)
print(r, len(random.randbytes(0)), random.randbytes(3))
