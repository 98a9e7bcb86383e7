//go:build linux

package runtime

import (
	"syscall"
	"testing"
)

// TestWriterQueue checks the writer's queue: first in, first out across
// the compaction push does when the array is full, and take skips a
// transport released after it was queued.
func TestWriterQueue(t *testing.T) {
	tests := []struct {
		name    string
		ops     string // p: push the next transport, t: take one
		release int    // index of a transport released before the takes (-1: none)
		want    []int  // the transports taken, -1 for a skipped entry
	}{
		{"fifo", "pppttt", -1, []int{0, 1, 2}},
		{"interleaved", "ptpptpt", -1, []int{0, 1, 2}},
		{"compaction", "pppptppppptttttttt", -1, []int{0, 1, 2, 3, 4, 5, 6, 7, 8}},
		{"released", "pppttt", 1, []int{0, -1, 2}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := &sockWriter{queue: make([]*transport, 0, 4)}
			var ts []*transport
			var got []int
			for _, op := range tc.ops {
				switch op {
				case 'p':
					tr := &transport{}
					tr.tw.state = wQueued
					tr.tw.out = []byte{byte(len(ts))}
					ts = append(ts, tr)
					w.push(tr)
					if tc.release == len(ts)-1 {
						tr.tw.state = wIdle
					}
				case 't':
					if len(w.queue) == w.head {
						t.Fatalf("take from an empty queue")
					}
					tr := w.take()
					if tr == nil {
						got = append(got, -1)
						continue
					}
					if tr.tw.state != wWriting || len(tr.tw.busy) != 1 || tr.tw.out != nil {
						t.Fatalf("taken transport in state %d with busy %v", tr.tw.state, tr.tw.busy)
					}
					got = append(got, int(tr.tw.busy[0]))
				}
			}
			if len(got) != len(tc.want) {
				t.Fatalf("took %v, want %v", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Fatalf("took %v, want %v", got, tc.want)
				}
			}
		})
	}
}

// TestWriterSubmit checks what submit does with the bytes it is given: a
// parked writer takes nothing while the loop has little to do (the loop
// sends them itself), the first bytes are lent (sent from the caller's
// array, never reused as a spare buffer), and a second write appends to
// a copy, leaving the lent array as it was.
func TestWriterSubmit(t *testing.T) {
	fds, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Close(fds[0])
	defer syscall.Close(fds[1])
	tests := []struct {
		name        string
		idle, busy  bool
		writes      []string
		wantQueued  bool
		wantOut     string
		wantLent    bool
		wantPending int
	}{
		{"parked writer, idle loop: the loop sends", true, false, []string{"ab"}, false, "", false, 0},
		{"parked writer, busy loop: queued", true, true, []string{"ab"}, true, "ab", true, 2},
		{"running writer: queued", false, false, []string{"ab"}, true, "ab", true, 2},
		{"second write appends to a copy", false, false, []string{"ab", "cd"}, true, "abcd", false, 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := &sockWriter{idle: tc.idle, wake: make(chan struct{}, 1)}
			tr := &transport{fd: fds[0]}
			var lent []byte
			for i, s := range tc.writes {
				b := []byte(s)
				if i == 0 {
					lent = b
				}
				n, ok := w.submit(tr, b, tc.busy)
				if ok != tc.wantQueued {
					t.Fatalf("submit took the bytes: %v, want %v", ok, tc.wantQueued)
				}
				if !ok {
					return
				}
				if want := len(tc.writes[0]) + 2*i; n != want {
					t.Fatalf("submit reports %d bytes held, want %d", n, want)
				}
			}
			tw := &tr.tw
			if string(tw.out) != tc.wantOut || tw.outLent != tc.wantLent || tw.state != wQueued {
				t.Fatalf("out %q lent %v state %d, want %q lent %v queued", tw.out, tw.outLent, tw.state, tc.wantOut, tc.wantLent)
			}
			if string(lent) != tc.writes[0] {
				t.Fatalf("the lent array was changed to %q", lent)
			}
			if tc.idle && len(w.wake) != 1 {
				t.Fatalf("a parked writer was not woken")
			}
			got := w.take()
			n, err := got.sendBusy()
			if err != nil || n != len(tc.wantOut) {
				t.Fatalf("sendBusy = %d, %v", n, err)
			}
			if w.sent(got, n, err) {
				t.Fatalf("sent asks to notify the loop, which did not wait")
			}
			if tw.state != wIdle || tw.busy != nil || tw.busyLent {
				t.Fatalf("after the send: state %d busy %q lent %v", tw.state, tw.busy, tw.busyLent)
			}
			if tc.wantLent && tw.free != nil {
				t.Fatalf("a lent array was kept as the spare buffer")
			}
			if !tc.wantLent && tw.free == nil {
				t.Fatalf("the writer's own buffer was not kept for reuse")
			}
			buf := make([]byte, 16)
			if k, _ := syscall.Read(fds[1], buf); string(buf[:k]) != tc.wantOut {
				t.Fatalf("the peer read %q, want %q", buf[:k], tc.wantOut)
			}
		})
	}
}
