import Foundation
import LessonFormat
import Notebook

/// The run records of the last `course build`, kept beside the `course` binary so that
/// `course check` and `course quiz` can grade at once instead of running the lesson again.
///
/// A record is used only when it was made by this very binary (same file, size and
/// modification time) from this very lesson text; anything else is a miss, and the caller
/// runs the lesson. A folder that cannot be written just means nothing is cached.
struct RecordCache {
    let folder: URL
    private let binary: String

    /// The cache of the running binary, or `nil` when the binary cannot be found.
    static var current: RecordCache? {
        guard let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() else { return nil }
        return RecordCache(executable: executable)
    }

    init?(executable: URL) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: executable.path),
              let size = attributes[.size] as? Int, let modified = attributes[.modificationDate] as? Date
        else { return nil }
        folder = executable.deletingLastPathComponent().appending(path: ".course-records")
        binary = "\(executable.path) \(size) \(modified.timeIntervalSince1970)"
    }

    /// The cached record of `lesson`, if this binary made it from this text.
    func record(for lesson: Lesson) -> RunRecord? {
        guard let data = try? Data(contentsOf: url(for: lesson)),
              let entry = try? JSONDecoder().decode(Entry.self, from: data),
              entry.binary == binary, entry.lessonHash == Self.hash(lesson.source),
              let record = try? RunRecord.decoded(from: Data(entry.record.utf8))
        else { return nil }
        return record
    }

    /// Keeps `record` for the next `check` or `quiz` of `lesson`.
    func store(_ record: RunRecord, for lesson: Lesson) {
        guard let encoded = try? record.encoded() else { return }
        let entry = Entry(binary: binary, lessonHash: Self.hash(lesson.source), record: String(decoding: encoded, as: UTF8.self))
        guard let data = try? JSONEncoder().encode(entry) else { return }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? data.write(to: url(for: lesson), options: .atomic)
    }

    private func url(for lesson: Lesson) -> URL {
        folder.appending(path: "\(lesson.paddedNumber)-\(lesson.id).json")
    }

    private struct Entry: Codable {
        let binary: String
        let lessonHash: String
        let record: String
    }

    /// FNV-1a over the text's UTF-8: stable across runs, unlike `Hasher`.
    static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value &*= 0x100_0000_01b3
        }
        return String(value, radix: 16)
    }
}
