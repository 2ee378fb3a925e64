/// A code-carrying part of a lesson, as a reader meets it in the text.
public enum Part: Hashable, Sendable, CustomStringConvertible {
    /// Cell `index`.
    case cell(Int)
    /// Inline value `index` (in the text or in a quiz).
    case value(Int)
    /// Quiz `index`.
    case quiz(Int)

    /// `c0`, `v3`, `q1`.
    public var description: String {
        switch self {
        case .cell(let index): "c\(index)"
        case .value(let index): "v\(index)"
        case .quiz(let index): "q\(index)"
        }
    }

    var isValue: Bool { if case .value = self { true } else { false } }
    var isQuiz: Bool { if case .quiz = self { true } else { false } }

    /// The text a renderer shows for this part in a marked run: private-use characters
    /// around its description, one word with no space, which no lesson text can contain
    /// (`FuzzInput` removes these characters from every input).
    var marker: String { "\(Self.open)\(description)\(Self.close)" }

    static let open: Character = "\u{E000}"
    static let close: Character = "\u{E001}"

    /// The parts whose markers appear in `text`, in order. Markers are read without regard
    /// to case: the terminal capitalizes level-1 headings.
    static func markers(in text: Substring) -> [(part: Part, at: String.Index)] {
        var found: [(Part, String.Index)] = []
        var position = text.startIndex
        while let start = text[position...].firstIndex(of: open) {
            guard let end = text[start...].firstIndex(of: close) else { break }
            let word = text[text.index(after: start)..<end].lowercased()
            if let kind = word.first, let index = Int(word.dropFirst()) {
                switch kind {
                case "c": found.append((.cell(index), start))
                case "v": found.append((.value(index), start))
                case "q": found.append((.quiz(index), start))
                default: break
                }
            }
            position = text.index(after: end)
        }
        return found
    }
}
