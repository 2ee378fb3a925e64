/// Finds where each declaration at file scope starts in a `toplevel` cell, so the generator
/// can make it `fileprivate`: that is what keeps one lesson's names out of every other
/// lesson's way although all lessons compile into one module.
///
/// It is a small Swift lexer, not a parser: it skips comments and string literals, tracks
/// bracket depth, and at depth 0 reads a run of attributes and modifiers followed by a
/// declaration keyword. At file scope a library file holds only declarations, so that is
/// enough to tell where each one begins.
struct FileScopeDeclarations {
    /// One declaration at file scope.
    struct Declaration: Equatable {
        /// Where a modifier may go, in UTF-8 bytes: before the first modifier or the keyword,
        /// since Swift wants attributes first.
        let offset: Int
        /// 0-based line of that place within the cell, and whether only whitespace precedes it
        /// on its line (no attribute, no other code).
        let line: Int
        let startsLine: Bool
        /// `struct`, `func`, `extension`…
        let keyword: String
        /// The access modifier written by the author (`private`, `public`…), if any.
        let access: String?
        /// Whether it is an extension that adds a protocol conformance, which Swift does not
        /// allow to be `fileprivate`.
        let addsConformance: Bool

        /// Whether the generator should add `fileprivate`.
        var needsFilePrivate: Bool {
            access == nil && !addsConformance && Self.scoped.contains(keyword)
        }

        /// Declarations that take an access modifier (`import` and `operator` do not).
        static let scoped: Set<String> = [
            "func", "struct", "class", "enum", "protocol", "actor", "typealias", "let", "var", "extension",
        ]
    }

    static let keywords: Set<String> = Declaration.scoped.union(["import", "operator", "precedencegroup"])
    static let accessModifiers: Set<String> = ["private", "fileprivate", "internal", "package", "public", "open"]
    static let otherModifiers: Set<String> = [
        "final", "indirect", "nonisolated", "prefix", "postfix", "infix", "dynamic", "isolated", "consuming",
    ]

    /// The declarations at file scope of `code`, in order.
    static func find(in code: String) -> [Declaration] {
        var lexer = SwiftLexer(code)
        var result: [Declaration] = []
        var depth = 0
        var atStatementStart = true
        while let token = lexer.next() {
            switch token.kind {
            case .open:
                depth += 1
                atStatementStart = false
            case .close:
                depth = max(0, depth - 1)
                atStatementStart = depth == 0
            case .semicolon:
                atStatementStart = depth == 0
            case .newline:
                if depth == 0 { atStatementStart = true }
            case .attribute, .word:
                guard depth == 0, atStatementStart else { continue }
                atStatementStart = false
                if let declaration = readDeclaration(startingWith: token, lexer: &lexer) {
                    result.append(declaration)
                }
            case .other:
                atStatementStart = false
            }
        }
        return result
    }

    /// Reads attributes and modifiers after `first` up to a declaration keyword; `nil` when
    /// the run ends in something else. Leaves the lexer after the keyword.
    private static func readDeclaration(startingWith first: SwiftLexer.Token, lexer: inout SwiftLexer) -> Declaration? {
        var token = first
        var access: String?
        var place = (offset: first.offset, line: first.line, startsLine: first.startsLine)
        while true {
            if token.kind == .attribute {
                lexer.skipArguments()
                place = (lexer.offset, lexer.line, false)
            } else if token.kind == .word, accessModifiers.contains(token.text) {
                if lexer.peekIsSetterAccess() {
                    lexer.skipArguments()
                } else {
                    access = token.text
                }
            } else if token.kind == .word, keywords.contains(token.text) {
                var conformance = false
                if token.text == "extension" { conformance = lexer.extensionAddsConformance() }
                return Declaration(offset: place.offset, line: place.line, startsLine: place.startsLine,
                                   keyword: token.text, access: access, addsConformance: conformance)
            } else if !(token.kind == .word && otherModifiers.contains(token.text)) {
                return nil
            }
            guard let next = lexer.nextSkippingNewlines() else { return nil }
            token = next
        }
    }
}
