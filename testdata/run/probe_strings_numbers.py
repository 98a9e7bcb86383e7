import asyncio


def fmt_table(rows: list[tuple[str, int, float]]) -> str:
    lines = [f"{'name':<6}|{'n':>4}|{'avg':>7}"]
    lines.append("-" * len(lines[0]))
    for name, n, avg in rows:
        lines.append(f"{name:<6}|{n:>4}|{avg:>7.2f}")
    return "\n".join(lines)


async def main() -> None:
    data = {"ann": [3, 5, 8], "bob": [10], "cy": [1, 2]}
    rows = [(k, len(v), sum(v) / len(v)) for k, v in data.items()]
    print(fmt_table(rows))
    s = "The Quick Brown Fox"
    print(s.lower().split(), s.title(), s.isupper(), s[4:9].upper(), s.index("Q"), s.endswith("Fox"))
    print("a1b2".isalnum(), "123".isdigit(), "  ".isspace(), "abc".startswith(("x", "a")))
    b = "héllo".encode("utf-8")
    print(b, len(b), b.decode("utf-8"), b[1], list(b[:2]))
    print(str(3.0), str(1e100), 1e-10, 123456789012.0, 0.1 * 3, round(1.005, 2), round(-1.5))
    print(float("nan") == float("nan"), 1 / 3 * 3 == 1.0, int(2.9999), -(-7 // 2))
    nums = list(range(1, 11))
    print(nums[::3], nums[-3:], nums[2:-2:2], nums[::-2][:3])
    print(sorted([(2, "b"), (1, "z"), (2, "a")]), max([(1, 2), (1, 3)]), min("zebra"))


asyncio.run(main())
