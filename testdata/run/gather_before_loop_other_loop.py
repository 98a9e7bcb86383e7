# A gather built at module level, before any loop runs, belongs to the loop
# get_event_loop() makes, not to a loop from new_event_loop() that was never
# set as current: CPython's run_until_complete raises ValueError (it hung).
import asyncio


async def tick(label: str) -> str:
    await asyncio.sleep(0)
    return label


loop = asyncio.new_event_loop()
print(loop.run_until_complete(tick("a")))
shared = asyncio.new_event_loop()
asyncio.set_event_loop(shared)
print(shared.run_until_complete(asyncio.gather(tick("b"), tick("c"))))
print(loop.run_until_complete(asyncio.gather(tick("d"), tick("e"))))
