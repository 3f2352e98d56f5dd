words = "alpha beta gamma"
print(words.index("beta"))
print(words.index("delta"))
