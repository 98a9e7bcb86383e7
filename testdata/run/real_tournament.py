"""Seeded single-elimination tournament with async matches."""
import asyncio
import random
from dataclasses import dataclass, field


@dataclass
class Player:
    name: str
    rating: int
    wins: int = 0
    history: list[str] = field(default_factory=list)

    def __repr__(self) -> str:
        return f"Player({self.name!r}, {self.rating})"


@dataclass
class Match:
    round_no: int
    a: Player
    b: Player

    async def play(self, rng: random.Random) -> Player:
        await asyncio.sleep(0.01 * self.round_no)
        expected = 1 / (1 + 10 ** ((self.b.rating - self.a.rating) / 400))
        roll = rng.random()
        winner, loser = (self.a, self.b) if roll < expected else (self.b, self.a)
        winner.wins += 1
        winner.history.append(f"beat {loser.name}")
        loser.history.append(f"lost to {winner.name}")
        delta = round(32 * (1 - expected)) if winner is self.a else round(32 * expected)
        winner.rating += delta
        loser.rating -= delta
        return winner


def pairings(players: list[Player]) -> list[tuple[Player, Player]]:
    ranked = sorted(players, key=lambda p: p.rating, reverse=True)
    half = len(ranked) // 2
    return list(zip(ranked[:half], reversed(ranked[half:])))


async def tournament(players: list[Player], seed: int) -> Player:
    rng = random.Random(seed)
    round_no = 1
    alive = players[:]
    while len(alive) > 1:
        matches = [Match(round_no, a, b) for a, b in pairings(alive)]
        print(f"round {round_no}: " + ", ".join(f"{m.a.name} v {m.b.name}" for m in matches))
        alive = list(await asyncio.gather(*(m.play(rng) for m in matches)))
        round_no += 1
    return alive[0]


async def main() -> None:
    random.seed(11)
    names = ["ada", "bea", "cy", "dov", "eli", "fay", "gus", "hal"]
    players = [Player(n, 1400 + random.randint(0, 400)) for n in names]
    print(players)
    champion = await tournament(players, seed=3)
    print("champion:", champion.name, champion.rating)
    table = sorted(players, key=lambda p: (-p.wins, p.name))
    for p in table:
        print(f"{p.name:<4}{p.wins:>2} {p.rating:>5}  {'; '.join(p.history)}")
    best = max(players, key=lambda p: p.rating)
    worst = min(players, key=lambda p: p.rating)
    print(f"spread {best.rating - worst.rating} ({best.name}/{worst.name})")
    shuffled = players[:]
    random.shuffle(shuffled)
    print([p.name for p in shuffled], random.choice(names), random.sample(names, 3))


asyncio.run(main())
