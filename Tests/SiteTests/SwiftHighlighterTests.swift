@testable import Site
import Testing

@Suite struct SwiftHighlighterTests {
    @Test func numbersKeepTheirExponentsAndSeparators() {
        #expect(SwiftHighlighter.html("let eps = 1e-6") == #"<span class="kw">let</span> eps = <span class="num">1e-6</span>"#)
        #expect(SwiftHighlighter.html("2.5E+3 1_000 0x1F") ==
                #"<span class="num">2.5E+3</span> <span class="num">1_000</span> <span class="num">0x1F</span>"#)
    }

    @Test func closureArgumentsStayWhole() {
        #expect(SwiftHighlighter.html("$0 + $1") == "$0 + $1")
    }

    @Test func interpolationsAreHighlightedAsCode() {
        #expect(SwiftHighlighter.html(#""rate \(rate * 2)""#) ==
                #"<span class="str">&quot;rate \(</span><span class="interp">rate * <span class="num">2</span></span><span class="str">)&quot;</span>"#)
    }

    @Test func multiLineAndRawStringsEndWhereTheyEnd() {
        let code = "let s = \"\"\"\n  a \"quoted\" line\n  \"\"\"\nlet t = #\"raw \\d\"#"
        let html = SwiftHighlighter.html(code)
        #expect(html.contains("<span class=\"str\">&quot;&quot;&quot;\n  a &quot;quoted&quot; line\n  &quot;&quot;&quot;</span>"))
        #expect(html.hasSuffix("<span class=\"str\">#&quot;raw \\d&quot;#</span>"))
    }

    @Test func commentsTypesAndAttributes() {
        #expect(SwiftHighlighter.html("/* a /* nested */ b */ x") == #"<span class="com">/* a /* nested */ b */</span> x"#)
        #expect(SwiftHighlighter.html("@MainActor let m: Model // note") ==
                #"<span class="attr">@MainActor</span> <span class="kw">let</span> m: <span class="type">Model</span> <span class="com">// note</span>"#)
    }
}
