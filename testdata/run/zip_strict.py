# zip(..., strict=True) raises ValueError on a length mismatch, lazily, with CPython's messages
print(list(zip([1, 2], [3], strict=True)) if False else "x")
try:
    for p in zip([1, 2], [3], strict=True):
        print(p)
except ValueError as e:
    print(e)
try:
    print(sum(a * b for a, b in zip([1, 2], [3], strict=True)))
except ValueError as e:
    print(e)
try:
    print(list(zip([1], [3, 4], "ab", strict=True)))
except ValueError as e:
    print(e)
