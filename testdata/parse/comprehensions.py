# Comprehensions and generator expressions.
a = [x for x in y]
b = [x * y for x in range(3) if x for y in range(x) if y > 1 if y < 5]
c = {k: v for k, v in d.items()}
d = {s for s in t}
e = (g for g in h)
f = sum(x for x in y)
g = [(x, y) for x, y in z]
h = [[c for c in row] for row in grid]
i = [x async for x in aiter() if await x]
j = [*a, *b]
k = {**m, 'x': 1}
l = [x for x, in pairs]
