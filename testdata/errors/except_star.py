import asyncio


async def work() -> int:
    for i in range(3):
        try:
            await asyncio.sleep(0)
        except* ValueError:
            continue
        except* KeyError:
            return i
    try:
        pass
    except* ExceptionGroup:
        pass
    try:
        pass
    except* (TypeError, BaseExceptionGroup):
        pass
    try:
        pass
    except* OSError:
        for j in range(2):
            if j:
                break
    return 0


g: ExceptionGroup[int] = ExceptionGroup("x", [ValueError()])
asyncio.run(work())
