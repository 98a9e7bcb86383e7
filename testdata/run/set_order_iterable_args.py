# Sets of ints print in CPython's hash-table order, which depends on how
# each set was built: s | s and s & s are copies of s; set methods read a
# list, a range or a dict argument element by element (a set argument is
# merged table to table); set(s) merges, set(d) sizes the table for d's keys
# first; symmetric_difference starts from a set made of its argument.
def main() -> None:
    s: set[int] = set([-13, -89, -49, 81, -99, 5, -86, -4, 25, -65, -94, -40])
    print(s | s)
    print(s & s)
    print(s.union(s), s.intersection(s))
    t = set(s)
    t &= t
    print(t)
    u: set[int] = set([-8, 3, 3, -8, -3, -8])
    u.update(range(149, 160))
    print(u)
    u.update([7, 8, 1000, -1000])
    print(u)
    print(u.union(range(-40, -20)))
    print(u.intersection([158, 3, 157, -8, 150, 999]))
    print(u.difference([150, 151, 152]))
    print(u.symmetric_difference(range(0, 12)))
    w = {k: k * 2 for k in range(-30, 30, 3)}
    print(set(w))
    print(u.union(w))
    v = set(u)
    v.symmetric_difference_update(w)
    print(v)
    v.difference_update([-3, 7, 8])
    v.intersection_update(range(-100, 155))
    print(v)
    print(frozenset(v) | frozenset(s), frozenset(v) & u)
    # pop() resumes where the last pop stopped; clear() and &= keep that.
    p: set[int] = set(range(20))
    for _ in range(9):
        p.pop()
    p ^= p
    p.update(range(4))
    print(p.pop(), p)
    q: set[int] = set([46, 42, -13, -30, 41, 5, 50, -41, -25, 36, -34, -4, -33, 49, 2])
    print(q.pop())
    q &= set(range(-50, 50, 2))
    print(q.pop(), q)


main()
