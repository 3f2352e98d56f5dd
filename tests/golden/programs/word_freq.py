# Word-frequency report over an embedded text.
TEXT = """
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair, we had
everything before us, we had nothing before us, we were all going direct to
Heaven, we were all going direct the other way -- in short, the period was so
far like the present period, that some of its noisiest authorities insisted on
its being received, for good or for evil, in the superlative degree of
comparison only.
"""

STOP = {"the", "of", "it", "was", "we", "to", "in", "for", "or", "on", "so", "that", "its"}


def tokenize(text):
    words = []
    for raw in text.split():
        word = raw.strip(".,;:-!?\"'").lower()
        if word and word.isalpha():
            words.append(word)
    return words


def count(words):
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    return freq


def top(freq, n, skip=frozenset()):
    items = [(w, c) for w, c in freq.items() if w not in skip]
    items.sort(key=lambda wc: (-wc[1], wc[0]))
    return items[:n]


def histogram(pairs, width=30):
    biggest = max(c for _, c in pairs)
    lines = []
    for word, c in pairs:
        bar = "#" * round(c / biggest * width)
        lines.append(f"{word:<12}|{c:>4} {bar}")
    return "\n".join(lines)


words = tokenize(TEXT)
freq = count(words)
print(f"{len(words)} words, {len(freq)} distinct")
print("=" * 40)
print(histogram(top(freq, 10)))
print("=" * 40)
print(histogram(top(freq, 8, STOP), 20))
lengths = {}
for w in freq:
    lengths.setdefault(len(w), []).append(w)
for k in sorted(lengths):
    group = sorted(lengths[k])
    shown = ", ".join(group[:4]) + (", ..." if len(group) > 4 else "")
    print(f"{k:2d} letters: {len(group):3d}  [{shown}]")
longest = max(freq, key=len)
print("longest word:", repr(longest), "appears", freq[longest], "time" + ("s" if freq[longest] != 1 else ""))
letters = {}
for w in words:
    for ch in w:
        letters[ch] = letters.get(ch, 0) + 1
total = sum(letters.values())
common = sorted(letters.items(), key=lambda kv: kv[1], reverse=True)[:5]
for ch, c in common:
    print(f"{ch!r}: {c:3} {c / total:6.2%}")
print("vowels:", sum(letters.get(v, 0) for v in "aeiou"), "of", total)
print("title:", " ".join(w.capitalize() for w in words[:6]))
print("centered:", f"[{'report':^20}]", f"[{'x':*>5}]", "{:-^11}".format("end"))
print(sorted(set(words) & STOP))
print(words.count("was"), words.index("age"), "season" in words)
