/// Just enough of Swift's lexical structure to walk file-scope declarations: words,
/// attributes, brackets, semicolons and line breaks, with comments and string literals
/// (raw, multi-line, with interpolations) skipped whole.
struct SwiftLexer {
    /// What the walker needs to know about a token.
    struct Token {
        enum Kind { case word, attribute, open, close, semicolon, newline, other }
        let kind: Kind
        let text: String
        /// Offset of the token's first byte.
        let offset: Int
        /// 0-based line of the token.
        let line: Int
        /// Whether only spaces and tabs precede the token on its line.
        let startsLine: Bool
    }

    private let bytes: [UInt8]
    private var position = 0
    private var lineStart = 0
    /// The 0-based line the lexer is on.
    private(set) var line = 0

    /// Where the lexer is, in UTF-8 bytes: just after the last token it returned.
    var offset: Int { position }

    init(_ code: String) { bytes = Array(code.utf8) }

    mutating func next() -> Token? {
        skipBlanksAndComments()
        guard position < bytes.count else { return nil }
        let start = position
        let startsLine = bytes[lineStart..<start].allSatisfy { $0 == .space || $0 == .tab }
        func token(_ kind: Token.Kind) -> Token {
            Token(kind: kind, text: String(decoding: bytes[start..<position], as: UTF8.self),
                  offset: start, line: line, startsLine: startsLine)
        }
        let byte = bytes[position]
        switch byte {
        case .newline:
            let token = token(.newline)
            advanceLine()
            return token
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
            position += 1
            return token(.open)
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
            position += 1
            return token(.close)
        case UInt8(ascii: ";"):
            position += 1
            return token(.semicolon)
        case UInt8(ascii: "@"):
            position += 1
            skipIdentifier()
            return token(.attribute)
        case UInt8(ascii: "`"):
            position += 1
            while position < bytes.count, bytes[position] != UInt8(ascii: "`"), bytes[position] != .newline { position += 1 }
            if position < bytes.count, bytes[position] == UInt8(ascii: "`") { position += 1 }
            return token(.word)
        case UInt8(ascii: "\""):
            skipString()
            return token(.other)
        case UInt8(ascii: "#") where startsString:
            skipString()
            return token(.other)
        default:
            if byte.isIdentifierStart {
                skipIdentifier()
                return token(.word)
            }
            position += 1
            return token(.other)
        }
    }

    /// The next token that is not a line break.
    mutating func nextSkippingNewlines() -> Token? {
        while let token = next() {
            if token.kind != .newline { return token }
        }
        return nil
    }

    /// After an access modifier: whether `(set)` follows, making it a setter's access only.
    func peekIsSetterAccess() -> Bool {
        var copy = self
        guard let open = copy.next(), open.text == "(", let word = copy.next(), word.text == "set" else { return false }
        return true
    }

    /// Skips a parenthesized argument list if one follows (`@available(…)`, `private(set)`).
    mutating func skipArguments() {
        var copy = self
        guard let open = copy.next(), open.text == "(" else { return }
        self = copy
        var depth = 1
        while depth > 0, let token = next() {
            if token.kind == .open { depth += 1 } else if token.kind == .close { depth -= 1 }
        }
    }

    /// After `extension`: whether a `:` comes before `where` or the body, that is, whether the
    /// extension declares a conformance. Leaves the lexer before the body's `{`.
    mutating func extensionAddsConformance() -> Bool {
        var angle = 0
        while true {
            var copy = self
            guard let token = copy.next() else { return false }
            if token.text == "{" || (token.kind == .word && token.text == "where") { return false }
            if token.text == "<" { angle += 1 }
            if token.text == ">" { angle -= 1 }
            if token.text == ":", angle <= 0 { return true }
            self = copy
        }
    }

    // MARK: - Bytes

    private var startsString: Bool {
        var look = position
        while look < bytes.count, bytes[look] == UInt8(ascii: "#") { look += 1 }
        return look < bytes.count && bytes[look] == UInt8(ascii: "\"")
    }

    private mutating func advanceLine() {
        position += 1
        line += 1
        lineStart = position
    }

