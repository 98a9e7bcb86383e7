package parser

import (
	"fmt"
	"testing"
)

func TestQuick(t *testing.T) {
	src := `import asyncio
x = 1 + 2 * 3
async def main() -> None:
    print(f"{x:>{w}} {y!r} {z=}")
    a, b = b, a + b
asyncio.run(main())
`
	m, err := ParseFile("x.py", []byte(src))
	fmt.Print(Dump(m), err, "\n")
}
