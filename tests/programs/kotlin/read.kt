fun main() {
    val n = readln().trim().toInt()
    val values = readln().split(' ')
    var sum = 0L
    for (i in 0 until n) sum += values[i].toLong()
    println(sum)
}
