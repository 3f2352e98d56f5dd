# \N{NAME} escapes: names, case-insensitivity, aliases, algorithmic names.
a = "\N{EM DASH}", "\N{em dash}", "\N{Latin Small Letter A With Acute}"
b = "x\N{SPACE}y\N{LATIN CAPITAL LETTER A}\N{DIGIT ZERO}"
c = "\N{SNOWMAN}\N{GREEK SMALL LETTER ALPHA}\N{FACE WITH TEARS OF JOY}"
d = "\N{MATHEMATICAL BOLD CAPITAL A}\N{CANCEL TAG}"
# aliases (NameAliases.txt): controls, abbreviations, corrections, figments
e = "\N{NUL}\N{NULL}\N{LF}\N{LINE FEED}\N{BOM}\N{ZWJ}\N{nbsp}\N{DEL}"
f = "\N{LATIN CAPITAL LETTER GHA}\N{LATIN CAPITAL LETTER OI}\N{BYTE ORDER MARK}"
g = "\N{PADDING CHARACTER}\N{VS256}\N{SINGLE SHIFT TWO}"
# algorithmic names: case-sensitive in CPython for these two
h = "\N{HANGUL SYLLABLE GA}\N{HANGUL SYLLABLE HIH}\N{HANGUL SYLLABLE A}\N{HANGUL SYLLABLE GAGG}"
i = "\N{HANGUL SYLLABLE YEOLB}\N{HANGUL SYLLABLE SSWAENG}"
j = "\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-9FFF}\N{CJK UNIFIED IDEOGRAPH-04E00}"
k = "\N{CJK UNIFIED IDEOGRAPH-3400}\N{CJK UNIFIED IDEOGRAPH-2A6DF}\N{CJK UNIFIED IDEOGRAPH-3134A}"
# runs stored as ranges, but compared case-insensitively like any name
l = "\N{CJK COMPATIBILITY IDEOGRAPH-F900}\N{cjk compatibility ideograph-fa6d}\N{CJK COMPATIBILITY IDEOGRAPH-2FA1D}"
m = "\N{KHITAN SMALL SCRIPT CHARACTER-18B00}\N{Nushu Character-1B170}\N{NUSHU CHARACTER-1B2FB}"
n = "\N{TANGUT COMPONENT-001}\N{CJK RADICAL REPEAT}\N{KANGXI RADICAL ONE}"
# in f-strings' literal parts, format specs and concatenations
o = f"\N{BULLET} {a} \N{EM DASH} {b!r:>10} \N{HORIZONTAL ELLIPSIS}"
p = f"""\N{LEFT CURLY BRACKET}{a}\N{RIGHT CURLY BRACKET}""" "\N{EM DASH}" f"{{\N{BULLET}}}"
q = "\N{EURO SIGN}" "\N{POUND SIGN}", u"\N{YEN SIGN}"
# not an escape in bytes or raw strings
r = b"\N{EM DASH}", rb"\N{EM DASH}", r"\N{EM DASH}"
r2 = b"\N{", b"}"
s = "\\N{EM DASH}", "\\\N{EM DASH}"
t = '''
\N{EM DASH}
\N{Combining Acute Accent}'''
