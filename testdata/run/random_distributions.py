# random's continuous distributions (expovariate, gauss with its kept pair,
# normalvariate, triangular) drawing CPython's sequence.
import random

random.seed(7)
print([random.expovariate(2.0) for _ in range(3)])
print([random.gauss(10, 2) for _ in range(3)], random.gauss(), random.gauss(mu=5.0, sigma=0.5))
print(random.normalvariate(), random.normalvariate(100, 15), random.normalvariate(sigma=3))
print(random.triangular(), random.triangular(1, 5), random.triangular(0, 10, 8), random.triangular(2.0, 2.0, 2.0), random.triangular(low=1.0, high=3.0, mode=None))
rng = random.Random(99)
print([round(rng.expovariate(0.5), 6) for _ in range(4)], round(rng.gauss(0, 1), 6))
rng.seed(99)
print(round(rng.gauss(0, 1), 6), round(rng.gauss(0, 1), 6))
try:
    random.expovariate(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
samples = [random.gauss(50, 12) for _ in range(1000)]
mean = sum(samples) / len(samples)
print(f"mean {mean:.4f} min {min(samples):.4f} max {max(samples):.4f}")
arrivals = [random.expovariate(1 / 30) for _ in range(500)]
print(f"{sum(arrivals):.6f} {max(arrivals):.6f}")
