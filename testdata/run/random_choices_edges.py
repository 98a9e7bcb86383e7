import random

random.seed(11)
print(random.choices(["a", "b", "c"], k=5))
print(random.choices(["a", "b", "c"], [5, 1, 1], k=6))
print(random.choices("xyz", weights=[0.5, 0.25, 0.25], k=4))
print(random.choices((1, 2, 3), cum_weights=[1, 1, 10], k=5))
print(random.choices([10, 20]))
rng = random.Random(3)
print(rng.choices(["up", "down"], weights=[9, 1], k=8), rng.choices([1.5, 2.5], k=2))
print(random.choices([1, 2], weights=None, k=0), random.choices([7], k=-1))
for bad_w in ([1.0], [0.0, 0.0], [1.0, float("inf")]):
    try:
        random.choices([1, 2], weights=bad_w, k=1)
    except ValueError as e:
        print("ValueError:", e)
nothing: tuple[int, ...] = ()
try:
    random.choices(nothing, k=2)
except IndexError as e:
    print("IndexError:", e)
try:
    empty: list[str] = []
    no_weights: list[int] = []
    random.choices(empty, weights=no_weights, k=1)
except IndexError as e:
    print("IndexError:", e)
