# One literal of each supported type, printed with str().
print(0, 1, -1, -140737488355328, --3, 42, 1_000_000, 0x7f, 0o17, 0b101, 140737488355327)
print(0.0, 1.0, -2.5, 3.14, 1e10, 1.5e-7, 0.000123)
print("text", 'single', "", "tab\there", "quote\"s", 'it\'s')
print("naïve café", "日本語", "\u00e9\u03b1\U0001F600", "\x41\101")
print(True, False, None)
print("""triple
quoted""")
print("adjacent " "literals")
print()
