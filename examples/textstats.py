"""Word statistics for wordfreq.py: a module of the program, compiled into
the same C file (py2c -MD lists it as a dependency of wordfreq.c)."""
from collections import Counter


def words(text):
    return [w.strip(".,;:!?\"'()").lower() for w in text.split()]


def top(text, n):
    counts = Counter(w for w in words(text) if w)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
