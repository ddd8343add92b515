fun main() {
    val (n, m) = readln().trim().split(" ").map { it.toInt() }
    val dependents = Array(n + 1) { ArrayList<Int>() } // dependents[a] holds every b that depends on a
    repeat(m) {
        val (a, b) = readln().trim().split(" ").map { it.toInt() }
        dependents[a].add(b)
    }

    // TODO: print a valid deployment order, or IMPOSSIBLE.
    println((1..n).joinToString(" "))
}
