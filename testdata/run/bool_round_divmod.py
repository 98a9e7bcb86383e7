def main() -> None:
    ok = 3 > 2
    print(round(True), round(ok, 1), round(False, -1), divmod(ok, 2), divmod(7, ok), divmod(ok, 0.5), divmod(2.5, ok))
    try:
        print(divmod(1, not ok))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


main()
