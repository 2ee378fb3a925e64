import Foundation
import Synchronization

/// The running lesson's notebook: it separates the output of one cell from the next,
/// formats inline values and quiz keys, collects figures and claims, and keeps the run
/// record on disk up to date.
///
/// One lesson runs per process (output capture is process-wide), and the notebook of that
/// run is reachable as `Notebook.current`, which is how `show(_:)` and `expect(...)` find
/// it. Outside a lesson run there is no notebook, and those functions simply print.
public final class Notebook: Sendable {
    private struct State {
        var record: RunRecord
        var currentCell: Int?
        var cellStarted: Date?
    }

    private let state: Mutex<State>
    private let capture: OutputCapture?
    private let recordURL: URL?
    private let settings: [String: String]
    private let started = Date()

    private static let active = Mutex<Notebook?>(nil)

    /// The notebook of the lesson running in this process, if any.
    public static var current: Notebook? { active.withLock { $0 } }

    /// A notebook for the lesson at `path` that captures output into `captureURL` and keeps
    /// its record at `recordURL`; becomes `current` until `finish()`. `settings` are the
    /// values a learner gave the lesson's knobs, by name, as they typed them.
    public init(path: String, captureURL: URL?, recordURL: URL?, settings: [String: String] = [:]) throws {
        state = Mutex(State(record: RunRecord(path: path)))
        capture = try captureURL.map(OutputCapture.init(into:))
        self.recordURL = recordURL
        self.settings = settings
        Self.active.withLock { $0 = self }
    }

    /// The record so far.
    public var record: RunRecord { state.withLock { $0.record } }

    /// Ends the previous cell and starts cell `index`.
    public func startCell(_ index: Int) {
        endCell()
        state.withLock { state in
            if let capture {
                capture.restart()
                state.record.captureOffset = 0
            }
            state.currentCell = index
            state.cellStarted = Date()
            state.record.cells.append(CellRun(index: index))
            state.record.runningCell = index
        }
        save()
    }

    /// Computes inline value `index` and records it formatted for reading.
    public func recordValue<Value>(_ index: Int, _ compute: @autoclosure () throws -> Value) rethrows {
        flushText()
        let value = try compute()
        let run = ValueRun(index: index, text: ValueFormatter.format(value), number: ValueFormatter.number(value))
        state.withLock { $0.record.values.append(run) }
    }

    /// Computes the key of numeric quiz `index`, whose `answer:` line is `line`.
    public func recordQuizKey<Key: BinaryInteger>(_ index: Int, line: Int, _ compute: @autoclosure () throws -> Key) rethrows {
        try recordQuizKey(index, line: line, Double(try compute()))
    }

    /// Computes the key of numeric quiz `index`, whose `answer:` line is `line`. A key that is
    /// not a finite number cannot be answered, so it fails the build at that line, as a claim
    /// that did not hold would; the rest of the lesson still runs.
    public func recordQuizKey<Key: BinaryFloatingPoint>(_ index: Int, line: Int, _ compute: @autoclosure () throws -> Key) rethrows {
        flushText()
        let key = Double(try compute())
        state.withLock { state in
            state.record.quizKeys.append(QuizKeyRun(quiz: index, key: key, text: ValueFormatter.format(key)))
            if !key.isFinite {
                state.record.claims.append(Claim(
                    cell: state.currentCell, line: line, statement: "this quiz's key is a finite number",
                    detail: "measured \(readable(key))", held: false))
            }
        }
    }

    /// Adds a table or plot to the current cell's output, after what it printed so far.
    public func show(figure kind: String, text: String, data: FigureData) {
        flushText()
        appendOutput(.figure(kind: kind, text: text, data: data))
    }

    /// Records a claim and whether the run supported it; `measured` is the measurement
    /// alone, for claims about a value.
    public func recordClaim(_ statement: String, held: Bool, detail: String, measured: String? = nil, line: Int) {
        flushText()
        state.withLock { state in
            state.record.claims.append(Claim(cell: state.currentCell, line: line, statement: statement,
                                             detail: detail, held: held, measured: measured))
        }
    }

