/** Asks whether deploy i is bad. println sends the line to the judge at once. */
fun isBad(i: Long): Boolean {
    println("? $i")
    val reply = readln().trim()
    // -1: an invalid question or too many questions; the judge has stopped.
    if (reply == "-1") throw IllegalStateException("the judge replied -1")
    return reply == "bad"
}

fun main() {
    val n = readln().trim().toLong()

    // TODO: find the first bad deploy with at most 60 calls to isBad().
    val answer = n

    println("! $answer")
}