    private mutating func skipIdentifier() {
        while position < bytes.count, bytes[position].isIdentifierPart { position += 1 }
    }

    private mutating func skipBlanksAndComments() {
        while position < bytes.count {
            let byte = bytes[position]
            if byte == .space || byte == .tab || byte == .carriageReturn {
                position += 1
            } else if byte == .slash, peek(1) == .slash {
                while position < bytes.count, bytes[position] != .newline { position += 1 }
            } else if byte == .slash, peek(1) == .star {
                skipBlockComment()
            } else {
                return
            }
        }
    }

    private mutating func skipBlockComment() {
        var depth = 0
        while position < bytes.count {
            if bytes[position] == .slash, peek(1) == .star {
                depth += 1
                position += 2
            } else if bytes[position] == .star, peek(1) == .slash {
                depth -= 1
                position += 2
                if depth == 0 { return }
            } else if bytes[position] == .newline {
                advanceLine()
            } else {
                position += 1
            }
        }
    }

    /// Skips a string literal: `#`s, one or three quotes, the text with its interpolations,
    /// the closing quotes and `#`s.
    private mutating func skipString() {
        var hashes = 0
        while bytes[position] == UInt8(ascii: "#") {
            hashes += 1
            position += 1
        }
        let multiline = peek(0) == .quote && peek(1) == .quote && peek(2) == .quote
        position += multiline ? 3 : 1
        while position < bytes.count {
            let byte = bytes[position]
            if byte == .backslash, hashesFollow(hashes, from: position + 1) {
                position += 1 + hashes
                if peek(0) == UInt8(ascii: "(") {
                    position += 1
                    skipInterpolation()
                } else {
                    position += 1
                }
            } else if byte == .quote, closes(multiline: multiline, hashes: hashes) {
                position += (multiline ? 3 : 1) + hashes
                return
            } else if byte == .newline {
                if !multiline { return }
                advanceLine()
            } else {
                position += 1
            }
        }
    }

    /// Skips code inside `\(…)` up to its closing parenthesis.
    private mutating func skipInterpolation() {
        var depth = 1
        while depth > 0, let token = next() {
            if token.kind == .open { depth += 1 } else if token.kind == .close { depth -= 1 }
        }
    }

    private func closes(multiline: Bool, hashes: Int) -> Bool {
        if multiline, !(peek(1) == .quote && peek(2) == .quote) { return false }
        return hashesFollow(hashes, from: position + (multiline ? 3 : 1))
    }

    private func hashesFollow(_ count: Int, from start: Int) -> Bool {
        guard start + count <= bytes.count else { return false }
        return bytes[start..<start + count].allSatisfy { $0 == UInt8(ascii: "#") }
    }

    private func peek(_ ahead: Int) -> UInt8? {
        position + ahead < bytes.count ? bytes[position + ahead] : nil
    }
}

extension UInt8 {
    fileprivate static let space = UInt8(ascii: " ")
    fileprivate static let tab = UInt8(ascii: "\t")
    fileprivate static let newline = UInt8(ascii: "\n")
    fileprivate static let carriageReturn = UInt8(ascii: "\r")
    fileprivate static let slash = UInt8(ascii: "/")
    fileprivate static let star = UInt8(ascii: "*")
    fileprivate static let quote = UInt8(ascii: "\"")
    fileprivate static let backslash = UInt8(ascii: "\\")

    fileprivate var isIdentifierStart: Bool {
        (self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z")) || (self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z"))
            || self == UInt8(ascii: "_") || self >= 0x80
    }

    fileprivate var isIdentifierPart: Bool {
        isIdentifierStart || (self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9"))
    }
}

extension SwiftLexer {
    /// Every token of `code`, comments and string literals excluded.
    static func tokens(in code: String) -> [Token] {
        var lexer = SwiftLexer(code)
        var tokens: [Token] = []
        while let token = lexer.next() { tokens.append(token) }
        return tokens
    }

    /// Whether `word` occurs in `code` as a word, outside comments and strings.
    static func containsWord(_ word: String, in code: String) -> Bool {
        tokens(in: code).contains { $0.kind == .word && $0.text == word }
    }
}
