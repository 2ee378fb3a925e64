/// Turns a lesson file's bytes into the text every reader of the lesson works on.
///
/// Editors save lessons with LF, CRLF or old-Mac CR line endings; all three read alike and
/// number lines alike. Bytes that are not UTF-8 and NUL bytes are errors at their line rather
/// than a lesson silently cut short.
public enum LessonSource {
    /// The text of a lesson file, with line endings normalized to LF.
    public static func text(of bytes: [UInt8], path: String) throws(LessonFormatError) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let nul = body.firstIndex(of: 0) {
            throw LessonFormatError(path: path, line: line(of: nul, in: body),
                                    message: "this line holds a NUL byte (0x00); a lesson is text, so remove it")
        }
        if let bad = firstInvalidUTF8(in: body) {
            throw LessonFormatError(
                path: path, line: line(of: bad, in: body),
                message: "byte 0x\(String(body[bad], radix: 16, uppercase: true)) on this line is not UTF-8; save the lesson as UTF-8")
        }
        return normalizingLineEndings(String(decoding: body, as: UTF8.self))
    }

    /// `text` with CRLF and CR line endings turned into LF.
    public static func normalizingLineEndings(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\r")) else { return text }
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n"), previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = byte == UInt8(ascii: "\r")
            out.append(previousWasCR ? UInt8(ascii: "\n") : byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The 1-based line of byte `index`, counting LF, CRLF and CR as one line break each.
    private static func line(of index: ArraySlice<UInt8>.Index, in bytes: ArraySlice<UInt8>) -> Int {
        var line = 1
        var position = bytes.startIndex
        while position < index {
            if bytes[position] == UInt8(ascii: "\n") {
                line += 1
            } else if bytes[position] == UInt8(ascii: "\r") {
                line += 1
                if position + 1 < index, bytes[position + 1] == UInt8(ascii: "\n") { position += 1 }
            }
            position += 1
        }
        return line
    }

    /// The index of the first byte that does not start a well-formed UTF-8 sequence.
    private static func firstInvalidUTF8(in bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8>.Index? {
        var position = bytes.startIndex
        while position < bytes.endIndex {
            let lead = bytes[position]
            let length: Int
            var lowest: UInt8 = 0x80
            var highest: UInt8 = 0xBF
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lowest = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; highest = 0x9F
            case 0xF0: length = 4; lowest = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; highest = 0x8F
            default: return position
            }
            for offset in 1..<max(length, 1) {
                let at = position + offset
                guard at < bytes.endIndex else { return position }
                let limitLow = offset == 1 ? lowest : 0x80
                let limitHigh = offset == 1 ? highest : 0xBF
                guard (limitLow...limitHigh).contains(bytes[at]) else { return position }
            }
            position += length
        }
        return nil
    }
}
