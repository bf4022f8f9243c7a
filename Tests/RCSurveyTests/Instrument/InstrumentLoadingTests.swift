import Foundation
import Testing

@testable import RCSurvey

/// The repository's `instruments/` folder, found from this file's location.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func fixture(_ name: String) throws -> URL {
    try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
}

@Suite struct InstrumentLoadingTests {
    @Test(arguments: ["rc7-da", "rc7-en"])
    func committedFilesAreTheBuiltInInstruments(name: String) throws {
        let path = repositoryRoot.appendingPathComponent("instruments/\(name).json").path
        let loaded = try Instrument.load(path: path)
        #expect(loaded == Instrument.builtIn(named: name))
    }

    @Test func builtInHasSevenItemsInCanonicalOrder() throws {
        let instrument = try #require(Instrument.builtIn(named: "rc7-da"))
        #expect(instrument.items.map(\.dimension) == Dimension.allCases)
        #expect(instrument.minItems == 4)
        #expect(instrument.strength == StrengthThresholds(weakBelow: 3.5, strongAbove: 4.0))
        #expect(instrument.defaultLanguage == .da)
        #expect(!instrument.definesRoles)
    }

    @Test func encodingRoundTrips() throws {
        for name in Instrument.builtInNames {
            let instrument = try #require(Instrument.builtIn(named: name))
            let text = instrument.jsonValue.serialized()
            #expect(try Instrument.decode(Data(text.utf8), file: "x.json") == instrument)
        }
        let minimal = try Instrument.load(path: fixture("minimal.json").path)
        #expect(try Instrument.decode(Data(minimal.jsonValue.serialized().utf8), file: "m.json") == minimal)
    }

    @Test func minimalFileWithOtherScaleAndRoles() throws {
        let instrument = try Instrument.load(path: fixture("minimal.json").path)
        #expect(instrument.items.map(\.dimension) == [.sharedGoals, .mutualRespect])
        let scale = try #require(instrument.scale(for: .sharedGoals))
        #expect(scale.minimum == 1 && scale.maximum == 10)
        #expect(scale.value(of: "7") == .score(7))
        #expect(scale.value(of: "Always") == .score(10))
        #expect(scale.value(of: "ved ikke") == .missing)
        #expect(scale.value(of: "11") == .invalid(reason: "score 11 is outside the scale 1–10"))
        #expect(instrument.roles.map(\.name) == ["Sygeplejerske", "Patient/pårørende"])
        #expect(instrument.role(matching: " nurse ")?.name == "Sygeplejerske")
        #expect(instrument.role(matching: "PATIENT / PÅRØRENDE")?.isPatient == true)
        #expect(instrument.role(matching: "Læge") == nil)
        #expect(instrument.question(.sharedGoals, language: .da) == "Do they share your goals for the ward round?")
        // English only: Danish falls back to English.
        #expect(instrument.question(.mutualRespect, language: .da, process: "X") == "Do they respect your work in X?")
    }

    @Test func resolveNamesAndPaths() throws {
        #expect(try Instrument.resolve("rc7-en").defaultLanguage == .en)
        #expect(try Instrument.resolve("RC7-DA").defaultLanguage == .da)
        #expect(throws: InstrumentError.self) { try Instrument.resolve("rc9") }
        let missing = #expect(throws: InstrumentError.self) { try Instrument.resolve("/nowhere/x.json") }
        #expect(missing?.description.hasPrefix("/nowhere/x.json: cannot read the file") == true)
    }
}

@Suite struct RecodedScaleTests {
    @Test func sufficiencyScaleScoresByLabelNotPosition() throws {
        let instrument = try Instrument.load(
            path: repositoryRoot.appendingPathComponent("instruments/rc7-sufficiency-en.json").path)
        let scale = try #require(instrument.scale(for: .frequentCommunication))
        #expect(scale.isRecoded)
        #expect(scale.options.map(\.score) == [1, 3, 5, 4, 2])
        #expect(scale.value(of: "Just right") == .score(5))
        #expect(scale.value(of: "Tilpas") == .score(5))
        #expect(scale.value(of: "far too much") == .score(2))
        #expect(scale.value(of: "For lidt") == .score(3))
        #expect(scale.value(of: "Not applicable") == .missing)
        // The other items keep the standard scales.
        #expect(instrument.scale(for: .sharedGoals)?.isRecoded == false)
        #expect(instrument.scale(for: .sharedGoals)?.value(of: "Fuldstændigt") == .score(5))
    }
}
