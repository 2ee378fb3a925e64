/// Reads the body of a ```` ```quiz id=NAME ```` fence.
///
/// The body is, in this order: the question (any Markdown lines); then either choices, one
/// per line, `- [x] right` / `- [ ] wrong`, or one `answer:` line, `` answer: `= expr` ± 1 ``
/// (or `± 5%`); then the explanation, every line starting with `>`.
struct QuizParser {
    let path: String
    let fenceLine: Int
    let info: [String]
    let body: String
    /// The index the first inline value inside the quiz takes in the lesson's sequence.
    var nextValueIndex: Int
    let afterCell: Int?

    init(path: String, fenceLine: Int, info: [String], body: String, firstValueIndex: Int, afterCell: Int?) {
        self.path = path
        self.fenceLine = fenceLine
        self.info = info
        self.body = body
        self.nextValueIndex = firstValueIndex
        self.afterCell = afterCell
    }

    static let shape = """
        a quiz has a question, then either choices (`- [x] right`, `- [ ] wrong`) or one \
        line `answer: `= expr` ± tolerance`, then explanation lines starting with `>`
        """

    mutating func parse(index: Int) throws(LessonFormatError) -> Quiz {
        let id = try readID()
        var question: [(line: Int, text: Substring)] = []
        var choices: [(line: Int, text: Substring, correct: Bool)] = []
        var numeric: (expression: String, line: Int, tolerance: Tolerance)?
        var explanation: [(line: Int, text: Substring)] = []

        for (offset, raw) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = fenceLine + 1 + offset
            let text = raw.drop(while: { $0 == " " })
            if text.isEmpty {
                if choices.isEmpty, numeric == nil, explanation.isEmpty, !question.isEmpty { question.append((line, "")) }
                if !explanation.isEmpty { explanation.append((line, "")) }
            } else if text.hasPrefix(">") {
                let content = text.dropFirst()
                explanation.append((line, content.first == " " ? content.dropFirst() : content))
            } else if !explanation.isEmpty {
                throw error(line, "only `>` explanation lines may follow the explanation; \(Self.shape)")
            } else if let choice = Self.choice(text) {
                if numeric != nil { throw error(line, "a quiz has choices or an `answer:` line, not both") }
                choices.append((line, choice.text, choice.correct))
            } else if text.hasPrefix("answer:") {
                if !choices.isEmpty { throw error(line, "a quiz has choices or an `answer:` line, not both") }
                if numeric != nil { throw error(line, "a quiz has only one `answer:` line") }
                numeric = try readAnswer(text.dropFirst("answer:".count), line: line)
            } else if choices.isEmpty, numeric == nil {
                question.append((line, text))
            } else {
                throw error(line, "unexpected line `\(text)` after the answer; \(Self.shape)")
            }
        }

        while question.last?.text.isEmpty == true { question.removeLast() }
        while explanation.last?.text.isEmpty == true { explanation.removeLast() }
        guard !question.isEmpty else { throw error(fenceLine, "this quiz has no question; \(Self.shape)") }
        let answer: Quiz.Answer
        if let numeric {
            answer = .numeric(expression: numeric.expression, line: numeric.line, tolerance: numeric.tolerance)
        } else {
            guard choices.count >= 2 else {
                throw error(fenceLine, "this quiz has \(choices.isEmpty ? "no answer" : "only one choice"); \(Self.shape)")
            }
            guard choices.count <= 26 else {
                throw error(fenceLine, "this quiz has \(choices.count) choices; choices are lettered a to z, so a quiz has at most 26")
            }
            guard choices.contains(where: \.correct) else {
                throw error(fenceLine, "none of this quiz's choices is marked correct; mark the right one(s) `- [x]`")
            }
            answer = .choices([])
        }
        guard !explanation.isEmpty else {
            throw error(fenceLine, "this quiz has no explanation; add lines starting with `>` that say why the answer is right")
        }

