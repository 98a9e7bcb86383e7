for s in ['ab\u4e2d\u4e2dx\u4e2d', '\xe9\xe9', 'a\xe9b', 'x\U0001F600']:
    for enc in ['ascii', 'latin-1']:
        try:
            print(s.encode(enc))
        except UnicodeEncodeError as e:
            print(repr(e), '|', e, '|', e.args)
for b in [b'\xff\xfe', b'\x80abc', b'\xed\xa0\x80', b'\xf0\x9f\x98', b'\xf0\x9f\x98\x80\xff', b'\xe4\xb8', b'a\xe4\xb8z', b'\xc3(', b'\xe0\x80']:
    for enc in ['utf-8', 'ascii']:
        try:
            print(b.decode(enc))
        except UnicodeDecodeError as e:
            print(repr(e), '|', e)
        except UnicodeError as e:
            print("generic", e)
