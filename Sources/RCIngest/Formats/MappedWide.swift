/// Any wide export read through a column mapping file (`--mapping`): the mapping says where
/// everything is. The tool that wrote the file, when its signs show, still decides how its
/// answer codes read (LimeSurvey's `A1`…`A5`).
enum MappedWide: ExportFormatReader {
    static let format = ExportFormat.mapping

    /// A file is read through a mapping exactly when one is given.
    static func recognises(_ head: ExportHead) -> Bool { head.mapping != nil }

    static func shape(of head: ExportHead, _ detector: ShapeDetector) throws(IngestError) -> DetectedShape {
        guard let mapping = head.mapping else {
            throw detector.error(
                line: nil,
                "the mapping format needs a mapping file: add --mapping FILE (rckit inspect FILE --write-mapping map.json writes one to edit)"
            )
        }
        var shape = try mapping.shape(headerRecords: head.records, detector)
        let tool = ExportFormatReaders.all.first {
            ![.mapping, .wide, .long].contains($0.format) && $0.recognises(head)
        }
        shape.format = tool?.format ?? format
        if tool?.format == .limesurvey, case var .wide(layout) = shape.layout {
            // The role question's "Other": its typed text is the role (`FAG[other]` beside `FAG`).
            layout.otherRole = LimeSurvey.otherRole(
                rater: layout.raterColumn, header: head.records[0].fields, instrument: detector.instrument)
            shape.layout = .wide(layout)
            if let other = layout.otherRole {
                shape.conventions = [.otherRole(column: head.records[0].fields[other.column], label: other.label)]
            }
        }
        return shape
    }
}
