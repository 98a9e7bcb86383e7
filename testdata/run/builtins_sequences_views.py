# Tuples as values (slicing, concatenation, repetition, ordering), bytes
# construction and int <-> bytes, dict views as sets, pow and int ** -n,
# written the way a binary framing protocol and a report would use them.
import asyncio

Header = tuple[int, int, str]


def encode_frame(kind: int, seq: int, payload: bytes) -> bytes:
    head = kind.to_bytes(1, "big") + seq.to_bytes(2, "little") + len(payload).to_bytes(2, "big")
    return head + payload


def decode_frame(frame: bytes) -> tuple[int, int, bytes]:
    kind = int.from_bytes(frame[:1], "big")
    seq = int.from_bytes(frame[1:3], "little")
    n = int.from_bytes(frame[3:5], byteorder="big")
    return kind, seq, frame[5 : 5 + n]


def checksum(data: bytes) -> int:
    total = 0
    for b in data:
        total = (total * 31 + b) % 65521
    return total


async def produce(q: asyncio.Queue[bytes]) -> None:
    for i, text in enumerate(["ping", "data", "bye"]):
        await q.put(encode_frame(i + 1, 100 + i, text.encode()))
        await asyncio.sleep(0)


async def main() -> None:
    q: asyncio.Queue[bytes] = asyncio.Queue()
    await produce(q)
    while not q.empty():
        frame = q.get_nowait()
        kind, seq, body = decode_frame(frame)
        print(frame.hex(), kind, seq, body, checksum(body), bytes(body) == body)

    raw = bytes.fromhex("de ad be ef")
    print(raw, list(raw), bytes([0, 127, 255]), bytes(2) + b"!", bytes(), bytes("hé", "utf-8"))
    print(int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes(b"\x01\x00", "little"), (-2).to_bytes(2, "big", signed=True))
    print(255 in raw, 0xAD in raw, 7 in raw, bytes(range(65, 70)))

    h: Header = (1, 2, "x")
    first_two = h[:2]
    tail = h[1:]
    both = first_two + tail
    print(first_two, tail, both, h[::2], h[-1:], h[5:], h[::-1], len(both))
    nums = (3, 1, 2)
    grown = nums + (9, 8)
    print(grown, grown[1:4], nums * 2, 2 * (0,), nums * 0, () + nums)
    i = 1
    print(nums[i:], grown[: i + 2], grown[::-2])
    rows: list[tuple[int, ...]] = [nums, grown, (5,), ()]
    print(sorted(rows), max(rows), (1, 2) < (1, 2, 0), (3,) >= (2, 9), () < (0,))
    ext: tuple[int, ...] = nums
    ext = ext + (4,)
    print(ext, ext[1:], ext * 2, len(ext))

    stock = {"apple": 3, "pear": 0, "fig": 7}
    wanted = {"fig": 1, "kiwi": 2, "apple": 5}
    print(sorted(stock.keys() & wanted.keys()), sorted(wanted.keys() - stock.keys()))
    print(sorted(stock.keys() | wanted.keys()), sorted(stock.keys() ^ wanted.keys()))
    print(sorted(stock.keys() - {"pear"}), sorted({"fig", "plum"} & stock.keys()))
    print(sorted(stock.items() & {("fig", 7), ("apple", 1)}), sorted(stock.items() - wanted.items()))
    print("fig" in stock.keys(), 7 in stock.values(), ("pear", 0) in stock.items())

    print(2 ** -2, 10 ** -3, (-2) ** -1, 2 ** 62, pow(2, 10), pow(2, -1), pow(2.0, 3))
    print(pow(3, 200, 7), pow(-3, 3, 5), pow(3, 3, -5), pow(3, -1, 7), pow(5, 0, 1))
    print((0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (3.0).as_integer_ratio())
    s1 = {1, 2, 3}
    s1.symmetric_difference_update({3, 4})
    s2 = s1.symmetric_difference({1, 9})
    s1.intersection_update({1, 2, 4, 8})
    s1.difference_update({8})
    print(sorted(s1), sorted(s2), s1.isdisjoint({7}), s1.isdisjoint({1}))
    try:
        pow(2, 5, 0)
    except ValueError as e:
        print("ValueError:", e)
    try:
        pow(2, -1, 4)
    except ValueError as e:
        print("ValueError:", e)
    try:
        bytes([1, 256])
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(300 in raw)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
