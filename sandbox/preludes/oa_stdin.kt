// oa: buffered standard input for Kotlin/Wasm (WASI).
//
// The standard library's readln() makes one system call per byte, which makes
// reading 10^6 numbers take many seconds. oa compiles this file with every Kotlin
// submission: declarations in the default package take precedence over the
// standard library's default imports, so readln(), readLine() and readlnOrNull()
// in a program without a `package` line read through a 64 KiB buffer instead.
// Lines end at '\n'; a '\r' before it is dropped, as on the JVM.
@file:OptIn(kotlin.wasm.unsafe.UnsafeWasmMemoryApi::class, kotlin.wasm.ExperimentalWasmInterop::class)

import kotlin.wasm.WasmImport
import kotlin.wasm.unsafe.withScopedMemoryAllocator

/** Reads a line of standard input, or throws at the end of input. */
fun readln(): String = OaStdin.line() ?: throw RuntimeException("EOF has already been reached")

/** Reads a line of standard input, or returns null at the end of input. */
fun readlnOrNull(): String? = OaStdin.line()

/** Reads a line of standard input, or returns null at the end of input. */
fun readLine(): String? = OaStdin.line()

@WasmImport("wasi_snapshot_preview1", "fd_read")
private external fun oaWasiFdRead(fd: Int, iovs: Int, iovsLen: Int, nread: Int): Int

private object OaStdin {
    const val SIZE = 1 shl 16
    private const val NEWLINE = '\n'.code.toByte()
    private const val RETURN = '\r'.code.toByte()
    private val buffer = ByteArray(SIZE)
    private var start = 0
    private var end = 0
    private var eof = false

    /** Refills the buffer from standard input; false at the end of input. */
    private fun fill(): Boolean {
        start = 0
        end = 0
        if (eof) return false
        withScopedMemoryAllocator { allocator ->
            val data = allocator.allocate(SIZE)
            val iov = allocator.allocate(8)
            val nread = allocator.allocate(4)
            iov.storeInt(data.address.toInt())
            (iov + 4).storeInt(SIZE)
            val errno = oaWasiFdRead(0, iov.address.toInt(), 1, nread.address.toInt())
            val n = if (errno == 0) nread.loadInt() else 0
            for (i in 0 until n) buffer[i] = (data + i).loadByte()
            end = n
        }
        if (end == 0) eof = true
        return end > 0
    }

    fun line(): String? {
        if (start == end && !fill()) return null
        // The part of the line that was in earlier buffers.
        var head = ByteArray(0)
        var headSize = 0
        while (true) {
            var i = start
            while (i < end && buffer[i] != NEWLINE) i++
            if (i < end) {
                val from = start
                start = i + 1
                if (headSize == 0) return decode(buffer, from, i)
                return decode(append(head, headSize, from, i), 0, headSize + i - from)
            }
            // No line end in the rest of the buffer: keep the rest and read on.
            if (headSize + (i - start) > head.size) head = head.copyOf(maxOf(256, (headSize + i - start) * 2))
            buffer.copyInto(head, headSize, start, i)
            headSize += i - start
            if (!fill()) return decode(head, 0, headSize)
        }
    }

    private fun append(head: ByteArray, headSize: Int, from: Int, to: Int): ByteArray {
        val whole = head.copyOf(headSize + to - from)
        buffer.copyInto(whole, headSize, from, to)
        return whole
    }

    private fun decode(bytes: ByteArray, from: Int, to: Int): String {
        val last = if (to > from && bytes[to - 1] == RETURN) to - 1 else to
        return bytes.decodeToString(from, last)
    }
}
