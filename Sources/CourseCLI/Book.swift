import Foundation
import LessonFormat
import Notebook

/// The lessons a `course` binary was built with, parsed, in course order.
public struct Book: Sendable {
    /// Each lesson's compiled code, by position.
    let compiled: [CompiledLesson]
    /// Each lesson's parsed Markdown, by position.
    let lessons: [Lesson]

    /// Parses every compiled lesson's Markdown (which compiled, so parses).
    public init(_ compiled: [CompiledLesson]) throws {
        self.compiled = compiled
        self.lessons = try compiled.map { lesson in try LessonParser.parse(source: lesson.source, path: lesson.path) }
    }

    /// The lesson a learner names: by number (`2`, `02`) or by id (`vanishing-gradients`).
    func lesson(named name: String) throws(UnknownLesson) -> Lesson {
        let wanted = name.trimmingCharacters(in: .whitespaces)
        if let number = Int(wanted), let lesson = lessons.first(where: { $0.number == number }) { return lesson }
        if let lesson = lessons.first(where: { $0.id == wanted || $0.fileName == wanted || "\($0.paddedNumber)-\($0.id)" == wanted }) {
            return lesson
        }
        throw UnknownLesson(name: name, lessons: lessons)
    }

    /// The compiled code of `lesson`.
    func code(of lesson: Lesson) -> CompiledLesson? {
        compiled.first { $0.path == lesson.path }
    }
}

/// A lesson name that matches no lesson; the message lists the valid ones.
struct UnknownLesson: Error, CustomStringConvertible {
    let name: String
    let lessons: [Lesson]

    var description: String {
        let valid = lessons.map { "  \($0.paddedNumber)  \($0.id)" }.joined(separator: "\n")
        return "no lesson is called “\(name)”. Name a lesson by number or id:\n\(valid)"
    }
}
