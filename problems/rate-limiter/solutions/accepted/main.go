// Rate limiter: per-user slice used as a queue of accepted timestamps.
package main

import (
	"bufio"
	"os"
	"strconv"
)

func main() {
	reader := bufio.NewReaderSize(os.Stdin, 1<<16)
	writer := bufio.NewWriterSize(os.Stdout, 1<<16)
	defer writer.Flush()

	readToken := func() []byte {
		c, err := reader.ReadByte()
		for err == nil && (c == ' ' || c == '\n' || c == '\r') {
			c, err = reader.ReadByte()
		}
		var tok []byte
		for err == nil && c != ' ' && c != '\n' && c != '\r' {
			tok = append(tok, c)
			c, err = reader.ReadByte()
		}
		return tok
	}
	readInt := func() int64 {
		var x int64
		for _, c := range readToken() {
			x = x*10 + int64(c-'0')
		}
		return x
	}

	n := int(readInt())
	k := int(readInt())
	w := readInt()
	type queue struct {
		items []int64
		head  int
	}
	ids := make(map[string]int, n)
	var queues []queue
	var rejected []int
	for i := 1; i <= n; i++ {
		t := readInt()
		user := readToken()
		readToken() // endpoint: not used by the limiter
		u, ok := ids[string(user)]
		if !ok {
			u = len(queues)
			ids[string(user)] = u
			queues = append(queues, queue{})
		}
		q := &queues[u]
		for q.head < len(q.items) && q.items[q.head] <= t-w {
			q.head++
		}
		if len(q.items)-q.head < k {
			// compact now and then so memory stays proportional to the window
			if q.head > 64 && q.head*2 > len(q.items) {
				q.items = append(q.items[:0], q.items[q.head:]...)
				q.head = 0
			}
			q.items = append(q.items, t)
		} else {
			rejected = append(rejected, i)
		}
	}
	writer.WriteString(strconv.Itoa(len(rejected)))
	writer.WriteByte('\n')
	for i, r := range rejected {
		if i > 0 {
			writer.WriteByte(' ')
		}
		writer.WriteString(strconv.Itoa(r))
	}
	writer.WriteByte('\n')
}
