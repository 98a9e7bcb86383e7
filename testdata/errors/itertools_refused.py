# aiogo: extensions
from itertools import accumulate, chain, count, product


def main() -> None:
    print(list(product("a", "b", "c", "d")))
    print(list(chain([1], ["a"])))
    print(list(accumulate([[1], [2]])))
    print(list(count(0.5)))
    print(list(product("ab", "cd", repeat=2)))


main()
