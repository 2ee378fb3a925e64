/// A Markdown link from a lesson to another lesson's file, `[lesson 8](08-data-leakage.md)`,
/// which the site turns into a link to that lesson's page.
struct LessonLink: Hashable {
    /// The lesson file the link names (`08-data-leakage.md`).
    let fileName: String
    /// The section it points to, after `#`, if any.
    let fragment: String?
    /// The Markdown line the link is on.
    let line: Int

    /// The lesson file and section a link destination names: `08-data-leakage.md`,
    /// `./08-data-leakage.md#the-sealed-test-set`; nil for any other link.
    static func target(of destination: String) -> (fileName: String, fragment: String?)? {
        var path = Substring(destination)
        if path.hasPrefix("./") { path = path.dropFirst(2) }
        let parts = path.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        guard let name = parts.first, LessonFileName(String(name)) != nil else { return nil }
        return (String(name), parts.count == 2 ? String(parts[1]) : nil)
    }
}

extension Lesson {
    /// Every link to a lesson file, in the text and in quizzes, in order.
    var lessonLinks: [LessonLink] {
        var links: [LessonLink] = []
        var inlineLines = InlineLines(lines: source.split(separator: "\n", omittingEmptySubsequences: false))
        for node in MarkdownTree(source: source).nodesInOrder {
            let line = inlineLines.enter(node)
            guard node.kind == .link, let target = LessonLink.target(of: node.url) else { continue }
            links.append(LessonLink(fileName: target.fileName, fragment: target.fragment, line: line))
        }
        return links + quizzes.flatMap(quizLinks)
    }

    /// Links in a quiz's texts, placed on the first line of the fence that holds their destination.
    private func quizLinks(_ quiz: Quiz) -> [LessonLink] {
        var texts = [quiz.question, quiz.explanation]
        if case .choices(let choices) = quiz.answer { texts += choices.map(\.text) }
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        return texts.flatMap { text in
            MarkdownTree(source: text.source).nodesInOrder.compactMap { node -> LessonLink? in
                guard node.kind == .link, let target = LessonLink.target(of: node.url) else { return nil }
                let line = lines.indices.dropFirst(quiz.fenceLine).first { lines[$0].contains("](\(node.url)") }
                return LessonLink(fileName: target.fileName, fragment: target.fragment, line: line.map { $0 + 1 } ?? quiz.fenceLine)
            }
        }
    }

    /// Fails at the line of the first link to a lesson file that is not among `fileNames`
    /// (the book's lessons), naming the lesson the author probably meant.
    public func checkLessonLinks(against fileNames: [String]) throws(LessonFormatError) {
        for link in lessonLinks where !fileNames.contains(link.fileName) {
            let wanted = LessonFileName(link.fileName)
            let guess = fileNames.first { name in
                let other = LessonFileName(name)
                return other?.number == wanted?.number || other?.id == wanted?.id
            }
            let hint = guess.map { "; did you mean \($0)?" } ?? "; the course's lessons are \(fileNames.joined(separator: ", "))"
            throw LessonFormatError(path: path, line: link.line,
                                    message: "this link names the lesson file \(link.fileName), which is not in the course\(hint)")
        }
    }
}
