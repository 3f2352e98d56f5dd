# Queue simulation driven by a hand-written linear congruential generator.
SEED = 20240607
M = 2 ** 31 - 1
A = 48271
state = SEED


def rand():
    global state
    state = (A * state) % M
    return state / M


def randint(lo, hi):
    return lo + int(rand() * (hi - lo + 1))


def choice(seq):
    return seq[randint(0, len(seq) - 1)]


def shuffle(seq):
    for i in range(len(seq) - 1, 0, -1):
        j = randint(0, i)
        seq[i], seq[j] = seq[j], seq[i]


def make_counter():
    count = 0

    def tick(n=1):
        nonlocal count
        count += n
        return count

    return tick


def simulate(minutes, servers, arrival_p):
    queue = []
    busy = [0] * servers
    waits = []
    served = make_counter()
    max_q = 0
    for minute in range(minutes):
        if rand() < arrival_p:
            queue.append(minute)
        for s in range(servers):
            if busy[s] > 0:
                busy[s] -= 1
            if busy[s] == 0 and queue:
                arrived = queue.pop(0)
                waits.append(minute - arrived)
                busy[s] = randint(2, 6)
                served()
        max_q = max(max_q, len(queue))
    return served(0), waits, max_q, len(queue)


print([randint(1, 6) for _ in range(20)])
print([round(rand(), 4) for _ in range(5)])
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
shuffle(deck)
print(deck[:13])
hands = [sorted(deck[i * 5:(i + 1) * 5]) for i in range(4)]
for h in hands:
    print(" ".join(h), "pairs:", sum(1 for i in range(5) for j in range(i + 1, 5) if h[i][0] == h[j][0]))
for servers in (1, 2, 3):
    state = SEED
    n, waits, max_q, left = simulate(480, servers, 0.45)
    avg = sum(waits) / len(waits) if waits else 0.0
    print(f"servers={servers}: served {n:3d}, avg wait {avg:6.2f} min, max wait {max(waits):3d}, "
          f"max queue {max_q:3d}, left {left}")
rolls = {}
for _ in range(6000):
    total = randint(1, 6) + randint(1, 6)
    rolls[total] = rolls.get(total, 0) + 1
for total in sorted(rolls):
    print(f"{total:2d} {rolls[total]:4d} {'*' * (rolls[total] // 40)}")
walk = [0]
for _ in range(1000):
    walk.append(walk[-1] + choice((-1, 1)))
print("walk: end", walk[-1], "min", min(walk), "max", max(walk), "zero crossings", sum(1 for a, b in zip(walk, walk[1:]) if a == 0 and b != 0))
inside = 0
N = 20000
for _ in range(N):
    x, y = rand(), rand()
    if x * x + y * y <= 1.0:
        inside += 1
print("pi ~", 4 * inside / N, f"{4 * inside / N:.3f}")
c = make_counter()
c(); c(); c(5)
print("counter:", c(0), state)
