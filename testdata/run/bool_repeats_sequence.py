# A bool repeats a str, bytes or list 0 or 1 times (bool is an int):
# the FizzBuzz idiom "Fizz" * (i % 3 == 0).
import asyncio


def fizzbuzz(i: int) -> str:
    return "Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0) or str(i)


async def main() -> None:
    print(" ".join(fizzbuzz(i) for i in range(1, 16)))
    verbose = False
    prefix = [">"] * verbose + ["item"]
    print(prefix, (len(prefix) > 1) * "long", b"-" * True, [0, 1] * (not verbose))


asyncio.run(main())
