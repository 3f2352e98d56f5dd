"""The most frequent words of a text (a program of two modules)."""
import sys

import textstats

TEXT = """Beautiful is better than ugly. Explicit is better than implicit.
Simple is better than complex. Complex is better than complicated.
Flat is better than nested. Sparse is better than dense."""

n = int(sys.argv[1]) if len(sys.argv) > 1 else 5
for word, count in textstats.top(TEXT, n):
    print(f"{word:>10} {count}")
print(len(textstats.words(TEXT)), "words")
