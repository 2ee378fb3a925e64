extension [Float] {
    /// `count` values, each written by `body` before it reads it. A Float needs no
    /// initializing, so this skips the zero fill of `init(repeating:count:)`: a pass over
    /// every output and every new gradient of every step.
    init(count: Int, writing body: (_ values: inout MutableSpan<Float>) -> Void) {
        self.init(unsafeUninitializedCapacity: count) { buffer, initialized in
            var values = buffer.mutableSpan
            body(&values)
            initialized = count
        }
    }

    /// `count` zeros, then changed by `body`: for values that `body` adds up, or writes only
    /// in part.
    init(zeros count: Int, _ body: (_ values: inout MutableSpan<Float>) -> Void) {
        self.init(repeating: 0, count: count)
        var values = mutableSpan
        body(&values)
    }
}
