"""A seeded discrete-event simulation of a small bank: random arrivals and
service times, a heap of events, statistics with collections and itertools."""
import heapq
import itertools
import math
import random
from collections import Counter, deque, namedtuple

Event = namedtuple("Event", "time kind customer")
random.seed(2024)


class Customer:
    ids = itertools.count(1)

    def __init__(self, arrival):
        self.id = next(Customer.ids)
        self.arrival = arrival
        self.kind = random.choice(["deposit", "withdraw", "loan", "deposit"])
        self.service = random.expovariate(1 / 4.0) + (6 if self.kind == "loan" else 1)

    def __repr__(self):
        return f"C{self.id}"


class Bank:
    def __init__(self, tellers):
        self.free = tellers
        self.queue = deque()
        self.events = []
        self.waits = []
        self.log = []
        self.seq = itertools.count()

    def schedule(self, time, kind, customer):
        heapq.heappush(self.events, (time, next(self.seq), Event(time, kind, customer)))

    def run(self, until):
        t = 0.0
        while t < until:
            t += random.expovariate(1 / 3.0)
            self.schedule(t, "arrive", Customer(t))
        while self.events:
            _, _, ev = heapq.heappop(self.events)
            getattr(self, "on_" + ev.kind)(ev)

    def on_arrive(self, ev):
        self.queue.append(ev.customer)
        self.log.append((round(ev.time, 3), "arrive", ev.customer))
        self.start_service(ev.time)

    def on_leave(self, ev):
        self.free += 1
        self.log.append((round(ev.time, 3), "leave", ev.customer))
        self.start_service(ev.time)

    def start_service(self, now):
        while self.free and self.queue:
            c = self.queue.popleft()
            self.free -= 1
            self.waits.append(now - c.arrival)
            self.schedule(now + c.service, "leave", c)


bank = Bank(tellers=2)
bank.run(until=60)
print(len(bank.log), bank.log[:4])
print("mean wait %.4f" % (sum(bank.waits) / len(bank.waits)))
print("max wait", round(max(bank.waits), 6))
print("stdev", round(math.sqrt(sum((w - sum(bank.waits) / len(bank.waits)) ** 2 for w in bank.waits) / len(bank.waits)), 6))
kinds = Counter(c.kind for _, what, c in bank.log if what == "arrive")
print(kinds.most_common(), sum(kinds.values()))
buckets = {k: len(list(g)) for k, g in itertools.groupby(sorted(int(w // 5) * 5 for w in bank.waits))}
print(buckets)
print(list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)))
sample = random.sample(range(100), 5)
print(sample, random.randint(1, 6), random.random(), random.uniform(1, 2), round(random.gauss(0, 1), 12))
deck = list(itertools.product("A23", "sh"))
random.shuffle(deck)
print(deck, random.choices("abc", weights=[5, 1, 1], k=6))
print(Event(1.5, "x", None), Event._fields, bank.events == [])
