def primes(n: int) -> list[int]:
    sieve = [True] * (n + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            for j in range(i * i, n + 1, i):
                sieve[j] = False
    return [i for i, p in enumerate(sieve) if p]


TOTAL = 0
for p in primes(50):
    TOTAL += p
print(primes(30), TOTAL)
words = "a bb ccc bb a".split()
seen: set[str] = set()
uniq: list[str] = []
for w in words:
    if w not in seen:
        seen.add(w)
        uniq.append(w)
print(uniq, len(seen))
