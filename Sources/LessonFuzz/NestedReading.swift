import LessonFormat

/// The same lesson with its code one container deeper: from one of its fences on, every line
/// behind `> `, or all of it in one list item (`- ` on the fence's line). CommonMark reads
/// a container's content as it reads a document, and a fence can start one, so the parser
/// must find the same cells, values and quizzes on the same lines. (Fences in lists in lists
/// and in quotes in lists were once never closed.)
enum Nesting: CaseIterable {
    case quote
    case listItem

    /// `source` with the lines from `first` on nested, or `nil` when nesting would change
    /// their meaning: with tabs (their stops move with the indentation) or when line `first`
    /// is indented (a list item's content column would come from its indentation).
    func nest(_ source: String, from first: Int) -> String? {
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let ending = lines.count > 1 && lines.last == "" ? lines.removeLast() : nil
        guard !source.contains("\t"), first >= 1, first <= lines.count,
              let opening = lines[first - 1].first, !opening.isWhitespace
        else { return nil }
        for index in first - 1..<lines.count {
            switch self {
            case .quote: lines[index] = "> " + lines[index]
            case .listItem: lines[index] = index == first - 1 ? "- " + lines[index] : lines[index].isEmpty ? "" : "  " + lines[index]
            }
        }
        return (lines + (ending.map { [$0] } ?? [])).joined(separator: "\n")
    }

    /// Checks that the parser reads `source` (which it read as `plain`) alike when nested
    /// from its first fence, and from its first fence that opens a list item or a quote
    /// (nesting those makes a fence in a list in a list, or in a quote in a list). An input
    /// the parser rejects is not nested: a line inside a fence can look like an opening one.
    static func check(_ source: String, plain: Lesson, _ problems: inout Problems) {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let fences = (plain.cells.map(\.fenceLine) + plain.quizzes.map(\.fenceLine)).sorted()
        let inContainer = fences.first { line in
            lines.indices.contains(line - 1) && lines[line - 1].first.map { "-*+>0123456789".contains($0) } == true
        }
        for fence in [fences.first, inContainer == fences.first ? nil : inContainer].compactMap({ $0 }) {
            for nesting in allCases { nesting.check(source, from: fence, plain: plain, &problems) }
        }
    }

    private func check(_ source: String, from first: Int, plain: Lesson, _ problems: inout Problems) {
        guard let nested = nest(source, from: first) else { return }
        do throws(LessonFormatError) {
            let other = try LessonParser.parse(source: nested, path: ReadingCheck.path)
            if plain.title != other.title || plain.cells != other.cells || plain.inlineValues != other.inlineValues
                || plain.quizzes != other.quizzes {
                problems.add("in a \(self) from line \(first) the parser finds \(other.partsByLine) instead of \(plain.partsByLine)")
            }
        } catch {
            problems.add("in a \(self) from line \(first) the parser fails with “\(error)”")
        }
    }
}
