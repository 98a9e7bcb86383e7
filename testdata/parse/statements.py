# Simple statements.
import asyncio
import a.b.c as d, e
from typing import Any
from . import sibling
from ..pkg import (one, two as deux,)
from ...deep.mod import *
a = b = 1
a, b = b, a + b
(c, d), e = f()
first, *rest = items
x: int
y: dict[str, list[int]] = {}
self.z: float = 2
i += 1; i -= 1; i *= 2; i /= 2; i //= 2; i %= 2; i **= 2
i <<= 1; i >>= 1; i &= 1; i |= 1; i ^= 1; m @= n
del d[k], obj.attr
pass
assert x, "message"
assert y
raise
raise ValueError("bad")
raise RuntimeError("wrapped") from err
global g1, g2
x = yield
