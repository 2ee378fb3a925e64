/// A fuzzer's bytes made into a lesson file the check can trust its own marks in.
///
/// The check finds each part in a rendering by a marker (see `Part`), finds quizzes in the
/// terminal by their `┌ Quiz ·` header, and finds the generator's line directives by
/// `#sourceLocation`. Lesson text holding any of these would forge them, so they are
/// removed from the input first; everything else reaches the readers as it came.
struct FuzzInput {
    /// The lesson file's bytes.
    let bytes: [UInt8]

    init(_ raw: [UInt8]) {
        var bytes = raw
        var changed = true
        // Removing one forgery can join the bytes around it into another.
        while changed {
            changed = false
            for forgery in Self.forgeries where bytes.count >= forgery.count {
                let kept = Self.removing(forgery, from: bytes)
                if kept.count != bytes.count {
                    bytes = kept
                    changed = true
                }
            }
        }
        self.bytes = bytes
    }

    private static let forgeries: [[UInt8]] = [
        Array(String(Part.open).utf8), Array(String(Part.close).utf8), Array("┌".utf8), Array("#sourceLocation".utf8),
    ]

    private static func removing(_ pattern: [UInt8], from bytes: [UInt8]) -> [UInt8] {
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == pattern[0], index + pattern.count <= bytes.count,
               bytes[index..<index + pattern.count].elementsEqual(pattern) {
                index += pattern.count
            } else {
                kept.append(bytes[index])
                index += 1
            }
        }
        return kept
    }

    /// How many lines the file has: LF, CRLF and CR each end one, and text after the last
    /// break is a line too. An empty file has one (empty) line.
    var lineCount: Int {
        var count = 0
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "\n") {
                if index == 0 || bytes[index - 1] != UInt8(ascii: "\r") { count += 1 }
            } else if byte == UInt8(ascii: "\r") {
                count += 1
            }
        }
        if let last = bytes.last, last != UInt8(ascii: "\n"), last != UInt8(ascii: "\r") { count += 1 }
        return max(count, 1)
    }
}
