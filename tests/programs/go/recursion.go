package main

import "fmt"

func depth(n int64) int64 {
	if n == 0 {
		return 0
	}
	return n + depth(n-1)
}

func main() {
	var n int64
	fmt.Scan(&n)
	fmt.Println(depth(n))
}
