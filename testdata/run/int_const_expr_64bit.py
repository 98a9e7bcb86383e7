"""Limits written the way Python code writes them: 2**63 - 1 and -(2**63)
are 64-bit ints even though 2**63 alone is not; constant expressions are
computed exactly, as CPython does."""

INT64_MAX = 2**63 - 1
INT64_MIN = -(2**63)
UINT32_MAX = (1 << 32) - 1
MOD = 10**9 + 7


def clamp(v: int) -> int:
    return max(INT64_MIN, min(INT64_MAX, v))


def main() -> None:
    print(INT64_MAX, INT64_MIN, UINT32_MAX, MOD)
    print(clamp(5), clamp(INT64_MAX), -2**63 == INT64_MIN, 2**64 // 4, -7 // 2, 7 % -3, ~0 & 0xFF)
    acc = 1
    for i in range(1, 30):
        acc = acc * (i + 2**31) % MOD
    print(acc)


main()
