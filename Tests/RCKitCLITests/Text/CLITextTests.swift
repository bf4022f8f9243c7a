import Foundation
import Testing

@testable import RCKitCLI

/// Help and rckit's own messages speak Danish or English: `--lang`, else the environment.
@Suite struct CLITextTests {
    static let danish = ["LANG": "da_DK.UTF-8"]
    static let english = ["LANG": "en_US.UTF-8"]

    @Test func helpFollowsTheEnvironment() {
        let da = rckit("analyze", "--help", environment: Self.danish)
        #expect(da.status == 0)
        #expect(da.stdout.contains("BRUG: rckit analyze FIL..."))
        #expect(da.stdout.contains("Skjul tal, der bygger på færre end K respondenter"))
        #expect(da.stdout.contains("Vis denne hjælp."))
        let en = rckit("analyze", "--help", environment: Self.english)
        #expect(en.stdout.contains("USAGE: rckit analyze FILE..."))
        #expect(en.stdout.contains("Suppress figures resting on fewer than K respondents"))
        #expect(rckit("--help", environment: Self.danish).stdout.contains("KOMMANDOER:"))
        #expect(
            rckit("--help", environment: ["LC_ALL": "en_GB.UTF-8", "LANG": "da_DK.UTF-8"]).stdout.contains("COMMANDS:"))
        #expect(
            rckit("--help", environment: ["LC_MESSAGES": "da_DK.UTF-8", "LANG": "en_US.UTF-8"]).stdout.contains(
                "KOMMANDOER:"))
    }

    @Test func langOverridesTheEnvironment() {
        #expect(
            rckit("analyze", "--help", "--lang", "en", environment: Self.danish).stdout.contains("USAGE: rckit analyze")
        )
        #expect(
            rckit("analyze", "--help", "--lang", "da", environment: Self.english).stdout.contains("BRUG: rckit analyze")
        )
        #expect(rckit("help", "report", "--lang=da").stdout.contains("BRUG: rckit report"))
    }

    @Test func messagesInDanish() {
        let missing = rckit("analyze", "nosuch.csv", environment: Self.danish)
        #expect(missing.stderr == "rckit: fejl: nosuch.csv: filen findes ikke\n")
        let typo = rckit("analyze", "x.csv", "--min-grup", "3", "--lang", "da")
        #expect(typo.status == 64)
        #expect(
            typo.stderr.hasPrefix(
                "rckit: fejl: ukendt tilvalg '--min-grup'; mente du '--min-group'?\nBrug: rckit analyze FIL..."))
        #expect(typo.stderr.hasSuffix("Se 'rckit analyze --help'.\n"))
        let analyzed = rckit("analyze", AnalyzeCommandTests.sample, "--lang", "da")
        #expect(analyzed.status == 0)
        #expect(analyzed.stderr == "rckit: læste 6608 svarposter i 6608 rækker: 6183 svar, 425 uden svar, 0 afvist\n")
        #expect(rckit("analyze", AnalyzeCommandTests.sample, environment: Self.danish).stderr.hasPrefix("rckit: læste"))
        #expect(
            rckit("analyse", environment: Self.danish).stderr.hasPrefix(
                "rckit: fejl: ukendt kommando 'analyse'; mente du 'analyze'?"))
    }

    @Test func messagesInEnglish() {
        let analyzed = rckit("analyze", AnalyzeCommandTests.sample, environment: Self.english)
        #expect(
            analyzed.stderr == "rckit: read 6608 answer records in 6608 rows: 6183 answers, 425 missing, 0 rejected\n")
        #expect(
            rckit("analyze", AnalyzeCommandTests.sample, "--lang", "en", environment: Self.danish).stderr.hasPrefix(
                "rckit: read "))
    }

    /// Every text exists in both languages, and the Danish one is not the English left untranslated.
    @Test func everyHelpTextIsTranslated() {
        for command in RCKit.commands {
            #expect(command.spec(.standard).summary.da != command.spec(.standard).summary.en)
            for option in command.spec(.standard).options {
                #expect(!option.help.da.isEmpty && option.help.da != option.help.en, "\(option.name)")
            }
        }
    }
}
