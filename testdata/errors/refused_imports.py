# A refused import is reported once, where it is: the names it would have
# defined, and classes derived from them, are not reported again where
# they are used.
import asyncio
import subprocess as sp
from pathlib import Path
from socketserver import BaseRequestHandler


class Handler(BaseRequestHandler):
    def handle(self) -> None:
        print(self.request)


class Quiet(Handler):
    pass


async def main() -> None:
    await asyncio.sleep(0)
    out = sp.run(["ls"])
    p = Path("/tmp") / "x"
    h = Quiet(1, 2, 3)
    h.verbose = True
    print(out, p, h.server, cuont)


asyncio.run(main())
