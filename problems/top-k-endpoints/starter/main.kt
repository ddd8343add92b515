fun main() {
    val (n, k) = readln().trim().split(" ").map { it.toInt() }
    val paths = List(n) { readln().trim() }

    // TODO: print the k most requested endpoints as "path count", one per line.
    println("${paths[0]} 1")
}