    /// Records the knob `name` declared at `line` and returns the value the run uses: the
    /// learner's setting, or `defaultValue`. A name declared twice, or a setting the knob
    /// does not take, stops the lesson at the declaration (`course run` checks settings
    /// against the published run before it starts one, so only a changed lesson gets here).
    func declareKnob(_ name: String, kind: Knob.Kind, default defaultValue: KnobValue, help: String, line: Int) -> KnobValue {
        var value = defaultValue
        if let setting = settings[name] {
            do {
                value = try KnobValue.parse(setting, forKnob: name, of: kind)
            } catch {
                preconditionFailure("--set \(name)=\(setting): \(error)")
            }
        }
        let earlier = state.withLock { state in
            let earlier = state.record.knobs.first { $0.name == name }
            if earlier == nil {
                state.record.knobs.append(Knob(name: name, kind: kind, defaultValue: defaultValue.text, value: value.text,
                                               help: help, cell: state.currentCell, line: line))
            }
            return earlier
        }
        if let earlier {
            preconditionFailure("a knob called “\(name)” is already declared at line \(earlier.line); give each knob a name of its own")
        }
        return value
    }

    /// Records an error thrown out of the lesson's code.
    public func recordError(_ error: any Error, line: Int?) {
        endCell(keepRunning: true)
        state.withLock { state in
            state.record.failure = Failure(kind: .error, cell: state.currentCell, line: line,
                                           message: String(describing: error))
        }
        save()
    }

    /// Ends the run because its time budget of `budget` seconds is spent; the running cell
    /// keeps what it printed so far.
    public func stopForTimeout(budget: Double) {
        endCell(keepRunning: true)
        state.withLock { state in
            state.record.failure = Failure(
                kind: .timeout, cell: state.currentCell, line: nil,
                message: "the lesson ran past its time budget of \(readable(budget)) s and was stopped (raise it with --budget SECONDS)")
            state.record.completed = false
        }
        save()
    }

    /// Ends the run: the last cell's output is recorded and capture stops.
    public func finish() {
        endCell()
        state.withLock { state in
            state.record.completed = state.record.failure == nil
            state.record.runningCell = nil
        }
        save()
    }

    /// Stops capturing and detaches from the process; the record stays readable.
    public func close() {
        capture?.stop()
        Self.active.withLock { if $0 === self { $0 = nil } }
    }

    private func endCell(keepRunning: Bool = false) {
        flushText()
        state.withLock { state in
            guard let index = state.currentCell, let started = state.cellStarted,
                  let position = state.record.cells.lastIndex(where: { $0.index == index })
            else { return }
            state.record.cells[position].seconds = Date().timeIntervalSince(started)
            state.cellStarted = nil
            if !keepRunning { state.record.runningCell = nil }
        }
    }

    private func flushText() {
        guard let capture else { return }
        let text = state.withLock { state in
            let text = capture.take()
            state.record.captureOffset = capture.offset
            return text
        }
        if !text.isEmpty { appendOutput(.text(text)) }
    }

    private func appendOutput(_ output: Output) {
        state.withLock { state in
            guard let position = state.record.cells.indices.last else { return }
            if case .text(let new) = output, case .text(let old)? = state.record.cells[position].outputs.last {
                state.record.cells[position].outputs[state.record.cells[position].outputs.count - 1] = .text(old + new)
            } else {
                state.record.cells[position].outputs.append(output)
            }
        }
    }

    /// Writes the record atomically, so a reader never sees half of it. A record that cannot
    /// be written ends the lesson: going on would lose every later cell without a word.
    private func save() {
        guard let recordURL else { return }
        let record = state.withLock { state in
            state.record.seconds = Date().timeIntervalSince(started)
            return state.record
        }
        do {
            try record.encoded().write(to: recordURL, options: .atomic)
        } catch {
            capture?.stop()
            FileHandle.standardError.write(Data("Fatal error: could not write the run record to \(recordURL.path): \(error)\n".utf8))
            exit(70)
        }
    }
}
