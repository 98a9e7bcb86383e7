import asyncio


def frame(cmd: str, args: list[bytes]) -> bytes:
    out = b"*%d\r\n" % (len(args) + 1)
    out += b"$%d\r\n%s\r\n" % (len(cmd), cmd.encode())
    for a in args:
        out += b"$%d\r\n%b\r\n" % (len(a), a)
    return out


async def main() -> None:
    print(frame("SET", [b"k", b"hello"]))
    print(b"%05d|%-6s|%6s|%x|%X|%#o|%.2f|%e" % (42, b"ab", b"cd", 255, 255, 8, 3.14159, 12345.678))
    print(b"%r %a %c%c %%" % ("caf\u00e9", b"\xff", 65, b"z"))
    print(b"%.3s|%-4b|" % (b"abcdef", bytearray(b"xy")))
    print(b"len=%d" % 7, b"%s" % b"solo")
    print(b"%(host)s:%(port)d" % {b"host": b"localhost", b"port": 6379})
    hdr = b"HTTP/1.1 %d %s\r\n"
    hdr %= (404, b"Not Found")
    print(hdr)
    line = "%-5s=%3d"
    line %= ("port", 80)
    print(line)
    for bad in ["text", 3.5]:
        try:
            print(b"%s" % bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        print(b"%c" % 300)
    except OverflowError as e:
        print("OverflowError:", e)
    await asyncio.sleep(0)


asyncio.run(main())
