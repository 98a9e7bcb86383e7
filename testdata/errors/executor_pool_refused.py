# run_in_executor over a ThreadPoolExecutor: outside LANGUAGE.md (the default
# executor, None, only). Two positioned refusals, no follow-on errors
# (gather over the generator of refused calls said 'not %!s(<nil>)').
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def blocking(n: int) -> int:
    time.sleep(0.01)
    return n * n


async def main() -> None:
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, blocking, i) for i in range(4)))
    print(results)


asyncio.run(main())
