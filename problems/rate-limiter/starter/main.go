package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	reader := bufio.NewReaderSize(os.Stdin, 1<<16)
	writer := bufio.NewWriter(os.Stdout)
	defer writer.Flush()

	var n int
	var k, w int64
	fmt.Fscan(reader, &n, &k, &w)
	t := make([]int64, n)
	user := make([]string, n)
	endpoint := make([]string, n)
	for i := 0; i < n; i++ {
		fmt.Fscan(reader, &t[i], &user[i], &endpoint[i])
	}

	rejected := []string{} // 1-based numbers of rejected requests
	// TODO: simulate the rate limiter

	fmt.Fprintln(writer, len(rejected))
	fmt.Fprintln(writer, strings.Join(rejected, " "))
}
