@_spi(FastPath) import RCSurvey
import Testing

@testable import RCStats

/// The builder's fast entry point (numbers and id bytes) stores and refuses exactly what
/// `add(Answer)` does.
@Suite struct SurveyBuilderSinkTests {
    static let answers: [Answer] = [
        Answer(respondent: "P1", raterRole: "Læge", targetRole: "Sygeplejerske", dimension: .sharedGoals, score: 4),
        Answer(respondent: "P1", raterRole: "Læge", targetRole: "Sygeplejerske", dimension: .sharedGoals, score: 5),
        Answer(respondent: "P1", raterRole: "Sygeplejerske", targetRole: "Læge", dimension: .mutualRespect, score: 3),
        Answer(
            respondent: "P2", raterRole: "Sygeplejerske", targetRole: "Portør", dimension: .mutualRespect, score: nil),
        Answer(
            respondent: "P2", raterRole: "Sygeplejerske", targetRole: "Portør", dimension: .mutualRespect, score: 2.5),
        Answer(respondent: "P2", raterRole: "Sygeplejerske", targetRole: "Portør", dimension: .sharedGoals, score: 2),
        Answer(respondent: "P2", raterRole: "Sygeplejerske", targetRole: "Portør", dimension: .sharedGoals, score: nil),
        Answer(
            respondent: "Ren\u{E9}", round: "efter", raterRole: "Læge", targetRole: "Læge", dimension: .sharedGoals,
            score: 2),
        // The same id typed with a combining accent is the same respondent, as Strings are equal.
        Answer(
            respondent: "Rene\u{301}", round: "efter", raterRole: "Læge", targetRole: "Læge", dimension: .sharedGoals,
            score: 1),
        Answer(respondent: "\u{212A}1", raterRole: "Læge", targetRole: "Læge", dimension: .sharedGoals, score: 1),
        Answer(respondent: "K1", raterRole: "Læge", targetRole: "Læge", dimension: .sharedGoals, score: 2),
        Answer(respondent: "", raterRole: "Læge", targetRole: "Læge", dimension: .sharedGoals, score: 2),
        Answer(respondent: "P3", raterRole: "", targetRole: "Læge", dimension: .sharedGoals, score: 2),
        Answer(
            respondent: "P3", round: "efter", raterRole: "Portør", targetRole: "Læge", dimension: .timelyCommunication,
            score: 300)
    ]

