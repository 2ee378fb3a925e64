/// A lesson as compiled into a book: its Markdown and the function that runs its code.
public struct CompiledLesson: Sendable {
    /// The lesson's path relative to the package (`Lessons/02-vanishing-gradients.md`).
    public let path: String
    /// The lesson's Markdown, as it was when the book was built.
    public let source: String
    /// Runs every cell, inline value and quiz key in text order, reporting to `notebook`.
    public let run: @MainActor @Sendable (Notebook) throws -> Void

    /// Creates a book entry; generated code calls this.
    public init(path: String, source: () -> String, run: @escaping @MainActor @Sendable (Notebook) throws -> Void) {
        self.path = path
        self.source = source()
        self.run = run
    }

    /// `02-vanishing-gradients.md`.
    public var fileName: String { String(path.split(separator: "/").last ?? Substring(path)) }
}
