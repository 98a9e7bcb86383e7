# match statements: the subject and the case clauses (pattern, as, guard, body).
match command.split():
    case [action]:
        pass
    case [action, obj] if obj:
        print(obj)
    case Point(x=0) | {"k": v}:
        pass
    case _:
        pass
match x, y:
    case (1, 2): pass
after = 1
