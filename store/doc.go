// Package store keeps a Teema project in one SQLite file (.teema) and
// implements every change to it as a single transaction.
package store
