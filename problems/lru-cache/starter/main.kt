fun main() {
    val (capacity, q) = readln().trim().split(" ").map { it.toInt() }
    var hits = 0L
    var misses = 0L
    var evictions = 0L
    val out = StringBuilder()
    repeat(q) {
        val parts = readln().trim().split(" ")
        val key = parts[1].toLong()
        if (parts[0] == "GET") {
            // TODO: look the key up in the cache
            out.append("-1\n")
        } else {
            val value = parts[2].toLong()
            // TODO: store the value
        }
    }
    out.append(hits).append(' ').append(misses).append(' ').append(evictions).append('\n')
    print(out)
}
