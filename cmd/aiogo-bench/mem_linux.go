package main

import (
	"fmt"
	"os"
	"os/exec"
	"syscall"
)

// warmEnv names the variable that makes the bench's executable a warmer
// (see warmMemory).
const warmEnv = "AIOGO_BENCH_WARM_MIB"

// warmMemory runs the bench's own executable as a child that maps mib MiB,
// writes to every page and exits, so that the kernel holds that much
// freshly used free memory for the next process (see warmMinMiB). A child
// does it because a process's peak RSS is inherited by the children it
// starts (Linux keeps the larger of the old and new memory's high-water
// marks across exec). It returns false if that failed.
func warmMemory(mib int64) bool {
	if mib <= 0 {
		return true
	}
	exe, err := os.Executable()
	if err != nil {
		return false
	}
	cmd := exec.Command(exe)
	cmd.Env = append(os.Environ(), fmt.Sprintf("%s=%d", warmEnv, mib))
	return cmd.Run() == nil
}

// init makes the process a warmer when warmEnv is set: it touches the
// memory and exits.
func init() {
	if v := os.Getenv(warmEnv); v != "" {
		var mib int
		if _, err := fmt.Sscan(v, &mib); err != nil || !touch(mib) {
			os.Exit(1)
		}
		os.Exit(0)
	}
}

// touch maps mib MiB of anonymous memory (advised as huge pages) and
// writes to every 4 KiB page of it.
func touch(mib int) bool {
	n := mib << 20
	b, err := syscall.Mmap(-1, 0, n, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return false
	}
	const madvHugepage = 14
	syscall.Madvise(b, madvHugepage) // best effort
	for i := 0; i < n; i += 4096 {
		b[i] = 1
	}
	return syscall.Munmap(b) == nil
}

// warmSupported says whether warmMemory does anything here.
const warmSupported = true
