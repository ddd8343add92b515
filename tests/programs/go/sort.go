package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
)

// readInt parses the next integer from a buffered reader: the fast idiom.
func readInt(r *bufio.Reader) int {
	n, c, neg := 0, byte(0), false
	for c, _ = r.ReadByte(); c == ' ' || c == '\n' || c == '\r'; c, _ = r.ReadByte() {
	}
	if c == '-' {
		neg = true
		c, _ = r.ReadByte()
	}
	for ; c >= '0' && c <= '9'; c, _ = r.ReadByte() {
		n = n*10 + int(c-'0')
	}
	if neg {
		return -n
	}
	return n
}

func main() {
	r := bufio.NewReaderSize(os.Stdin, 1<<16)
	n := readInt(r)
	v := make([]int, n)
	for i := range v {
		v[i] = readInt(r)
	}
	sort.Ints(v)
	fmt.Println(v[0], v[n/2], v[n-1])
}
