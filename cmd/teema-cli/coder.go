package main

import (
	"os"
	"os/user"
)

// defaultCoder names the person coding when no --coder is given.
func defaultCoder() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	if n := os.Getenv("USER"); n != "" {
		return n
	}
	return "coder"
}
