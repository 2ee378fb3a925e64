import LessonFormat
import Notebook

/// What `course run N --set …` prints around the lesson: the settings in use at the top,
/// and at the end what changed, each claim whose verdict differs from the published run,
/// with both measurements.
public struct TerminalExperiment {
    let run: LessonRun
    /// The published run of the same lesson, with every knob at its default.
    let published: RunRecord
    /// The knobs the learner set, in the order given, each holding the value set.
    let settings: [Knob]
    let width: Int
    let style: TerminalStyle

    /// The report for `run`, made with `settings`, against `published`.
    public init(run: LessonRun, published: RunRecord, settings: [Knob], width: Int, style: TerminalStyle) {
        self.run = run
        self.published = published
        self.settings = settings
        self.width = max(20, width)
        self.style = style
    }

    private var wrapper: TextWrapper { TextWrapper(width: width, style: style) }

    /// The lines above the lesson.
    public func header() -> [String] {
        let set = settings.map { "\($0.name) = \($0.value) (default \($0.defaultValue))" }
        return wrapper.wrap([StyledRun(text: terminalSafe("Lesson \(run.lesson.number) with " + set.joined(separator: ", ")),
                                effects: [.bold, .magenta])])
            + wrapper.wrap([StyledRun(text: "Every value, table, plot and claim below comes from this run; what changed "
                + "against the published run is summed up at the end.", effects: [.dim])])
            + [""]
    }

    /// The lines below the lesson.
    public func summary() -> [String] {
        let changes = ClaimChange.changes(from: published, to: run.record)
        let title = "What changed"
        var lines = ["", style.apply([.bold], to: title), String(repeating: "─", count: title.count)]
        let with = "With " + settings.map { "\($0.name) = \($0.value)" }.joined(separator: ", ")
        let count = run.record.claims.count
        guard !changes.isEmpty else {
            return lines + wrapper.wrap([StyledRun(text: terminalSafe(
                "\(with), every claim has the verdict it had in the published run (\(count) claim\(count == 1 ? "" : "s") checked)."))])
        }
        lines += wrapper.wrap([StyledRun(text: terminalSafe(
            "\(with), \(changes.count) claim\(changes.count == 1 ? "" : "s") changed verdict against the published run:"))])
        for change in changes { lines += self.lines(change) }
        return lines
    }

    private func lines(_ change: ClaimChange) -> [String] {
        let claim = change.now ?? change.published
        guard let claim else { return [] }
        let mark: String
        let detail: String
        switch (change.published, change.now) {
        case (let before?, let now?):
            mark = now.held ? style.apply([.green, .bold], to: "✓") : style.apply([.red, .bold], to: "✗")
            detail = if let measured = now.measured, let earlier = before.measured {
                "measured \(measured); \(earlier) as published"
            } else {
                now.held ? "holds now; did not hold as published" : "does not hold now; held as published"
            }
        case (nil, let now?):
            mark = now.held ? style.apply([.green, .bold], to: "✓") : style.apply([.red, .bold], to: "✗")
            detail = (now.measured.map { "measured \($0); " } ?? "") + "not reached in the published run"
        case (let before?, nil):
            mark = style.apply([.yellow, .bold], to: "–")
            detail = "not reached in this run; " + (before.measured.map { "\($0) as published" } ?? (before.held ? "held as published" : "did not hold as published"))
        case (nil, nil):
            return []
        }
        return wrapper.wrap([StyledRun(text: terminalSafe(claim.statement) + " "),
                             StyledRun(text: terminalSafe("(\(detail); \(run.lesson.path):\(claim.line))"), effects: [.dim])],
                            firstPrefix: "  \(mark) ", prefix: "    ")
    }
}
