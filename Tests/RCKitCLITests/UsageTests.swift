import Foundation
import Testing

@testable import RCCommandLine
@testable import RCKitCLI

/// Usage lines and help are generated from each command's options, so they list every one.
@Suite struct UsageTests {
    static let names = RCKit.commands.map { $0.spec(.standard).name }

    @Test(arguments: names)
    func usageAndHelpListEveryOption(name: String) throws {
        let spec = try #require(RCKit.commands.first { $0.spec(.standard).name == name }).spec(.standard)
        for language in TextLanguage.allCases {
            let usage = spec.usage(language)
            let help = rckit([name, "--help", "--lang", language.rawValue]).stdout
            for option in spec.options {
                #expect(
                    usage.contains(option.name + " ") || usage.contains(option.name + "]"),
                    "\(name): \(option.name) not in \(usage)")
                #expect(help.contains("  " + option.name), "\(name) --help lacks \(option.name)")
            }
        }
    }

    @Test func analyzeUsageHasTheInputOptions() {
        let help = rckit("analyze", "--help").stdout
        for option in [
            "[--input-format FORMAT]", "[--mapping FILE]", "[--round LABEL]", "[--sheet NAME]", "[--member NAME]"
        ] {
            #expect(help.contains(option), "\(option)")
        }
        #expect(rckit("compare", "--help").stdout.contains("USAGE: rckit compare BEFORE [AFTER...]"))
        #expect(rckit("compare", "--help").stdout.contains("[--round LABEL]..."))
        #expect(rckit("report", "--help").stdout.contains(" --out FILE"))
    }

    /// One idea, one name and one help text: an option shared by commands reads the same in each.
    @Test func sharedOptionsReadTheSameEverywhere() {
        var seen: [String: String] = [:]
        for command in RCKit.commands {
            for option in command.spec(.standard).options where option.name != "--format" && option.name != "--round" {
                let text = option.help(.en) + " " + option.valueName(.en)
                if let earlier = seen[option.name] {
                    #expect(earlier == text, "\(option.name) in \(command.spec(.standard).name)")
                }
                seen[option.name] = text
            }
        }
        #expect(seen["--input-format"] != nil && seen["--lang"] != nil && seen["--out"] != nil)
    }

    @Test(arguments: ["en", "da"])
    func helpNamesNoSpecSections(language: String) {
        let texts =
            [rckit("--help", "--lang", language).stdout]
            + Self.names.map { rckit($0, "--help", "--lang", language).stdout }
        for text in texts {
            #expect(!text.contains("§") && !text.contains("SPEC"), "\(text.prefix(80))")
        }
    }

    @Test func mistypedCommandSuggestsTheNearest() {
        let result = rckit("analyse", "x.csv")
        #expect(result.status == 64)
        #expect(
            result.stderr == "rckit: error: unknown command 'analyse'; did you mean 'analyze'?\nSee 'rckit --help'.\n")
        let far = rckit("frobnicate")
        #expect(far.status == 64)
        #expect(far.stderr.hasPrefix("rckit: error: unknown command 'frobnicate'\n\nOVERVIEW:"))
    }

    @Test func mistypedOptionSuggestsTheNearest() {
        let result = rckit("analyze", AnalyzeCommandTests.sample, "--min-grup", "3")
        #expect(result.status == 64)
        #expect(
            result.stderr.hasPrefix(
                "rckit: error: unknown option '--min-grup'; did you mean '--min-group'?\nUsage: rckit analyze FILE..."))
        #expect(result.stderr.hasSuffix("See 'rckit analyze --help'.\n"))
        let value = rckit("analyze", AnalyzeCommandTests.sample, "--format", "jsno")
        #expect(
            value.stderr.hasPrefix("rckit: error: 'jsno' is not a valid value for '--format'; did you mean 'json'?"))
    }
}
