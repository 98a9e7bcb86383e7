# id() of an int: CPython's answer depends on its small-int cache, which
# aiogo does not keep; refused rather than answered differently.
count = 5
other = count
print(id(count) == id(other))
