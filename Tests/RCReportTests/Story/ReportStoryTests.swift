import Foundation
import RCStats
import RCSurvey
import Testing

@testable import RCReport

/// The story page: only shown figures, every reliable change, sentences in both languages.
@Suite struct ReportStoryTests {
    @Test func strongestAndWeakestTiesAreShownBetweenRoleTiesOnly() {
        let analysis = ReportFixtures.analysis(ReportFixtures.privacySurvey())
        let story = ReportStory(latest: analysis, comparison: nil)
        let ties = story.strongest + story.weakest
        #expect(!ties.isEmpty)
        for tie in ties {
            #expect(tie.rater != tie.target)
            // The small group's ties are hidden: never in the story.
            #expect(analysis.roles[tie.rater] != ReportFixtures.small)
        }
        #expect(zip(story.strongest, story.strongest.dropFirst()).allSatisfy { $0.mean >= $1.mean })
        #expect(story.improvements.isEmpty && story.index == nil)
        let html = StoryHTML(story: story, language: .en).render()
        #expect(!containsFigureOne(html))
        #expect(!html.contains("class=\"rule\""), "no rule to explain without a comparison")
    }

    @Test(arguments: [Language.da, .en])
    func everyReliableChangeIsSpelledOutOrCounted(language: Language) {
        let comparison = ReportFixtures.comparison()
        let story = ReportStory(latest: comparison.after, comparison: comparison)
        #expect(
            story.improvements.count + story.declines.count == ComparisonSummary(
                comparison: comparison, language: language
            ).changesThatMatter.improvements.count
                + ComparisonSummary(comparison: comparison, language: language).changesThatMatter.declines.count)
        for listed in [0, 1, 6] {
            var html = StoryHTML(story: story, language: language)
            html.listed = listed
            let text = html.render()
            let shown =
                text.components(separatedBy: "<li data-a=").count - 1 - story.forDiscussion.count
                - story.strongest.count - story.weakest.count
            let hidden = max(story.improvements.count - listed, 0) + max(story.declines.count - listed, 0)
            #expect(shown == story.improvements.count + story.declines.count - hidden)
            if hidden > 0 { #expect(text.contains(Phrases(language: language).andMore(hidden))) }
        }
    }

    @Test func uncomparableTiesAreGroupedByReason() {
        let comparison = ReportFixtures.comparison()
        let story = ReportStory(latest: comparison.after, comparison: comparison)
        // The porters were two in the first round: their four ties share one reason.
        #expect(story.uncompared.count == 1)
        #expect(story.uncompared.first?.reason == .tooFew)
        #expect(story.uncompared.first?.items.count == 4)
        let lines = ComparisonSummary(comparison: comparison, language: .da).lines
        let heading = Phrases(language: .da).uncomparedHeading(.tooFew, k: 3) + ":"
        #expect(lines.filter { $0 == heading }.count == 1)
        // Fewer than k before, never "0" or "no answers": their answers are all hidden.
        #expect(lines.contains("  =Portør → Læge (<3→5)"))
        #expect(!lines.contains { $0.contains("(0→5)") || $0.contains("ingen svar") })
    }

    /// A large survey, where nearly every tie moves reliably by about 0.1: the story lists only
    /// the changes of at least δ and counts the rest as small but reliable (issue 29: 108 ties of
    /// ±0.1 were "sikkert bedre").
    @Test func aLargeSurveyListsNoChangeBelowDelta() throws {
        var builder = SurveyBuilder()
        let roles = ["A", "B", "C", "D"]
        for (number, round) in ["før", "efter"].enumerated() {
            for i in 0..<1600 {
                let role = roles[i % 4]
                for (t, target) in roles.enumerated() {
                    for dimension in Dimension.allCases {
                        var value = 2 + Double((i * 7 + t * 3 + dimension.index * 5) % 3)
                        if number == 1 {
                            // A → B up by a point; every other tie up by a tenth (one answer in ten).
                            value += role == "A" && target == "B" ? 1 : (i / 4) % 10 == 0 ? 1 : 0
                        }
                        _ = builder.add(
                            Answer(
                                respondent: "R\(i)", round: round, raterRole: role, targetRole: target,
                                dimension: dimension, score: value))
                    }
                }
            }
        }
        let data = builder.build()
        let before = try #require(NetworkAnalysis(data, round: "før"))
        let after = try #require(NetworkAnalysis(data, round: "efter"))
        let comparison = RoundComparison(before: before, after: after)
        let story = ReportStory(latest: after, comparison: comparison)
        #expect(story.improvements.map(\.label) == ["A → B"])
        #expect(story.smallUp >= 10, "the tenths are reliable, and counted")
        for change in story.improvements + story.declines {
            #expect(abs(change.measure.difference ?? 0) >= 0.2)
        }
        #expect(story.forDiscussion.allSatisfy { abs($0.measure.difference ?? 0) >= 0.2 })
        let html = StoryHTML(story: story, language: .da).render()
        #expect(html.contains("Desuden \(story.smallUp) små, men reelle forbedringer på under 0,20 point."))
        // Plain language: no test names or p-values on the story page.
        for word in ["Welch", "Benjamini", "p 0", "q 0", "p <", "ICC", "sikker"] {
            #expect(!html.contains(word), "\(word)")
        }
    }
}