        let questionText = try text(question)
        let finalAnswer: Quiz.Answer
        if case .numeric = answer {
            finalAnswer = answer
        } else {
            var lettered: [Choice] = []
            for (position, choice) in choices.enumerated() {
                lettered.append(Choice(label: String(UnicodeScalar(UInt8(ascii: "a") + UInt8(position))),
                                       text: try text([(choice.line, choice.text)]), isCorrect: choice.correct))
            }
            finalAnswer = .choices(lettered)
        }
        return Quiz(id: id, index: index, fenceLine: fenceLine, question: questionText, answer: finalAnswer,
                    explanation: try text(explanation), afterCell: afterCell)
    }

    private func readID() throws(LessonFormatError) -> String {
        guard let word = info.first, word.hasPrefix("id="), info.count == 1 else {
            throw error(fenceLine, "a quiz fence names its quiz and nothing else: ```quiz id=some-name")
        }
        let id = String(word.dropFirst(3))
        guard !id.isEmpty, id.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }) else {
            throw error(fenceLine, "a quiz id uses lowercase letters, digits and hyphens, as in id=best-epoch; got `\(id)`")
        }
        return id
    }

    private static func choice(_ text: Substring) -> (text: Substring, correct: Bool)? {
        for (marker, correct) in [("- [ ] ", false), ("- [x] ", true), ("- [X] ", true)] where text.hasPrefix(marker) {
            return (text.dropFirst(marker.count), correct)
        }
        return nil
    }

    /// `` `= expr` ± 1 ``, `` `= expr` ± 5% ``, `` `= expr` `` (exact), or a plain number.
    private func readAnswer(_ rest: Substring, line: Int) throws(LessonFormatError) -> (String, Int, Tolerance) {
        var text = rest.drop(while: \.isWhitespace)
        let expression: String
        if text.hasPrefix("`") {
            guard let close = text.dropFirst().firstIndex(of: "`"),
                  let inner = inlineExpression(inCodeSpan: String(text[text.index(after: text.startIndex)..<close])),
                  !inner.isEmpty
            else { throw error(line, "write the key as an inline value: answer: `= expr` ± 1") }
            expression = inner
            text = text[text.index(after: close)...]
        } else {
            let number = text.prefix(while: { !$0.isWhitespace })
            guard Double(number) != nil else {
                throw error(line, "write the key as an inline value, `= expr`, or a number: answer: `= history.bestEpoch` ± 1")
            }
            expression = String(number)
            text = text.dropFirst(number.count)
        }
        text = text.drop(while: \.isWhitespace)
        if text.isEmpty { return (expression, line, .absolute(0)) }
        for sign in ["±", "+/-", "+-"] where text.hasPrefix(sign) {
            var amount = text.dropFirst(sign.count).trimmingWhitespace
            let relative = amount.hasSuffix("%")
            if relative { amount.removeLast() }
            guard let value = Double(amount.trimmingWhitespace), value >= 0, value.isFinite else {
                throw error(line, "the tolerance after `\(sign)` must be a non-negative number, like ± 1 or ± 5%")
            }
            return (expression, line, relative ? .relative(value / 100) : .absolute(value))
        }
        throw error(line, "after the key comes an optional tolerance, like ± 1 or ± 5%; got `\(text)`")
    }

    /// Joins lines into Markdown and numbers the inline values in them.
    private mutating func text(_ lines: [(line: Int, text: Substring)]) throws(LessonFormatError) -> MarkdownText {
        let source = lines.map(\.text).joined(separator: "\n")
        var inlineLines = InlineLines(lines: lines.map(\.text))
        var values: [InlineValue] = []
        for node in MarkdownTree(source: source).nodesInOrder {
            let counted = inlineLines.enter(node)
            guard node.kind == .code, let expression = inlineExpression(inCodeSpan: node.literal) else { continue }
            let textLine = inlineLines.valueLine(counted: counted)
            let line = lines.indices.contains(textLine - 1) ? lines[textLine - 1].line : fenceLine
            guard !node.isInsideImage else { throw .inlineValueInImage(path: path, line: line) }
            guard !expression.isEmpty else { throw .emptyInlineValue(path: path, line: line) }
            values.append(InlineValue(index: nextValueIndex, expression: expression, line: line, afterCell: afterCell))
            nextValueIndex += 1
        }
        return MarkdownText(source: source, inlineValues: values)
    }

    private func error(_ line: Int, _ message: String) -> LessonFormatError {
        LessonFormatError(path: path, line: line, message: message)
    }
}