    @Test func bytesAndAnswersBuildTheSameData() {
        var general = SurveyBuilder(roleOrder: ["Sygeplejerske"])
        var fast = SurveyBuilder(roleOrder: ["Sygeplejerske"])
        var names: [String] = []
        func number(_ text: String) -> Int {
            if let known = names.firstIndex(where: { Array($0.utf8) == Array(text.utf8) }) { return known }
            names.append(text)
            return names.count - 1
        }
        for answer in SurveyBuilderSinkTests.answers {
            let expected = general.accept(answer)
            var id = answer.respondent
            let got = id.withUTF8 { bytes in
                fast.accept(
                    CodedAnswer(
                        respondent: bytes, round: NameNumber(number(answer.round)),
                        rater: NameNumber(number(answer.raterRole)),
                        target: NameNumber(number(answer.targetRole)), dimension: answer.dimension, score: answer.score),
                    names: names)
            }
            #expect(got == expected, "\(answer)")
        }
        let a = general.build(), b = fast.build()
        #expect(a.roles == b.roles)
        #expect(a.storageRoles == b.storageRoles)
        #expect(a.rounds.map(\.label) == b.rounds.map(\.label))
        for (x, y) in zip(a.rounds, b.rounds) {
            #expect(x.respondentIDs == y.respondentIDs)
            #expect(x.raterRoles == y.raterRoles)
            #expect(x.compact == y.compact)
            #expect(x.wide?.map(\.bitPattern) == y.wide?.map(\.bitPattern))
        }
        #expect(a.rounds.first { $0.label == "efter" }?.respondentCount == 2)
        // "Don't know" then a score, and a score then "don't know": the first record wins.
        var builder = SurveyBuilder()
        #expect(builder.add(Self.answers[3]) == .missing)
        #expect(
            builder.add(Self.answers[4])
                == .rejected(.duplicateAnswer(respondent: "P2", target: "Portør", dimension: .mutualRespect)))
        #expect(builder.add(Self.answers[5]) == .accepted)
        #expect(
            builder.add(Self.answers[6])
                == .rejected(.duplicateAnswer(respondent: "P2", target: "Portør", dimension: .sharedGoals)))
        let data = builder.build()
        let porter = data.storageRoles.firstIndex(of: "Portør") ?? -1
        #expect(data.rounds[0].score(respondent: 0, target: porter, dimension: Dimension.mutualRespect.index) == nil)
        #expect(data.rounds[0].score(respondent: 0, target: porter, dimension: Dimension.sharedGoals.index) == 2)
        #expect(a.rounds.first { $0.label == "" }?.respondentCount == 3)
    }

    /// Answers that repeat the last one's tie (``AnswerRecord/repeatsLast``) go straight to its
    /// slots — but only when the last answer found its respondent with the right role: after a
    /// refused answer the next one is looked up afresh, and refused alike.
    @Test func repeatedTiesBuildTheSameData() {
        let rows: [(Answer, Bool)] = [
            (
                Answer(
                    respondent: "P1", raterRole: "Læge", targetRole: "Sygeplejerske", dimension: .sharedGoals, score: 4),
                false
            ),
            (
                Answer(
                    respondent: "P1", raterRole: "Læge", targetRole: "Sygeplejerske", dimension: .sharedKnowledge,
                    score: 3), true
            ),
            (
                Answer(
                    respondent: "P1", raterRole: "Læge", targetRole: "Sygeplejerske", dimension: .sharedKnowledge,
                    score: 5), true
            ),
            (
                Answer(
                    respondent: "P1", raterRole: "Sygeplejerske", targetRole: "Sygeplejerske",
                    dimension: .mutualRespect, score: 2), false
            ),
            (
                Answer(
                    respondent: "P1", raterRole: "Sygeplejerske", targetRole: "Sygeplejerske",
                    dimension: .frequentCommunication, score: 2), true
            ),
            (
                Answer(respondent: "P2", raterRole: "Læge", targetRole: "Læge", dimension: .sharedGoals, score: nil),
                false
            ),
            (
                Answer(
                    respondent: "P2", raterRole: "Læge", targetRole: "Læge", dimension: .sharedKnowledge, score: 2.5),
                true
            ),
            (
                Answer(respondent: "P2", raterRole: "Læge", targetRole: "Læge", dimension: .sharedKnowledge, score: 1),
                true
            ),
            // An answer given as missing takes its slot: a later score for it is a duplicate, and so
            // is a later missing answer for a slot with a score (the first record wins).
            (Answer(respondent: "P2", raterRole: "Læge", targetRole: "Læge", dimension: .sharedGoals, score: 3), true),
            (
                Answer(
                    respondent: "P2", raterRole: "Læge", targetRole: "Læge", dimension: .sharedKnowledge, score: nil),
                true
            ),
            (Answer(respondent: "", raterRole: "Læge", targetRole: "Læge", dimension: .sharedGoals, score: 2), false),
            (Answer(respondent: "", raterRole: "Læge", targetRole: "Læge", dimension: .mutualRespect, score: 2), true),
            (
                Answer(
                    respondent: "P3", round: "efter", raterRole: "Læge", targetRole: "Læge", dimension: .sharedGoals,
                    score: 3), false
            ),
            (
                Answer(
                    respondent: "P3", round: "efter", raterRole: "Læge", targetRole: "Læge", dimension: .mutualRespect,
                    score: 300), true
            ),
            (
                Answer(
                    respondent: "P3", round: "efter", raterRole: "Læge", targetRole: "Læge", dimension: .mutualRespect,
                    score: 1), true
            )
        ]
        var general = SurveyBuilder()
        var fast = SurveyBuilder()
        var names: [String] = []
        func number(_ text: String) -> Int {
            if let known = names.firstIndex(where: { Array($0.utf8) == Array(text.utf8) }) { return known }
            names.append(text)
            return names.count - 1
        }
        var refused = 0
        for (answer, repeats) in rows {
            let expected = general.accept(answer)
            var id = answer.respondent
            let got = id.withUTF8 { bytes in
                fast.accept(
                    CodedAnswer(
                        respondent: bytes, round: NameNumber(number(answer.round)),
                        rater: NameNumber(number(answer.raterRole)),
                        target: NameNumber(number(answer.targetRole)), dimension: answer.dimension, score: answer.score,
                        repeatsLast: repeats),
                    names: names)
            }
            #expect(got == expected, "\(answer)")
            if expected != nil { refused += 1 }
        }
        #expect(refused == 9)
        let a = general.build(), b = fast.build()
        #expect(a.storageRoles == b.storageRoles)
        for (x, y) in zip(a.rounds, b.rounds) {
            #expect(x.respondentIDs == y.respondentIDs)
            #expect(x.compact == y.compact)
            #expect(x.wide?.map(\.bitPattern) == y.wide?.map(\.bitPattern))
        }
    }

    /// A guess at the respondents (``SurveyBuilder/expect(respondents:)``, from a wide file's
    /// size) only makes room: too low, too high or absurd, given before or after the first
    /// answers, the data are the same.
    @Test(arguments: [0, 1, 3, 1_000, Int.max])
    func aGuessAtTheRespondentsOnlyMakesRoom(guess: Int) {
        var plain = SurveyBuilder(roleOrder: ["Sygeplejerske"])
        var early = SurveyBuilder(roleOrder: ["Sygeplejerske"])
        var late = SurveyBuilder(roleOrder: ["Sygeplejerske"])
        early.expect(respondents: guess)
        for (k, answer) in SurveyBuilderSinkTests.answers.enumerated() {
            if k == 2 { late.expect(respondents: guess) }
            let expected = plain.accept(answer)
            #expect(early.accept(answer) == expected && late.accept(answer) == expected, "\(answer)")
        }
        let a = plain.build()
        for b in [early.build(), late.build()] {
            #expect(a.storageRoles == b.storageRoles)
            #expect(a.rounds.map(\.label) == b.rounds.map(\.label))
            for (x, y) in zip(a.rounds, b.rounds) {
                #expect(x.respondentIDs == y.respondentIDs && x.raterRoles == y.raterRoles)
                #expect(x.compact == y.compact && x.roleCapacity == y.roleCapacity)
                #expect(x.wide?.map(\.bitPattern) == y.wide?.map(\.bitPattern))
            }
        }
    }
}
