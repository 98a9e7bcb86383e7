"""A chunked upload handler that releases its buffers with del as soon as
they are flushed, drops finished sessions from its tables, and reports
placeholders that are still None. Reading a deleted name raises
UnboundLocalError, as CPython does."""
import asyncio


class Uploader:
    def __init__(self) -> None:
        self.sessions: dict[str, list[bytes]] = {}
        self.finished: list[str] = []
        self.log: list[str] = []

    async def receive(self, sid: str, chunks: list[bytes]) -> int:
        buffer = join_and_clear(chunks)
        size = len(buffer)
        self.sessions.setdefault(sid, []).append(buffer)
        await asyncio.sleep(0.001)
        del buffer  # flushed: release it before waiting for the next chunk
        self.log.append(f"{sid}: +{size}")
        return size

    async def finish(self, sid: str, keep_last: bool) -> str:
        parts = self.sessions[sid]
        total = sum(len(p) for p in parts)
        last = parts[-1]
        del self.sessions[sid]
        if not keep_last:
            del last
        await asyncio.sleep(0)
        try:
            tail = last[-2:].decode()
        except UnboundLocalError as e:
            tail = f"<{type(e).__name__}>"
        self.finished.append(sid)
        return f"{sid}: {total} bytes, tail {tail}"


def join_and_clear(chunks: list[bytes]) -> bytes:
    joined = b"".join(chunks)
    del chunks[:]  # the caller's list is emptied as well
    return joined


async def retry_step(attempts: int) -> str:
    last_error = None
    warning = None
    for n in range(attempts):
        status = "ok" if n == attempts - 1 else "busy"
        if status == "busy":
            del status
            continue
        return f"attempt {n + 1}: {status} (last error {last_error}, warning {warning})"
    return f"gave up (last error {last_error})"


async def main() -> None:
    up = Uploader()
    pending = {"u1": [[b"he", b"llo"], [b" world"]], "u2": [[b"abc"], [b"def"], [b"gh"]]}
    for sid, batches in pending.items():
        for chunks in batches:
            n = await up.receive(sid, chunks)
            print(sid, "received", n, "left in chunks:", chunks)
    print(await up.finish("u1", keep_last=True))
    print(await up.finish("u2", keep_last=False))
    print("open sessions:", up.sessions, "finished:", up.finished)
    print(up.log)
    queue = [3, 1, 4, 1, 5, 9, 2, 6]
    del queue[1], queue[2:4]
    del queue[-1]
    print(queue)
    print(await retry_step(3))
    print(await retry_step(1))
    counter = 10
    del counter
    try:
        del counter
    except NameError as e:
        print(type(e).__name__, e)
    counter = 0
    print(counter)


asyncio.run(main())
