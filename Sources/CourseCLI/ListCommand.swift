import ArgumentParser
import Notebook

struct ListCommand: BookCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the lessons: number, id, title and number of code cells."
    )

    func run(book: Book) throws {
        let rows = book.lessons.map { lesson -> [any CustomStringConvertible] in
            [lesson.paddedNumber, lesson.id, lesson.title, lesson.cells.count]
        }
        print(Table(header: ["#", "id", "title", "cells"], rows: rows).text)
    }
}
