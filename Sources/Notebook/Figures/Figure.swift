/// Something a lesson shows as a figure: a table or a plot, as plain text and as data.
///
/// The terminal prints the text; the site draws the data (SVG plots, HTML tables) and keeps
/// the text one click away. The text is deterministic (the same data gives the same bytes), has no trailing spaces
/// and no ANSI escapes, and keeps within the figure's width (72 columns by default), so it
/// reads the same in a terminal and in a `<pre>` on the lesson page. Data that cannot be
/// drawn (empty, NaN, infinite, ≤ 0 on a log scale) gives a note in the text, never a crash.
public protocol Figure: Sendable, CustomStringConvertible {
    /// The figure as lines of text joined by "\n", without a final line break.
    var text: String { get }
    /// What kind of figure this is, as recorded in a run record:
    /// "table", "line-plot", "bar-chart", "histogram", "histogram-stack" or "explorable".
    var kind: String { get }
    /// The figure's numbers, names and axes, for renderers that draw rather than print.
    var data: FigureData { get }
}

extension Figure {
    /// The figure's text, so that `print(figure)` draws it.
    public var description: String { text }
}

/// The width figures take unless told otherwise: it fits an 80-column terminal with room
/// for the indentation of a rendered lesson.
@usableFromInline let defaultFigureWidth = 72

/// The note a figure shows instead of a drawing when none of its values can be drawn.
let noFiniteValuesNote = "(no finite values to draw)"

/// "1 value" / "3 values": counts in notes read as English.
func counted(_ count: Int, _ noun: String) -> String {
    "\(readable(count)) \(noun)\(count == 1 ? "" : "s")"
}
