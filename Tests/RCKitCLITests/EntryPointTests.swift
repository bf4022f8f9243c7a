import Foundation
import Testing

@testable import RCKitCLI

@Suite struct EntryPointTests {
    @Test func noArgumentsIsUsageError() {
        let result = rckit([])
        #expect(result.status == 64)
        #expect(result.stderr.contains("USAGE: rckit COMMAND"))
        #expect(result.stdout.isEmpty)
    }

    @Test func helpAndVersion() {
        let help = rckit("--help")
        #expect(help.status == 0)
        #expect(help.stdout.contains("instrument"))
        #expect(rckit("--version").stdout.hasPrefix("rckit "))
        #expect(rckit("help", "instrument").stdout.contains("USAGE: rckit instrument"))
    }

    @Test func unknownCommandIsUsageError() {
        let result = rckit("analyse")
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("rckit: error: unknown command 'analyse'"))
    }

    @Test(arguments: RCKit.commands.map { $0.spec(.standard).name })
    func everyCommandHasHelp(name: String) {
        let result = rckit(name, "--help")
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: rckit \(name)"))
        #expect(result.stdout.contains("-h, --help"))
        #expect(result.stderr.isEmpty)
    }

    @Test(arguments: [
        (["instrument", "--lang", "de"], "'de' is not a valid value for '--lang'"),
        (["instrument", "--colour"], "unknown option '--colour'"),
        (["instrument", "--format"], "the option '--format' needs a value"),
        (["instrument", "a", "b"], "unexpected argument 'b'"),
        (["instrument", "--lang", "da", "--lang", "en"], "the option '--lang' is given more than once")
    ])
    func usageErrorsExit64(arguments: [String], message: String) {
        let result = rckit(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("rckit: error: \(message)"), "\(result.stderr)")
        #expect(result.stderr.contains("See 'rckit instrument --help'."))
        #expect(result.stdout.isEmpty)
    }
}
