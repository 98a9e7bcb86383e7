def handlers() -> None:
    gs = []
    for j in (3, 10):
        def plain(k: int = j) -> int:
            return k * 2
        gs.append(plain)
    print([g() for g in gs])


handlers()
