import Testing

@testable import RCStats

/// The round each file's unlabelled answers take when files are rounds.
@Suite struct SurveyFilesRoundsTests {
    @Test(arguments: [
        (["foer.csv", "efter.csv"], ["foer", "efter"]),
        // SurveyXact names every export dataset.csv: the folders tell the rounds apart.
        (["data/før/dataset.csv", "data/efter/dataset.csv"], ["før", "efter"]),
        (["før/dataset.csv", "efter/Dataset.csv", "svar.xlsx"], ["før", "efter", "svar"]),
        (["dataset.csv", "efter/dataset.csv"], [".", "efter"]),
        // Folders of the same name too: the path.
        (["a/runde/dataset.csv", "b/runde/dataset.csv"], ["a/runde/dataset", "b/runde/dataset"]),
        (["one.csv"], ["one"])
    ])
    func filesNameTheirRounds(files: [String], labels: [String]) {
        #expect(SurveyFiles.roundLabels(naming: files) == labels)
    }
}
