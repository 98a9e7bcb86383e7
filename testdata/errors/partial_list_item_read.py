# mypy --strict rejects this program ("Need type annotation for out"): the
# element type of out is decided only by the append after the item reads.
# aiogo reported nothing and crashed in the generator (interface conversion:
# check.Type is nil); it now refuses the reads with a positioned error.
import asyncio


def merge_runs(pids: list[str]) -> list[tuple[str, int, int]]:
    t, out = 0, []
    for pid in pids:
        if out and out[-1][0] == pid and out[-1][2] == t:
            out[-1] = (pid, out[-1][1], t + 1)
        else:
            out.append((pid, t, t + 1))
        t += 1
    return out


async def main() -> None:
    print(merge_runs(["a", "a", "b"]))


asyncio.run(main())
