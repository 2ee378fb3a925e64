/// A rectangle of characters to draw a plot on, row 0 at the top.
struct CharacterGrid {
    let width: Int
    let height: Int
    private var cells: [Character]

    /// A grid of `width` × `height` spaces.
    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        cells = Array(repeating: " ", count: width * height)
    }

    /// Whether the cell exists.
    func contains(row: Int, column: Int) -> Bool {
        (0..<height).contains(row) && (0..<width).contains(column)
    }

    /// The character in a cell; writes outside the grid are ignored, so callers may draw
    /// shapes that leave it.
    subscript(row: Int, column: Int) -> Character {
        get { contains(row: row, column: column) ? cells[row * width + column] : " " }
        set {
            if contains(row: row, column: column) { cells[row * width + column] = newValue }
        }
    }

    /// The rows as strings, top first.
    var rows: [String] {
        (0..<height).map { row in String(cells[row * width..<(row + 1) * width]) }
    }
}
