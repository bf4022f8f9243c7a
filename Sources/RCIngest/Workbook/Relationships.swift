/// An Open Packaging Conventions relationships part (`_rels/.rels`,
/// `xl/_rels/workbook.xml.rels`): which part a relationship id or type points at.
package struct Relationships: Sendable {
    /// One `<Relationship>`, its target resolved to a member name.
    package struct Entry: Sendable, Equatable {
        /// The `Id` (`rId1`).
        package var id: String
        /// The `Type` URI.
        package var type: String
        /// The member the target names, e.g. `xl/worksheets/sheet1.xml`.
        package var path: String
    }

    /// The internal relationships, in order.
    package var entries: [Entry] = []

    /// No relationships.
    package init() {}

    /// Reads the relationships part in `scanner`; targets are relative to the folder `base`
    /// (`xl/`, or `""` for the package root) unless they start with `/`. External targets are
    /// left out.
    package init(_ scanner: inout XMLScanner, base: String) throws(ArchiveError) {
        while let event = try scanner.next() {
            guard event == .start, scanner.isNamed("Relationship"), scanner.attribute("TargetMode") != "External",
                let id = scanner.attribute("Id"), let target = scanner.attribute("Target")
            else { continue }
            entries.append(Entry(id: id, type: scanner.attribute("Type") ?? "", path: Self.resolve(target, base: base)))
        }
    }

    /// The target of the relationship `id`.
    package func path(id: String) -> String? {
        entries.first { $0.id == id }?.path
    }

    /// The target of the first relationship whose type ends with `/suffix` (`officeDocument`).
    package func path(typeSuffix suffix: String) -> String? {
        entries.first { $0.type.hasSuffix("/" + suffix) }?.path
    }

    /// `target` as a member name: absolute targets lose their `/`, relative ones are joined to
    /// `base`, and `.` and `..` segments are resolved.
    package static func resolve(_ target: String, base: String) -> String {
        let joined = target.hasPrefix("/") ? String(target.dropFirst()) : base + target
        var segments: [Substring] = []
        for segment in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == "." { continue }
            if segment == ".." { _ = segments.popLast(); continue }
            segments.append(segment)
        }
        return segments.joined(separator: "/")
    }

    /// The folder of the member `path`, with its trailing `/` (`xl/` for `xl/workbook.xml`).
    package static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }
}
