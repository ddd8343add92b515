package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	reader := bufio.NewReaderSize(os.Stdin, 1<<16)
	writer := bufio.NewWriter(os.Stdout)
	defer writer.Flush()

	var capacity, q int
	fmt.Fscan(reader, &capacity, &q)
	hits, misses, evictions := 0, 0, 0
	for i := 0; i < q; i++ {
		var op string
		var key int64
		fmt.Fscan(reader, &op, &key)
		if op == "GET" {
			// TODO: look the key up in the cache
			fmt.Fprintln(writer, -1)
		} else {
			var value int64
			fmt.Fscan(reader, &value)
			// TODO: store the value
		}
	}
	fmt.Fprintln(writer, hits, misses, evictions)
}
