# NewType names (UserId = NewType("UserId", int)) in a session service: the
# type checker keeps them apart, at run time UserId(x) is x.
import asyncio
from typing import NewType

UserId = NewType("UserId", int)
Token = NewType("Token", str)
Score = NewType("Score", float)


class Sessions:
    def __init__(self) -> None:
        self.by_token: dict[Token, UserId] = {}
        self.next_id = 100

    async def login(self, name: str) -> tuple[UserId, Token]:
        await asyncio.sleep(0)
        self.next_id += 1
        uid = UserId(self.next_id)
        tok = Token(f"{name[:3]}-{uid:05d}")
        self.by_token[tok] = uid
        return uid, tok

    def whois(self, tok: Token) -> UserId | None:
        return self.by_token.get(tok)


def bump(s: Score) -> Score:
    return Score(s * 1.5)


async def main() -> None:
    s = Sessions()
    pairs = await asyncio.gather(s.login("alice"), s.login("bob"))
    for uid, tok in pairs:
        print(uid, tok, s.whois(tok), uid + 1, tok.upper())
    print(s.whois(Token("nope")), bump(Score(2.0)), [UserId(3), UserId(4)], isinstance(UserId(5), int))


asyncio.run(main())
