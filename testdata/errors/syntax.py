import asyncio

async def main() -> None:
    x = = 1
