# Operator precedence and associativity.
x = a or b and not c
x = not a == b
x = a < b <= c != d in e not in f is g is not h
x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
x = a - b - c
x = 2 ** 3 ** 4
x = -2 ** 2
x = 2 ** -1
x = -a * b
x = ~a + +b
x = await a ** 2
x = -await a
x = (a + b) * c
x = a if b else c if d else e
x = lambda: 0
x = lambda a, b=1, *c, d, **e: a + b
x = (y := f(x))
x = a and b and c or d or e
