# Small ordinary programs: primes, word counts, matrices, bank accounts.
def primes_upto(n):
    sieve = [True] * (n + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            for j in range(i * i, n + 1, i):
                sieve[j] = False
    return [i for i, is_p in enumerate(sieve) if is_p]

print(primes_upto(50))

TEXT = """the cat sat on the mat
the dog ate the cat"""

def word_counts(text):
    counts = {}
    for line in text.splitlines():
        for word in line.split():
            counts[word] = counts.get(word, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

for word, n in word_counts(TEXT)[:3]:
    print(f"{word:<5}{n:>3}")

def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

print(matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))

class InsufficientFunds(Exception):
    pass

def make_account(balance=0):
    history = []
    def deposit(amount):
        nonlocal balance
        if amount <= 0:
            raise ValueError("deposit must be positive")
        balance += amount
        history.append(("deposit", amount))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise InsufficientFunds(f"cannot withdraw {amount}, balance is {balance}")
        balance -= amount
        history.append(("withdraw", amount))
        return balance
    return deposit, withdraw, history

deposit, withdraw, history = make_account(10)
deposit(5)
for amount in (3, 100, -1):
    try:
        if amount < 0:
            deposit(amount)
        else:
            withdraw(amount)
    except InsufficientFunds as e:
        print("refused:", e)
    except ValueError as e:
        print("invalid:", e)
print(history)

def fizzbuzz(n):
    out = []
    for i in range(1, n + 1):
        s = ""
        if i % 3 == 0:
            s += "Fizz"
        if i % 5 == 0:
            s += "Buzz"
        out.append(s or str(i))
    return " ".join(out)

print(fizzbuzz(15))

def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

print(max(range(1, 30), key=collatz), collatz(27))
def flatten(items):
    result = []
    for item in items:
        if isinstance(item, list):
            result.extend(flatten(item))
        else:
            result.append(item)
    return result
print(flatten([1, [2, [3, [4]], 5]]))
print(2 ** 64 - 1, (2 ** 64) % 1000007, -(10 ** 30) // 7)
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(1071, 462), [gcd(x, 12) for x in range(1, 7)])
