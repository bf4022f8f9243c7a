import Testing

@testable import RCCommandLine

@Suite struct SuggestionTests {
    static let commands = ["instrument", "inspect", "import", "analyze", "compare", "report"]
    static let options = [
        "--instrument", "--input-format", "--mapping", "--min-group", "--min-items", "--format", "--lang", "--out",
        "--help"
    ]

    @Test(arguments: [
        ("analyse", "analyze"), ("anaylze", "analyze"), ("comapre", "compare"), ("reprot", "report"),
        ("ana", "analyze"), ("imprt", "import")
    ])
    func mistypedCommands(typed: String, meant: String) {
        #expect(Suggestion.nearest(to: typed, in: Self.commands) == meant)
    }

    @Test(arguments: [
        ("--min-grup", "--min-group"), ("--min-gruop", "--min-group"), ("--lnag", "--lang"), ("--ot", "--out"),
        ("--input-fromat", "--input-format"), ("--map", "--mapping"), ("--min-g", "--min-group"), ("--hlep", "--help")
    ])
    func mistypedOptions(typed: String, meant: String) {
        #expect(Suggestion.nearest(to: typed, in: Self.options) == meant)
    }

    @Test(arguments: ["--colour", "--min", "frobnicate", "x", "--"])
    func nothingNearSuggestsNothing(typed: String) {
        #expect(Suggestion.nearest(to: typed, in: Self.options + Self.commands) == nil)
    }

    @Test func distanceCountsTranspositionsAsOneEdit() {
        #expect(Suggestion.distance("analyse", "analyze") == 1)
        #expect(Suggestion.distance("lnag", "lang") == 1)
        #expect(Suggestion.distance("", "abc") == 3)
        #expect(Suggestion.distance("kitten", "sitting") == 3)
        #expect(Suggestion.distance("same", "same") == 0)
    }
}
