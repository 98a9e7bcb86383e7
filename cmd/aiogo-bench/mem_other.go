//go:build !linux

package main

// warmMemory does nothing where the effect it removes was not observed
// (see mem_linux.go).
func warmMemory(mib int64) bool { return true }

// warmSupported says whether warmMemory does anything here.
const warmSupported = false
