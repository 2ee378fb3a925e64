import LessonFormat

/// The lessons a page links to: every lesson whose page is in the site being written, in
/// course order, for the sidebar and the previous and next links.
struct Navigation {
    let lessons: [Lesson]

    /// The sidebar's entries, with `current` marked and its sections listed under it.
    func sidebar(current: Lesson, sections: [Heading]) -> [[String: Any]] {
        lessons.map { lesson in
            var entry = link(lesson)
            if lesson.number == current.number {
                entry["current"] = true
                entry["sections"] = sections.map(Self.section)
                entry["hasSections"] = !sections.isEmpty
            }
            return entry
        }
    }

    /// The lesson `offset` places from `lesson` that has a page, if any.
    func neighbour(of lesson: Lesson, _ offset: Int) -> [String: Any]? {
        guard let position = lessons.firstIndex(where: { $0.number == lesson.number }),
              lessons.indices.contains(position + offset) else { return nil }
        return link(lessons[position + offset])
    }

    private func link(_ lesson: Lesson) -> [String: Any] {
        ["href": lesson.pageName, "number": lesson.paddedNumber, "title": lesson.title]
    }

    /// A heading as the contents lists show it.
    static func section(_ heading: Heading) -> [String: Any] {
        ["level": heading.level, "anchor": heading.anchor, "text": heading.text]
    }
}

extension Lesson {
    /// The page's file name (`02-vanishing-gradients.html`).
    var pageName: String { "\(paddedNumber)-\(id).html" }

    /// The summary for a page's `<meta name="description">`: at most about 300 characters,
    /// cut at a word.
    var pageDescription: String {
        guard summary.count > 300 else { return summary }
        let cut = summary.prefix(300)
        return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
    }
}
