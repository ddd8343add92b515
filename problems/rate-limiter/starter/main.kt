fun main() {
    val (n, k, w) = readln().trim().split(" ").map { it.toLong() }
    val times = LongArray(n.toInt())
    val users = ArrayList<String>(n.toInt())
    val endpoints = ArrayList<String>(n.toInt())
    for (i in 0 until n.toInt()) {
        val parts = readln().trim().split(" ")
        times[i] = parts[0].toLong()
        users.add(parts[1])
        endpoints.add(parts[2])
    }

    val rejected = ArrayList<Int>() // 1-based numbers of rejected requests
    // TODO: simulate the rate limiter

    val out = StringBuilder()
    out.append(rejected.size).append('\n')
    out.append(rejected.joinToString(" ")).append('\n')
    print(out)
}
