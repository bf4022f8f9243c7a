import Testing

@testable import RCCommandLine

@Suite struct ParsedArgumentsTests {
    enum Shape: String, CaseIterable, Sendable { case long, wide }

    static let count = Option<Int>.integer("--count", Localized("N"), Localized("How many."), in: 1...1_000_000)
        .required()
    static let shape = Option<Shape>.choice("--shape", Localized("S"), Localized("The shape."))
    static let input = Option<String>.text("--input-format", Localized("FORMAT"), Localized("The format.")).aliased(
        "--format")
    static let label = Option<String>.text("--label", Localized("L"), Localized("A label.")).repeatable()
    static let quiet = Option<Bool>.flag("--quiet", Localized("Say less."))
    static let spec = CommandSpec(
        tool: "tool", name: "run", summary: Localized("Run."),
        positionals: [PositionalSpec(Localized("FILE"), .oneOrMore)],
        groups: [OptionGroup(nil, [count.spec, shape.spec, input.spec, label.spec, quiet.spec])])

    @Test func typedValues() throws {
        let parsed = try ParsedArguments(
            [
                "a.csv", "--count", "300_000", "--shape=wide", "--format", "x", "--label", "1",
                "--label", "2", "--quiet", "--", "--b.csv"
            ], spec: Self.spec)
        #expect(parsed.positionals == ["a.csv", "--b.csv"])
        #expect(parsed[Self.count] == 300_000)
        #expect(parsed[Self.shape] == .wide)
        #expect(parsed[Self.input] == "x")
        #expect(parsed.spelling(of: Self.input) == "--format")
        #expect(parsed[all: Self.label] == ["1", "2"])
        #expect(parsed.contains(Self.quiet))
    }

    @Test(arguments: [
        (["a"], UsageError.Problem.missingOption(option: "--count", valueName: Localized("N"))),
        (["--count", "1"], .missingArgument(Localized("FILE"))),
        (["a", "--count", "0"], .invalidNumber(value: "0", option: "--count", range: 1...1_000_000, words: [])),
        (
            ["a", "--count", "1", "--shape", "wdie"],
            .invalidChoice(value: "wdie", option: "--shape", allowed: ["long", "wide"], suggestion: "wide")
        ),
        (["a", "--count", "1", "--count", "2"], .repeated("--count")),
        (["a", "--count", "1", "--quiet=yes"], .takesNoValue("--quiet")),
        (["a", "--count", "--quiet"], .missingValue(option: "--count", valueName: Localized("N"))),
        (["a", "--count", "1", "--qiuet"], .unknownOption("--qiuet", suggestion: "--quiet"))
    ])
    func problems(arguments: [String], problem: UsageError.Problem) {
        #expect(throws: UsageError(problem, command: "run")) { try ParsedArguments(arguments, spec: Self.spec) }
    }

    @Test func usageAndHelpComeFromTheSpec() {
        #expect(
            Self.spec.usage(.en)
                == "tool run FILE... --count N [--shape long|wide] [--input-format FORMAT] [--label L]... [--quiet]")
        let help = Self.spec.help(.en)
        #expect(help.contains("--input-format FORMAT  The format. (also: --format)"))
        #expect(help.contains("--count N              How many. (required)"))
        #expect(help.contains("The shape. Values: long, wide."))
        #expect(Self.spec.help(.da).contains("BRUG: tool run FILE..."))
    }

    @Test func languageFromEnvironmentAndArguments() {
        #expect(TextLanguage(environment: ["LANG": "da_DK.UTF-8"]) == .da)
        #expect(TextLanguage(environment: ["LANG": "en_US.UTF-8"]) == .en)
        #expect(TextLanguage(environment: [:]) == .en)
        #expect(TextLanguage(environment: ["LC_ALL": "en_GB.UTF-8", "LANG": "da_DK.UTF-8"]) == .en)
        #expect(TextLanguage(environment: ["LC_ALL": "", "LC_MESSAGES": "da_DK", "LANG": "en_US.UTF-8"]) == .da)
        #expect(TextLanguage.chosen(by: ["analyze", "--lang", "da"]) == .da)
        #expect(TextLanguage.chosen(by: ["--lang=en"]) == .en)
        #expect(TextLanguage.chosen(by: ["--lang", "de"]) == nil)
        #expect(TextLanguage.chosen(by: ["--", "--lang", "da"]) == nil)
    }
}
