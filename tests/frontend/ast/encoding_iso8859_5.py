# vim:fileencoding=iso-8859-5
# Cyrillic, ISO 8859-5.
Слово = "Щука ёж №"
print(Слово[1:], {Слово: len(Слово)})
