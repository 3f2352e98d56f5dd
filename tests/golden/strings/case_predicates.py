# case mapping and character class predicates.
for w in ["hello world", "HELLO", "hElLo wOrLd", "they're bill's", "123abc", "ǉ", "ß", "", "a1b2 c3", "ŉ"]:
    print(repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()))
for w in ["abc", "ABC", "Abc Def", "abc def", "Abc def", "123", "١٢٣", "½", "²", "abc123", "a b", "", " \t\n", "\u00a0", "é", "_", "Ǆ", "ǅ"]:
    print(repr(w), w.isdigit(), w.isalpha(), w.isspace(), w.isalnum(), w.isdecimal(), w.isnumeric(),
          w.islower(), w.isupper(), w.istitle(), w.isidentifier(), w.isprintable(), w.isascii())
print("\x1f".isprintable(), "\x7f".isprintable(), "a\u200bb".isprintable(), "for".isidentifier(), "1x".isidentifier(), "é1".isidentifier())
print("İ".lower(), len("İ".lower()), "ﬀ".upper(), "ΣΑΣ".lower(), "ÀÉÎ".lower(), "àéî".upper(), "Straße".casefold())
