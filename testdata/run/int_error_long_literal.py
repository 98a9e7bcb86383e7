"""Parsing counters from a line-oriented feed: a corrupted field holds a long
run of text, and int()'s ValueError shows the argument's repr cut to 200
characters (CPython's %.200R), while float()'s shows it whole."""
import asyncio


async def parse(fields: list[str]) -> None:
    for f in fields:
        await asyncio.sleep(0)
        try:
            print("int:", int(f))
        except ValueError as e:
            print(len(str(e)), str(e)[-12:])
        try:
            print("hex:", int(f, 16))
        except ValueError as e:
            print(len(str(e)), str(e)[-12:])
        try:
            print("float:", float(f))
        except ValueError as e:
            print(len(str(e)), str(e)[-12:])


async def main() -> None:
    await parse(["42", "x" * 198, "x" * 199, "y" * 500, "ü" * 300 + "!", "ab'c" * 80])


asyncio.run(main())
