# %-formatting of ints with a precision pads the digits with zeros to
# that many ('%.3d' % 7 is '007'), then applies the 0x/0o prefix, the
# sign and the width, as CPython does.
from dataclasses import dataclass


@dataclass
class Packet:
    seq: int
    addr: int
    delta: int


def dump(packets: list[Packet]) -> list[str]:
    rows = []
    for p in packets:
        rows.append("#%.4d addr=%#.6x mode=%.3o delta=%+.2d|%-8.3X|%08.3d" % (p.seq, p.addr, p.addr & 0o777, p.delta, p.addr, p.delta))
    return rows


def main() -> None:
    packets = [Packet(7, 0xBEEF, -3), Packet(1234, 0x1, 12), Packet(0, 0, 0)]
    for row in dump(packets):
        print(row)
    print("%5.0d|%.0d|%.1x|%#.2o" % (0, 5, 10, 8))


main()
