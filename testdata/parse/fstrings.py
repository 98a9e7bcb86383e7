# f-strings: fields, conversions, format specs with nested fields,
# brace escapes, self-documenting fields, nested quotes, concatenation.
x = f"{a}"
x = f"{a!r} {b!s} {c!a}"
x = f"{pi:.2f}|{pi:8.3f}|{n:>{w}}|{v:{w}.{p}f}"
x = f"{{literal}} {{{a}}}"
x = f"{n=}" f"{n = }" f"{pi=:.1f}" f"{s=!r}"
x = f"{'nested'}" f'{"double"}' f"{ {'k': 1} }" f"{d['key']}"
x = f"plain " "and " f"{mixed}" " parts"
x = f"{a + b * 2}" f"{(1, 2)}" f"{x, y}" f"{a if b else c}"
x = rf"\d{a}\n" Fr'{b}'
x = f"""{
    a +
    b
}"""
x = f"{f'{inner}'}"
x = f"{x:%H:%M}" f"{x:{'>'}10}" f""
