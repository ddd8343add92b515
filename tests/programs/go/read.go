package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	data, _ := io.ReadAll(os.Stdin)
	p := 0
	readInt := func() int64 {
		for p < len(data) && (data[p] == ' ' || data[p] == '\n' || data[p] == '\r') {
			p++
		}
		neg := false
		if p < len(data) && data[p] == '-' {
			neg = true
			p++
		}
		var x int64
		for p < len(data) && data[p] >= '0' && data[p] <= '9' {
			x = x*10 + int64(data[p]-'0')
			p++
		}
		if neg {
			return -x
		}
		return x
	}
	n := int(readInt())
	var sum int64
	for i := 0; i < n; i++ {
		sum += readInt()
	}
	fmt.Println(sum)
}
