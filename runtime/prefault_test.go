//go:build linux

package runtime

import (
	"testing"
	"unsafe"
)

// TestPrefaultWindow hands out the boxes of an 8 MiB slab and checks that
// the huge pages asked for stay within prefaultWindow of the last box
// handed out, that every huge page after the first is asked for once, and
// that the memory still reads as zeros (MADV_POPULATE_WRITE changes
// nothing it holds).
func TestPrefaultWindow(t *testing.T) {
	const size = 8 << 20
	buf := make([]byte, size)
	p := uintptr(unsafe.Pointer(&buf[0]))
	a := newAhead(p, size)
	first, end := a.next, a.end
	if first != (p+hugePage)&^(hugePage-1) || end != (p+size)&^(hugePage-1) {
		t.Fatalf("newAhead: next %#x end %#x for [%#x, %#x)", first, end, p, p+size)
	}
	asked := 0
	for off := uintptr(0); off < size; off += 256 {
		b := p + off
		if b < a.at {
			continue
		}
		before := a.next
		a.prefault(b)
		asked += int((a.next - before) / hugePage)
		if a.next > b+prefaultWindow+hugePage {
			t.Fatalf("box at +%d: pages asked up to +%d (window %d)", off, a.next-p, prefaultWindow+hugePage)
		}
	}
	if want := int((end - first) / hugePage); asked != want || a.next != end {
		t.Errorf("%d huge pages asked, want %d (next %#x, end %#x)", asked, want, a.next, end)
	}
	for i, c := range buf {
		if c != 0 {
			t.Fatalf("byte %d is %d after prefaulting", i, c)
		}
	}
	if small := newAhead(p, hugePage/2); small.at != ^uintptr(0) {
		t.Errorf("a slab smaller than a huge page is prefaulted")
	}
}
