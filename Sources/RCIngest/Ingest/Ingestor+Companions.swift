extension Ingestor {
    /// The files besides `path` that reading it may open without being told: a SurveyXact
    /// dataset's structure and labels files, a REDCap raw export's data dictionary, a LimeSurvey
    /// export's survey structure. A command that writes files checks its outputs against these as
    /// against the files it was given.
    package static func companionFiles(of path: String) -> [String] {
        var files: [String] = []
        if let found = SurveyXactDataset.companions(of: path, anyName: true) {
            files += [found.structure, found.labels]
        }
        if let dictionary = REDCap.companion(of: path) { files.append(dictionary) }
        if let structure = LimeSurveyStructure.companion(of: path) { files.append(structure) }
        return files
    }
}
