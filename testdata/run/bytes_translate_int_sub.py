# bytes.maketrans/translate (with delete=), and find/count/index taking an
# int for a single byte, as in a small line-protocol cleaner.
import asyncio
from typing import Callable

ROT13 = bytes.maketrans(
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    b"NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm",
)


async def clean(frame: bytes) -> bytes:
    await asyncio.sleep(0)
    return frame.translate(None, b"\r\x00").translate(ROT13)


async def main() -> None:
    frames = [b"Hello\r\n", b"ab\x00c\r\n", b"Uryyb, Jbeyq!\n"]
    for f in await asyncio.gather(*map(clean, frames)):
        print(f, len(f))
    data = b"key=value; other=1; last"
    semi = ord(";")
    print(data.count(semi), data.find(semi), data.rfind(semi), data.index(61), data.rindex(ord("=")))
    print(data.find(semi, 10), data.count(b"="), data.find(ord("z")), data.translate(None, delete=b" ;"))
    ba = bytearray(b"a-b-c")
    print(ba.count(ord("-")), ba.find(ord("c")), ba.translate(bytes.maketrans(b"-", b"+")))
    print(len(ROT13), ROT13[65:70], b"abc".translate(ROT13, b"b"))
    checks: list[Callable[[], object]] = [
        lambda: data.count(300), lambda: data.translate(b"short"), lambda: bytes.maketrans(b"ab", b"c")]
    for bad in checks:
        try:
            print(bad())
        except ValueError as e:
            print("ValueError:", e)
    print(data.index(ord("#")))


asyncio.run(main())
