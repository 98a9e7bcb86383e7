from dataclasses import dataclass


@dataclass
class Metric:
    name: str
    value: float
    weight: float = 1.0


def normalize(v: float, lo: float = 0.0, hi: float = 1.0) -> float:
    if v < lo:
        return lo
    if v > hi:
        return hi
    return v


def as_score(ok: bool) -> float:
    return ok


def weighted(ms: list[Metric]) -> float:
    total: float = 0
    for m in ms:
        total += m.value * m.weight
    return total


def main() -> None:
    flags = {"cache": True, "tls": False}
    metrics = [Metric("latency", 0.25), Metric("cache", flags["cache"], 2.0), Metric("tls", flags["tls"])]
    for m in metrics:
        print(m, m.value, normalize(m.value), m.value + 1, m.value * 0.5)
    print(weighted(metrics))
    print(as_score(True), as_score(False) + 1, [as_score(k == "tls") for k in flags])
    best: float = False
    for m in metrics:
        if m.value > best:
            best = m.value
    print("best", best)
    scores: list[float] = []
    for k, v in flags.items():
        scores.append(v)
        scores.append(len(k))
    scores.append(0.5)
    print(scores, sum(scores), max(scores), sorted(scores))
    print(normalize(True), normalize(False, -1.0), normalize(3))
    limit: float = 2.5
    limit = flags["tls"]
    print(limit, f"{limit}", f"{limit:.2f}", str(limit), limit == 0)


main()
