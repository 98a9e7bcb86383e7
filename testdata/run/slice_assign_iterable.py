import asyncio


def push_front(stack: list[str], items: list[str]) -> int:
    stack[:0] = reversed(items)
    return len(stack)


async def main() -> None:
    q: list[str] = ["x"]
    print(push_front(q, ["a", "b", "c"]), q)
    nums = [0, 1, 2, 3, 4, 5]
    nums[1:3] = (10, 20, 30)
    print(nums)
    nums[::2] = (n * n for n in range(4))
    print(nums)
    letters = ["?"] * 4
    letters[1:3] = "xy"
    print(letters)
    nums[:] = sorted({5, 3, 9})
    print(nums)
    seen = {"k": 1}
    keys = ["z"]
    keys[len(keys):] = seen
    print(keys)
    try:
        nums[::2] = iter([1])
    except ValueError as e:
        print("ValueError:", e)
    await asyncio.sleep(0)


asyncio.run(main())
