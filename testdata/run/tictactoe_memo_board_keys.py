import asyncio
import random
from typing import Literal, Optional

Mark = Literal["X", "O"]
Board = tuple[Optional[Mark], ...]
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(b: Board) -> Mark | None:
    for i, j, k in LINES:
        if b[i] is not None and b[i] == b[j] == b[k]:
            return b[i]
    return None


def other(m: Mark) -> Mark:
    return "O" if m == "X" else "X"


memo: dict[tuple[Board, Mark], int] = {}


def score(b: Board, turn: Mark) -> int:
    key = (b, turn)
    if key in memo:
        return memo[key]
    w = winner(b)
    if w is not None:
        result = 1 if w == "X" else -1
    elif all(c is not None for c in b):
        result = 0
    else:
        scores = [score(b[:i] + (turn,) + b[i + 1:], other(turn)) for i, c in enumerate(b) if c is None]
        result = max(scores) if turn == "X" else min(scores)
    memo[key] = result
    return result


def best_move(b: Board, turn: Mark, rng: random.Random) -> int:
    moves = [i for i, c in enumerate(b) if c is None]
    rated = [(score(b[:i] + (turn,) + b[i + 1:], other(turn)), i) for i in moves]
    target = max(s for s, _ in rated) if turn == "X" else min(s for s, _ in rated)
    return rng.choice([i for s, i in rated if s == target])


def show(b: Board) -> str:
    return "\n".join(" ".join(c or "." for c in b[r * 3:r * 3 + 3]) for r in range(3))


async def play(seed: int, blunder_at: int | None) -> str:
    rng = random.Random(seed)
    b: Board = (None,) * 9
    turn: Mark = "X"
    for ply in range(9):
        await asyncio.sleep(0)
        if ply == blunder_at:
            move = rng.choice([i for i, c in enumerate(b) if c is None])
        else:
            move = best_move(b, turn, rng)
        b = b[:move] + (turn,) + b[move + 1:]
        if (w := winner(b)) is not None:
            return f"game {seed}: {w} wins after {ply + 1} plies\n{show(b)}"
        turn = other(turn)
    return f"game {seed}: draw\n{show(b)}"


async def main() -> None:
    print("value of the empty board:", score((None,) * 9, "X"), "positions:", len(memo))
    games = await asyncio.gather(*(play(s, b) for s, b in [(1, None), (2, 1), (3, 0), (4, 2)]))
    for g in games:
        print(g)
    wins = sum(1 for g in games if "wins" in g)
    print(f"{wins}/{len(games)} decisive, memo {len(memo)}")


asyncio.run(main())
