/// Marks up Swift code for the page: keywords, types, attributes, string literals (with
/// the code inside their interpolations highlighted as code), numbers (`1e-6`, `0x1F`,
/// `1_000`) and comments (nested block comments too) get a class each; everything is
/// HTML-escaped. A reader's aid, not a parser: it only has to be right for code that compiles.
enum SwiftHighlighter {
    static func html(_ code: String) -> String {
        var scanner = SwiftScanner(characters: Array(code))
        return scanner.code(insideInterpolation: false)
    }

    static let keywords: Set<String> = [
        "let", "var", "func", "return", "if", "else", "guard", "for", "in", "while", "repeat",
        "switch", "case", "default", "break", "continue", "fallthrough", "struct", "class", "enum",
        "protocol", "extension", "import", "init", "deinit", "subscript", "self", "Self", "super",
        "true", "false", "nil", "try", "throw", "throws", "rethrows", "do", "catch", "where", "some",
        "any", "inout", "static", "private", "fileprivate", "public", "internal", "open", "final",
        "mutating", "nonmutating", "typealias", "associatedtype", "as", "is", "defer", "async",
        "await", "lazy", "weak", "unowned", "override", "convenience", "required", "operator",
        "nonisolated", "isolated", "consuming", "borrowing", "indirect", "get", "set", "willSet",
        "didSet",
    ]
}

/// One pass over the characters, emitting HTML as it goes.
private struct SwiftScanner {
    let characters: [Character]
    var position = 0

    private func at(_ offset: Int) -> Character? {
        position + offset < characters.count ? characters[position + offset] : nil
    }

    private func span(_ kind: String, _ text: String) -> String {
        "<span class=\"\(kind)\">\(text.htmlEscaped)</span>"
    }

    /// Code up to the end, or, inside an interpolation, up to its closing parenthesis (which
    /// is left for the caller).
    mutating func code(insideInterpolation: Bool) -> String {
        var output = ""
        var depth = 0
        while let character = at(0) {
            if character == "/", at(1) == "/" {
                let end = characters[position...].firstIndex(of: "\n") ?? characters.count
                output += span("com", String(characters[position..<end]))
                position = end
            } else if character == "/", at(1) == "*" {
                output += blockComment()
            } else if character == "\"" || (character == "#" && hashesThenQuote()) {
                output += stringLiteral()
            } else if character.isNumber {
                output += number()
            } else if character == "$" || character.isLetter || character == "_" {
                output += word()
            } else if character == "@" || character == "#", at(1).map(Self.startsIdentifier) == true {
                position += 1
                let name = identifier()
                output += span(character == "@" ? "attr" : "kw", String(character) + name)
            } else {
                if character == "(" { depth += 1 }
                if character == ")" {
                    if insideInterpolation, depth == 0 { return output }
                    depth -= 1
                }
                output += String(character).htmlEscaped
                position += 1
            }
        }
        return output
    }

    private static func startsIdentifier(_ character: Character) -> Bool { character.isLetter || character == "_" }
    private static func continuesIdentifier(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }

    private mutating func identifier() -> String {
        let start = position
        while let character = at(0), Self.continuesIdentifier(character) { position += 1 }
        return String(characters[start..<position])
    }

    /// An identifier, keyword, type name (capitalized) or closure argument (`$0`).
    private mutating func word() -> String {
        if at(0) == "$" {
            position += 1
            return "$" + identifier().htmlEscaped
        }
        let name = identifier()
        if SwiftHighlighter.keywords.contains(name) { return span("kw", name) }
        if name.first?.isUppercase == true { return span("type", name) }
        return name.htmlEscaped
    }

    /// A decimal, hexadecimal, octal or binary literal, with `_` separators, a fraction and
    /// an exponent (`1e-6`, `2.5E+3`, `0x1p-2`).
    private mutating func number() -> String {
        let start = position
        var exponentMarkers: Set<Character> = ["e", "E"]
        var isDigit: (Character) -> Bool = { $0.isNumber || $0 == "_" }
        if at(0) == "0", let base = at(1), "xob".contains(base) {
            position += 2
            if base == "x" {
                exponentMarkers = ["p", "P"]
                isDigit = { $0.isHexDigit || $0 == "_" }
            }
        }
        while let character = at(0) {
            if isDigit(character) {
                position += 1
            } else if character == ".", let next = at(1), next.isNumber {
                position += 1
            } else if exponentMarkers.contains(character), let next = at(1),
                      next.isNumber || ((next == "-" || next == "+") && at(2)?.isNumber == true) {
                position += next.isNumber ? 1 : 2
            } else {
                break
            }
        }
        return span("num", String(characters[start..<position]))
    }

    private mutating func blockComment() -> String {
        let start = position
        var depth = 0
        while position < characters.count {
            if at(0) == "/", at(1) == "*" {
                depth += 1
                position += 2
            } else if at(0) == "*", at(1) == "/" {
                depth -= 1
                position += 2
                if depth == 0 { break }
            } else {
                position += 1
            }
        }
        return span("com", String(characters[start..<position]))
    }

    /// Whether the `#`s here open a raw string (`#"…"#`).
    private func hashesThenQuote() -> Bool {
        var offset = 0
        while at(offset) == "#" { offset += 1 }
        return at(offset) == "\""
    }

    /// A string literal: `"…"`, `"""…"""` over several lines, or raw `#"…"#`; the code in an
    /// interpolation (`\(x)`, `\#(x)` in a raw string) is highlighted as code.
    private mutating func stringLiteral() -> String {
        var hashes = 0
        while at(0) == "#" { hashes += 1; position += 1 }
        let pounds = String(repeating: "#", count: hashes)
        let multiline = at(0) == "\"" && at(1) == "\"" && at(2) == "\""
        let quote = multiline ? "\"\"\"" : "\""
        var output = ""
        var literal = pounds + quote
        position += quote.count
        func flush() {
            if !literal.isEmpty { output += span("str", literal) }
            literal = ""
        }
        while let character = at(0) {
            if character == "\\", matches(pounds, from: 1) {
                if at(1 + hashes) == "(" {
                    literal += "\\" + pounds + "("
                    position += 2 + hashes
                    flush()
                    output += "<span class=\"interp\">" + code(insideInterpolation: true) + "</span>"
                    if at(0) == ")" {
                        literal += ")"
                        position += 1
                    }
                } else {
                    let end = min(position + 2 + hashes, characters.count)
                    literal += String(characters[position..<end])
                    position = end
                }
            } else if matches(quote + pounds, from: 0) {
                literal += quote + pounds
                position += quote.count + hashes
                break
            } else if character == "\n", !multiline {
                break
            } else {
                literal.append(character)
                position += 1
            }
        }
        flush()
        return output
    }

    private func matches(_ text: String, from offset: Int) -> Bool {
        for (index, character) in text.enumerated() where at(offset + index) != character { return false }
        return true
    }
}
