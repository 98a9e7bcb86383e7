xs = [1, 2, 3]
try:
    print(xs[5])
except IndexError as e:
    print("err", e)
print([x * 2 for x in xs], {k: 1 for k in "ab"})
for i, x in enumerate(xs):
    print(i, x)
