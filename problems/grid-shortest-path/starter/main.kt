fun main() {
    val (r, c) = readln().trim().split(" ").map { it.toInt() }
    val grid = Array(r) { readln().trim() }

    var answer = -1
    // TODO: find the fewest moves from any 'S' to 'T'

    println(answer)
}
