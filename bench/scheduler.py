# A Richards-like operating-system simulation: a priority scheduler runs task
# objects (an idle task that drives the system, two workers, two handlers and
# two devices) that exchange message packets; tasks block waiting for packets,
# are held and released. Prints counters of what happened.
import sys

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 150000

RUNNABLE = 0
WAITING = 1
HELD = 2

KIND_WORK = 0
KIND_DEVICE = 1


class Packet:
    def __init__(self, owner, kind):
        self.link = None
        self.owner = owner
        self.kind = kind
        self.count = 0
        self.data = [0, 0, 0, 0]


class Task:
    def __init__(self, sched, ident, priority):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.state = RUNNABLE
        self.inbox = None
        self.runs = 0

    def receive(self):
        p = self.inbox
        if p is not None:
            self.inbox = p.link
            p.link = None
        return p

    def deliver(self, packet):
        packet.link = None
        if self.inbox is None:
            self.inbox = packet
        else:
            q = self.inbox
            while q.link is not None:
                q = q.link
            q.link = packet
        if self.state == WAITING:
            self.state = RUNNABLE

    def ready(self):
        return self.state == RUNNABLE and (self.inbox is not None or self.needs_no_input())

    def needs_no_input(self):
        return False

    def step(self):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, sched, ident, rounds):
        Task.__init__(self, sched, ident, 0)
        self.left = rounds
        self.seed = 1

    def needs_no_input(self):
        return True

    def step(self):
        self.left -= 1
        if self.left == 0:
            self.sched.stop = True
            return
        self.seed = (self.seed * 69069 + 1) % 65536
        if self.seed % 2 == 0:
            self.sched.release(5)
        else:
            self.sched.release(6)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority, target):
        Task.__init__(self, sched, ident, priority)
        self.target = target
        self.letter = 0

    def step(self):
        p = self.receive()
        if p is None:
            self.state = WAITING
            return
        self.target = 3 if self.target == 4 else 4
        for i in range(4):
            self.letter = (self.letter + 1) % 26
            p.data[i] = self.letter
        p.count += 1
        self.sched.send(p, self.target)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, device):
        Task.__init__(self, sched, ident, priority)
        self.device = device
        self.pending = []
        self.handled = 0

    def step(self):
        p = self.receive()
        if p is None:
            self.state = WAITING
            return
        if p.kind == KIND_WORK:
            self.pending.append(p)
            d = Packet(self.ident, KIND_DEVICE)
            d.count = p.data[0] + p.data[3]
            self.sched.send(d, self.device)
        else:
            self.handled += p.count
            if self.pending:
                w = self.pending.pop(0)
                self.sched.send(w, 1 if w.count % 2 == 0 else 2)


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority)
        self.state = HELD
        self.done = 0

    def step(self):
        p = self.receive()
        if p is None:
            self.state = WAITING
            return
        self.done += 1
        p.count = p.count * 3 % 101
        self.state = HELD
        self.sched.send(p, p.owner)


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.stop = False
        self.switches = 0
        self.sends = 0
        self.releases = 0

    def add(self, task):
        self.tasks.append(task)
        self.tasks.sort(key=lambda t: -t.priority)

    def find(self, ident):
        for t in self.tasks:
            if t.ident == ident:
                return t
        return None

    def send(self, packet, ident):
        self.sends += 1
        self.find(ident).deliver(packet)

    def release(self, ident):
        t = self.find(ident)
        if t.state == HELD:
            self.releases += 1
            t.state = RUNNABLE

    def run(self):
        while not self.stop:
            ran = False
            for t in self.tasks:
                if t.ready():
                    self.switches += 1
                    t.runs += 1
                    t.step()
                    ran = True
                    break
            if not ran:
                break


def main():
    s = Scheduler()
    s.add(IdleTask(s, 0, ROUNDS))
    s.add(WorkerTask(s, 1, 100, 3))
    s.add(WorkerTask(s, 2, 90, 4))
    s.add(HandlerTask(s, 3, 200, 5))
    s.add(HandlerTask(s, 4, 210, 6))
    s.add(DeviceTask(s, 5, 300))
    s.add(DeviceTask(s, 6, 310))
    for k in range(6):
        p = Packet(0, KIND_WORK)
        p.data[0] = k
        s.send(p, 1 + k % 2)
    s.run()
    runs = [t.runs for t in sorted(s.tasks, key=lambda t: t.ident)]
    handled = sum(t.handled for t in s.tasks if isinstance(t, HandlerTask))
    print("switches", s.switches, "sends", s.sends, "releases", s.releases)
    print("runs", runs, "handled", handled)


main()
