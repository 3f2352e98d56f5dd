import threading

results = [0] * 1000


def work(i):
    results[i] = i * i


threads = [threading.Thread(target=work, args=(i,)) for i in range(1000)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sum(results), results[999], threading.active_count())

# batches of threads that start threads themselves
total = []
tl = threading.Lock()


def parent(n):
    kids = [threading.Thread(target=lambda j=j: total.append(j)) for j in range(n)]
    for k in kids:
        k.start()
    for k in kids:
        k.join()


ps = [threading.Thread(target=parent, args=(50,)) for _ in range(10)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(len(total), sum(total))
