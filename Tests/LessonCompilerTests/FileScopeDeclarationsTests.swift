import Testing
@testable import LessonGenerator

@Suite struct FileScopeDeclarationsTests {
    func keywords(_ code: String) -> [String] { FileScopeDeclarations.find(in: code).map(\.keyword) }

    @Test func findsEveryKindOfDeclarationAtFileScopeOnly() {
        let code = """
            import Foundation
            struct Point { var x: Double; func f() {} }
            final class Box {}
            enum Kind { case a }
            let limit = 3
            var count = 0
            func network() -> Int { let inner = 1; return inner }
            typealias Row = [Double]
            protocol Named { var name: String { get } }
            extension Point { func g() {} }
            """
        #expect(keywords(code) == ["import", "struct", "class", "enum", "let", "var", "func", "typealias", "protocol", "extension"])
        let needing = FileScopeDeclarations.find(in: code).filter(\.needsFilePrivate).map(\.keyword)
        #expect(!needing.contains("import"))
        #expect(needing.count == 9)
    }

    @Test func skipsCommentsAndStringsThatLookLikeDeclarations() {
        let code = #"""
            // func notReal() {}
            /* struct Hidden { /* nested */ } */
            let text = "func inString() \(1 + 2) struct"
            let block = """
                func inBlock()
                """
            let raw = #"struct "# + "x"
            func real() {}
            """#
        #expect(keywords(code) == ["let", "let", "let", "func"])
    }

    @Test func attributesComeBeforeTheModifierAndModifiersAreKept() {
        let found = FileScopeDeclarations.find(in: "@discardableResult\nfunc a() -> Int { 1 }\n@MainActor final class B {}")
        #expect(found.count == 2)
        #expect(found[0].line == 0 && !found[0].startsLine, "the modifier goes after the attribute, on its line")
        #expect(found[1].keyword == "class" && !found[1].startsLine)
    }

    @Test func authorsAccessAndConformancesAreRespected() {
        let found = FileScopeDeclarations.find(in: """
            private struct A {}
            public func b() {}
            private(set) var c = 1
            extension A: Equatable {}
            extension Array where Element: Equatable {}
            infix operator +++
            """)
        #expect(found.map(\.access) == ["private", "public", nil, nil, nil, nil])
        #expect(found.map(\.needsFilePrivate) == [false, false, true, false, true, false])
    }

    @Test func aLineThatContinuesAnExpressionIsNotADeclaration() {
        #expect(keywords("let total = 1\n    + 2\nlet f: (Int) -> Int = { value in\n    let twice = value * 2\n    return twice\n}") == ["let", "let"])
    }
}
