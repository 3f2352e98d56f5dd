"abc"
'abc'
""
''
"""tri
ple"""
'''a'b"c'''
"a'b"
'a"b'
u"unicode"
U"upper"
r"raw\n\d"
R'raw\''
Rb"x"
"a" 'b' """c"""
"a" "" 'b'
"" ""
u"x" "y"
"x" u"y"
"implicit" \
    "continuation"
("multi"
 "line"
 'concat')
"\n\t\\\'\"\a\b\f\v\r"
"\0\1\12\123\777\1234"
"\x41\x7f\xff\u00e9\u20ac\U0001F600\U00000041"
"\ud800 lone \udfff"
"\ud83d\ude00"
"a\
b"
"""line1\
line2
line3"""
"\d \w \. \{ \%"
"héllo ☃ 日本 😀"
"nul\0inside"
x = "tab\there"
