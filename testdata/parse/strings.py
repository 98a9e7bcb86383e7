# String literal forms, prefixes, escapes and concatenation.
a = 'single' "double"
b = '''triple
single''' """triple
double"""
c = r'\n raw' R"\d", rb'\x00' Br"\w", b'bytes' B"\x41\101"
d = u'unicode', U"U"
e = "esc: \n \t \\ \' \" \x41 \u00e9 \U0001F600 \101 \0 \777 \q \
continued"
f = "implicit" ' concatenation' \
    " across lines"
g = ''
h = """"quoted" inside"""
i = 'it\'s'
