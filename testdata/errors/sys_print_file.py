# aiogo: extensions
import asyncio
import sys


async def main() -> None:
    log = "app.log"
    print("starting", file=log)
    print("ok", file=sys.stderr)
    sys.stdout.write(42)


asyncio.run(main())
