import LessonFormat

/// The same lesson with its code one container deeper: from one of its fences on, every line
/// behind `> `, or all of it in one list item (`- ` on the fence's line). CommonMark reads
/// a container's content as it reads a document, and a fence can start one, so the parser
/// must find the same cells, values and quizzes on the same lines. (Fences in lists in lists
/// and in quotes in lists were once never closed.)
enum Nesting: CaseIterable {
    case quote
    case listItem

    /// Checks that the parser reads `source` (which it read as `plain`) alike when nested
    /// from its first fence, and from its first fence that opens a list item or a quote
    /// (nesting those makes a fence in a list in a list, or in a quote in a list). An input
    /// the parser rejects is not nested: a line inside a fence can look like an opening one.
    static func check(_ source: String, plain: Lesson, _ problems: inout Problems) {
        guard !source.contains("\t") else { return }  // Tab stops would move with the indentation.
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let fences = (plain.cells.map(\.fenceLine) + plain.quizzes.map(\.fenceLine)).sorted()
            .filter { canNest(lines, from: $0) }
        let inContainer = fences.first { lines[$0 - 1].first.map { "-*+>0123456789".contains($0) } == true }
        for fence in [fences.first, inContainer == fences.first ? nil : inContainer].compactMap({ $0 }) {
            for nesting in allCases { nesting.check(lines, from: fence, plain: plain, &problems) }
        }
    }

    /// Whether nesting `lines` from line `first` keeps their meaning: the line is not
    /// indented (a list item's content column would come from its indentation), and the
    /// line before it is blank (a quote there would take the nested lines in).
    private static func canNest(_ lines: [Substring], from first: Int) -> Bool {
        guard first >= 1, first <= lines.count, let opening = lines[first - 1].first, !opening.isWhitespace else { return false }
        return first == 1 || lines[first - 2].allSatisfy { $0 == " " }
    }

    /// `lines` with those from `first` on nested, joined into a lesson.
    func nest(_ lines: [Substring], from first: Int) -> String {
        var lines = lines.map(String.init)
        // The empty string after a final line break is no line to nest.
        let last = lines.count > 1 && lines[lines.count - 1].isEmpty ? lines.count - 1 : lines.count
        for index in first - 1..<last {
            switch self {
            case .quote: lines[index] = "> " + lines[index]
            case .listItem: lines[index] = index == first - 1 ? "- " + lines[index] : lines[index].isEmpty ? "" : "  " + lines[index]
            }
        }
        return lines.joined(separator: "\n")
    }

    private func check(_ lines: [Substring], from first: Int, plain: Lesson, _ problems: inout Problems) {
        do throws(LessonFormatError) {
            let other = try LessonParser.parse(source: nest(lines, from: first), path: ReadingCheck.path)
            if plain.title != other.title || plain.cells != other.cells || plain.inlineValues != other.inlineValues
                || plain.quizzes != other.quizzes {
                problems.add("in a \(self) from line \(first) the parser finds \(other.partsByLine) instead of \(plain.partsByLine)")
            }
        } catch {
            problems.add("in a \(self) from line \(first) the parser fails with “\(error)”")
        }
    }
}
