package main

import (
	"bufio"
	"fmt"
	"os"
)

var r = bufio.NewReaderSize(os.Stdin, 65536)

func readInt() int64 {
	c, _ := r.ReadByte()
	for c == ' ' || c == '\n' || c == '\r' {
		c, _ = r.ReadByte()
	}
	neg := false
	if c == '-' {
		neg = true
		c, _ = r.ReadByte()
	}
	var x int64
	for c >= '0' && c <= '9' {
		x = x*10 + int64(c-'0')
		c, _ = r.ReadByte()
	}
	if neg {
		return -x
	}
	return x
}

func main() {
	n := int(readInt())
	var sum int64
	for i := 0; i < n; i++ {
		sum += readInt()
	}
	fmt.Println(sum)
}
