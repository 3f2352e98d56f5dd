# str/dict heavy: generate text deterministically, split it, count words.
SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "an", "el"]


def make_text(n):
    words = []
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        k = 1 + x % 3
        w = ""
        y = x
        for _ in range(k):
            w += SYLLABLES[y % 10]
            y //= 10
        words.append(w)
    return " ".join(words)


def main():
    text = make_text(800000)
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print("distinct", len(counts), "top", top)
    print("checksum", sum(len(w) * c for w, c in counts.items()))


main()
