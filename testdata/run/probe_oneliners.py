xs = [5, 3, 8]
print(*range(3), sep=",")
print(*xs)
print(sum(1 for x in xs if x > 4))
print(list(enumerate("ab", start=1)))
print(sorted(xs, reverse=True)[0], xs.copy() == xs, xs is not xs.copy())
print(xs + [9])
s = "x"
s += "y" * 2
print(s, s.count("y"), s.find("z"), "".join(sorted(s, reverse=True)))
n = 7
print(n % 3 == 1 and "one" or "other", f"{n:b}", bin(n), hex(n * 40))
