# limits: ulimit-v 400000
# Memory runs out little by little (16 MiB strings); the MemoryError is
# caught, memory is given back, and the program goes on.
chunks = []
try:
    while True:
        chunks.append('x' * (1 << 24))
except MemoryError:
    n = len(chunks)
    chunks = None
    print("MemoryError after", "many" if n > 5 else "few", "chunks")
print(len('y' * (1 << 24)))
chunks = []
while True:
    chunks.append('x' * (1 << 24) + str(len(chunks)))
