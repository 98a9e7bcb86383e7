# Calls, attributes, subscripts and slices; soft keywords as names.
print(x, *args, sep="", end="\n", **kw)
obj.method(arg)[0].attr.call()()
a[1:2], a[::-1], a[1:2, 3], a[:], a[i:], a[:j], a[::], a[1:2:3], d[1, 2], d[(1, 2)], a[...]
(a)(b)[c].d
f(x for x in y)
f(a)(b)(c)
match = 1
match.x = case
type = _
print(match(x), match[x])
