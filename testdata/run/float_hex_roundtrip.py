"""Storing measurements losslessly as hexadecimal float strings (float.hex)
and reading them back with float.fromhex, including CPython's errors."""


def save(values: list[float]) -> list[str]:
    return [v.hex() for v in values]


def main() -> None:
    values = [1.5, -0.1, 0.0, -0.0, 1e308, 5e-324, 2.2250738585072014e-308, 3.141592653589793, 255.0, float("inf")]
    encoded = save(values)
    print(encoded)
    print([float.fromhex(s) == v for s, v in zip(encoded, values)])
    for text in ["0x1.8p1", " -0X.8P-1 ", "0x1p-1074", "0x1p-1075", "0x1.00000000000008p0", "0x1.00000000000018p0",
                 "ff", "1p4", "-Infinity", "nan", "0x1.fffffffffffff8p1023", "0x1p1024", "0x", "1.2.3", "0x1p", "0x1_0"]:
        try:
            print(repr(text), repr(float.fromhex(text)))
        except (ValueError, OverflowError) as err:
            print(repr(text), type(err).__name__, err)


main()
