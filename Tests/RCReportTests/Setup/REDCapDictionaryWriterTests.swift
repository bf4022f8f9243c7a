import Foundation
import RCSurvey
import Testing

@testable import RCReport

/// The REDCap data dictionary `rckit setup --tool redcap` writes, against REDCap's documented
/// columns and rules and against real dictionaries REDCap wrote (REDCapR's test projects).
@Suite struct REDCapDictionaryWriterTests {
    let text = REDCapDictionaryWriter(setup: SetupFixtures.setup).render()

    @Test func matchesTheGoldenFile() throws {
        try GoldenFile.assertMatches(text, "setup-redcap.csv")
    }

    @Test func headerIsREDCapsOwnLine() throws {
        let sample = try SetupFixtures.sample("redcapr-survey-dictionary.csv")
        let header = try #require(sample.split(separator: "\n").first)
        #expect(text.split(separator: "\n").first == header)
        #expect(REDCapDictionaryWriter.columns.count == 18)
        #expect(!text.hasPrefix("\u{FEFF}"))
    }

    @Test func everyRowHasTheEighteenColumnsAndAValidFieldName() throws {
        let rows = try SetupFixtures.records(text)
        #expect(rows.count == 2 + 7 * SetupFixtures.roles.count + 1)
        var names = Set<String>()
        for row in rows.dropFirst() {
            #expect(row.count == 18)
            let name = row[0]
            #expect(name.range(of: #"^[a-z][a-z0-9_]*$"#, options: .regularExpression) != nil, "\(name)")
            #expect(name.count <= 26)
            #expect(names.insert(name).inserted, "\(name) twice")
            #expect(row[1].range(of: #"^[a-z][a-z0-9_]+$"#, options: .regularExpression) != nil)
            #expect(["", "LV", "LH", "RV", "RH"].contains(row[13]))
            #expect(["", "y"].contains(row[10]) && ["", "y"].contains(row[12]))
        }
        // The record id first, a text field, as in every REDCap project.
        #expect(rows[1][0] == "record_id" && rows[1][3] == "text")
    }

    /// REDCap's rule for a matrix, as the longitudinal sample's `weekly_schedule` shows it:
    /// consecutive fields, one group name, the same choices, the section header on the first only.
    @Test func matricesAreBuiltAsREDCapBuildsThem() throws {
        let sample = try SetupFixtures.dictionaryRows(SetupFixtures.sample("redcapr-longitudinal-dictionary.csv"))
        let sampleGroup = sample.filter { $0["Matrix Group Name"] == "weekly_schedule" }
        #expect(sampleGroup.count > 1)
        #expect(sampleGroup.dropFirst().allSatisfy { $0["Section Header"] == "" })
        #expect(sampleGroup.first?["Section Header"] != "")

        let rows = try SetupFixtures.dictionaryRows(text)
        let names = Set(rows.compactMap { $0["Variable / Field Name"] })
        var groups: [String] = []
        for row in rows {
            let group = row["Matrix Group Name"] ?? ""
            guard !group.isEmpty else { continue }
            if groups.last != group {
                #expect(!groups.contains(group), "matrix \(group) is not consecutive")
                groups.append(group)
                #expect(row["Section Header"] != "", "\(group) has no question")
            } else {
                #expect(row["Section Header"] == "")
            }
            #expect(!names.contains(group), "matrix group \(group) is also a field name")
            #expect(row["Field Type"] == "radio")
            #expect(row["Matrix Ranking?"] == "")
        }
        #expect(groups == ["freq", "time", "accu", "prob", "goal", "know", "resp"])
        for group in groups {
            let fields = rows.filter { $0["Matrix Group Name"] == group }
            #expect(Set(fields.map { $0["Choices, Calculations, OR Slider Labels"] ?? "" }).count == 1)
            #expect(fields.map { $0["Field Label"] ?? "" } == SetupFixtures.roles)
        }
    }

    /// Each choice's code is its score, "Ved ikke" is 9, and role k is k.
    @Test func codesAreScores() throws {
        let rows = try SetupFixtures.dictionaryRows(text)
        let instrument = Instrument.standard(language: .da)
        for row in rows where row["Matrix Group Name"] != "" {
            let choices = SetupFixtures.choices(row["Choices, Calculations, OR Slider Labels"] ?? "")
            let scale = try #require(
                instrument.scales.first { scale in
                    scale.options.map { $0.label.text(.da) } == choices.dropLast().map(\.label)
                })
            for (choice, option) in zip(choices, scale.options) { #expect(choice.code == option.score.compact) }
            #expect(choices.last?.code == "9" && choices.last?.label == "Ved ikke")
        }
        let role = try #require(rows.first { $0["Variable / Field Name"] == "faggruppe" })
        #expect(
            SetupFixtures.choices(role["Choices, Calculations, OR Slider Labels"] ?? "").map {
                "\($0.code)=\($0.label)"
            }
                == ["1=Sygeplejerske", "2=Læge", "3=Fysioterapeut", "4=Social- og sundhedsassistent"])
        #expect(role["Required Field?"] == "y")
    }

    @Test func saysWhereItCameFromWhereRespondentsDoNotSeeIt() throws {
        let rows = try SetupFixtures.dictionaryRows(text)
        let note = try #require(rows.first?["Field Annotation"])
        #expect(note.contains("rckit") && note.contains("rc7-da") && note.contains("hoftebrudsforløbet"))
        #expect(rows.allSatisfy { !($0["Field Label"] ?? "").contains("rckit") })
    }

    @Test func questionsAreTheInstrumentsWithTheProcess() throws {
        let rows = try SetupFixtures.dictionaryRows(text)
        #expect(
            rows.first { $0["Variable / Field Name"] == "goal_1" }?["Section Header"]
                == "I hvor høj grad deler personer i disse faggrupper dine mål for hoftebrudsforløbet?")
        let english = REDCapDictionaryWriter(
            setup: SurveySetup(
                instrument: .standard(language: .en), process: "hip fracture care", roles: ["Nurse", "Doctor"],
                language: .en)
        ).render()
        #expect(english.contains("How much do people in these groups share your goals for hip fracture care?"))
        #expect(
            english.contains("\"1, Never | 2, Rarely | 3, Occasionally | 4, Often | 5, Constantly | 9, Don't know\""))
        #expect(english.contains("Created by rckit from the instrument rc7-en"))
    }

    @Test func textsAreEscapedForREDCapsHTML() throws {
        let setup = SurveySetup(
            instrument: .standard(language: .da), process: "<b>akut</b> & \"hjem\"", roles: ["A, B", "C"])
        let rows = try SetupFixtures.dictionaryRows(REDCapDictionaryWriter(setup: setup).render())
        let header = try #require(rows.first { $0["Variable / Field Name"] == "freq_1" }?["Section Header"])
        #expect(header.contains("&lt;b&gt;akut&lt;/b&gt; &amp; \"hjem\""))
        #expect(rows.first { $0["Variable / Field Name"] == "freq_1" }?["Field Label"] == "A, B")
    }
}
