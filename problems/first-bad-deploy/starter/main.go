package main

import (
	"bufio"
	"fmt"
	"os"
)

var in = bufio.NewReader(os.Stdin)

// isBad asks whether deploy i is bad. fmt.Println writes to the judge at once.
func isBad(i int64) bool {
	fmt.Println("?", i)
	var reply string
	fmt.Fscan(in, &reply)
	if reply == "-1" { // invalid question or too many questions
		os.Exit(0)
	}
	return reply == "bad"
}

func main() {
	var n int64
	fmt.Fscan(in, &n)

	// TODO: find the first bad deploy with at most 60 calls to isBad().
	answer := n

	fmt.Println("!", answer)
}
