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

// TestWriterStage checks how writes reach the writer: a parked writer
// takes nothing from an idle loop (the loop sends), the first bytes are
// lent (sent from the caller's array, never reused as the spare buffer), a
// second write appends to a copy, the stage is handed over by flush (one
// lock for all the staged transports; the parked writer is woken), a
// dropped transport is skipped, and stageBatch transports flush at once.
func TestWriterStage(t *testing.T) {
	fds, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Close(fds[0])
	defer syscall.Close(fds[1])
	tests := []struct {
		name       string
		parked     bool
		busy       bool
		writes     []string
		drop       bool // unstage before the flush
		wantInline bool
		wantOut    string
		wantLent   bool
	}{
		{"parked writer, idle loop: the loop sends", true, false, []string{"ab"}, false, true, "", false},
		{"parked writer, busy loop: staged", true, true, []string{"ab"}, false, false, "ab", true},
		{"running writer: staged", false, false, []string{"ab"}, false, false, "ab", true},
		{"second write appends to a copy", false, false, []string{"ab", "cd"}, false, false, "abcd", false},
		{"dropped before the flush", true, true, []string{"ab"}, true, false, "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := &sockWriter{idle: tc.parked, wake: make(chan struct{}, 1)}
			w.parked.Store(tc.parked)
			tr := &transport{fd: fds[0]}
			if got := w.sendsInline(tr, tc.busy); got != tc.wantInline {
				t.Fatalf("sendsInline = %v, want %v", got, tc.wantInline)
			}
			if tc.wantInline {
				return
			}
			var lent []byte
			for i, s := range tc.writes {
				b := []byte(s)
				if i == 0 {
					lent = b
				}
				if n := w.stage(tr, b); n != len(tc.writes[0])+2*i {
					t.Fatalf("stage reports %d bytes, want %d", n, len(tc.writes[0])+2*i)
				}
				if w.sendsInline(tr, false) {
					t.Fatalf("a staged transport is sent inline")
				}
			}
			if len(w.staged) != 1 || len(w.queue) != 0 {
				t.Fatalf("staged %d, queued %d before the flush", len(w.staged), len(w.queue))
			}
			if tc.drop {
				tr.unstage()
			}
			w.flush()
			tw := &tr.tw
			if len(w.staged) != 0 || tr.staged || tr.stage != nil {
				t.Fatalf("the stage was not emptied")
			}
			if tc.drop {
				if len(w.queue) != 0 || tw.out != nil || !w.idle {
					t.Fatalf("a dropped transport was handed over")
				}
				return
			}
			if string(tw.out) != tc.wantOut || tw.outLent != tc.wantLent || tw.state != wQueued || tr.held != len(tc.wantOut) {
				t.Fatalf("out %q lent %v state %d held %d, want %q lent %v queued", tw.out, tw.outLent, tw.state, tr.held, tc.wantOut, tc.wantLent)
			}
			if string(lent) != tc.writes[0] {
				t.Fatalf("the lent array was changed to %q", lent)
			}
			if tc.parked && (len(w.wake) != 1 || w.idle || w.parked.Load()) {
				t.Fatalf("the parked writer was not woken")
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
	t.Run("a full batch flushes", func(t *testing.T) {
		w := &sockWriter{wake: make(chan struct{}, 1)}
		for i := 0; i < stageBatch; i++ {
			if len(w.queue) != 0 {
				t.Fatalf("flushed after %d transports", i)
			}
			w.stage(&transport{fd: -1}, []byte{'x'})
		}
		if len(w.queue) != stageBatch || len(w.staged) != 0 {
			t.Fatalf("after %d transports: %d queued, %d staged", stageBatch, len(w.queue), len(w.staged))
		}
	})
}
