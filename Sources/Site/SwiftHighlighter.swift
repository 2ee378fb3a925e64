/// Marks up Swift code for the page: keywords, string literals, numbers and comments get
/// a class each; everything is HTML-escaped. A reader's aid, not a parser: it only has to
/// be right for code that compiles.
enum SwiftHighlighter {
    private static let keywords: Set<String> = [
        "let", "var", "func", "return", "if", "else", "guard", "for", "in", "while", "repeat",
        "switch", "case", "default", "break", "continue", "struct", "class", "enum", "protocol",
        "extension", "import", "init", "self", "Self", "true", "false", "nil", "try", "throw",
        "throws", "do", "catch", "where", "some", "any", "inout", "static", "private",
        "fileprivate", "public", "internal", "final", "mutating", "typealias", "as", "is", "defer",
    ]

    static func html(_ code: String) -> String {
        var output = ""
        let characters = Array(code)
        var position = 0
        func span(_ kind: String, _ text: String) { output += "<span class=\"\(kind)\">\(text.htmlEscaped)</span>" }
        while position < characters.count {
            let character = characters[position]
            let next = position + 1 < characters.count ? characters[position + 1] : nil
            if character == "/", next == "/" {
                let end = characters[position...].firstIndex(of: "\n") ?? characters.count
                span("com", String(characters[position..<end]))
                position = end
            } else if character == "\"", next == "\"", position + 2 < characters.count, characters[position + 2] == "\"" {
                var end = position + 3
                while end + 2 < characters.count, !(characters[end] == "\"" && characters[end + 1] == "\"" && characters[end + 2] == "\"") {
                    end += 1
                }
                end = min(end + 3, characters.count)
                span("str", String(characters[position..<end]))
                position = end
            } else if character == "\"" {
                var end = position + 1
                while end < characters.count, characters[end] != "\"", characters[end] != "\n" {
                    end += characters[end] == "\\" ? 2 : 1
                }
                end = min(end + 1, characters.count)
                span("str", String(characters[position..<end]))
                position = end
            } else if character.isNumber, position == 0 || !isIdentifier(characters[position - 1]) {
                var end = position
                while end < characters.count, characters[end].isNumber || characters[end] == "." || characters[end] == "_"
                    || characters[end] == "e" {
                    if characters[end] == ".", end + 1 < characters.count, !characters[end + 1].isNumber { break }
                    end += 1
                }
                span("num", String(characters[position..<end]))
                position = end
            } else if isIdentifierStart(character) {
                var end = position
                while end < characters.count, isIdentifier(characters[end]) { end += 1 }
                let word = String(characters[position..<end])
                if keywords.contains(word) { span("kw", word) } else { output += word.htmlEscaped }
                position = end
            } else {
                output += String(character).htmlEscaped
                position += 1
            }
        }
        return output
    }

    private static func isIdentifierStart(_ character: Character) -> Bool { character.isLetter || character == "_" }
    private static func isIdentifier(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }
}
