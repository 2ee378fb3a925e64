/// The number and id a lesson takes from its file name: `02-vanishing-gradients.md`.
public struct LessonFileName: Sendable, Hashable {
    /// `2` for `02-vanishing-gradients.md`.
    public let number: Int
    /// `vanishing-gradients` for `02-vanishing-gradients.md`.
    public let id: String

    /// Reads a lesson file name; `nil` when it does not have the `NN-some-id.md` shape
    /// (two digits, a hyphen, then lowercase letters, digits and hyphens).
    public init?(_ fileName: String) {
        guard fileName.hasSuffix(".md") else { return nil }
        let stem = fileName.dropLast(3)
        guard let hyphen = stem.firstIndex(of: "-") else { return nil }
        let digits = stem[..<hyphen]
        let id = stem[stem.index(after: hyphen)...]
        guard digits.count == 2, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(digits),
              !id.isEmpty, id.first != "-", id.last != "-",
              id.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" })
        else { return nil }
        self.number = number
        self.id = String(id)
    }

    /// What a valid name looks like, for error messages.
    public static let expectedShape = "NN-some-id.md (two digits, a hyphen, then lowercase words joined by hyphens)"
}
