import asyncio
from typing import Sequence

Matrix = list[list[float]]
Vector = list[float]


def identity(n: int) -> Matrix:
    return [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]


def matmul(a: Matrix, b: Matrix) -> Matrix:
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    cols = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in cols] for row in a]


def transpose(m: Matrix) -> Matrix:
    return [list(r) for r in zip(*m)]


def dot(u: Sequence[float], v: Sequence[float]) -> float:
    return sum(a * b for a, b in zip(u, v, strict=True))


def solve(a: Matrix, b: Vector) -> Vector:
    n = len(a)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        if abs(m[pivot][col]) < 1e-12:
            raise ZeroDivisionError("singular matrix")
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col])]
    return [m[i][n] / m[i][i] for i in range(n)]


def fmt(m: Matrix) -> str:
    return "\n".join("  ".join(f"{x:8.3f}" for x in row) for row in m)


async def power(m: Matrix, k: int) -> Matrix:
    result = identity(len(m))
    base = m
    while k:
        if k & 1:
            result = matmul(result, base)
        base = matmul(base, base)
        k >>= 1
        await asyncio.sleep(0)
    return result


async def main() -> None:
    a = [[2.0, 1.0, -1.0], [-3.0, -1.0, 2.0], [-2.0, 1.0, 2.0]]
    b = [8.0, -11.0, -3.0]
    x = solve(a, b)
    print([round(v, 6) for v in x])
    print(fmt(matmul(a, transpose(a))))
    fib = await power([[1.0, 1.0], [1.0, 0.0]], 30)
    print(int(fib[0][1]), fib[0][0] / fib[0][1])
    print(dot([1, 2, 3], [4.5, 5, 6]), dot((1.5,), (2.0,)))
    try:
        dot([1, 2], [3])
    except ValueError as e:
        print("ValueError:", e)
    try:
        matmul(a, [[1.0]])
    except ValueError as e:
        print("ValueError:", e)
    try:
        solve([[1.0, 2.0], [2.0, 4.0]], [1.0, 2.0])
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    print(max(max(r) for r in a), min(min(r) for r in a), sum(sum(r) for r in a))
    print(divmod(17, 5), divmod(-17.5, 5), pow(3, 4, 7), 2 ** -2, round(2.675, 2), round(-0.5), abs(-3) ** 0.5)


asyncio.run(main())
