import RCSurvey

/// Prints a questionnaire so a project leader can set it up in a survey tool: the questions
/// with the focal process filled in, each with its response options.
public struct InstrumentRenderer: Sendable {
    /// The formats the questionnaire is written in: plain text, Markdown, an instrument file (JSON), HTML.
    public enum Format: String, Sendable, CaseIterable {
        case text, md, json, html
    }

    /// The instrument whose questions are written.
    public var instrument: Instrument
    /// The language of the questions and options.
    public var language: Language
    /// The focal work process; the instrument's own when nil.
    public var process: String?

    /// The questionnaire of `instrument` in `language`, with `process` (else the instrument's) as the focal process.
    public init(instrument: Instrument, language: Language, process: String? = nil) {
        self.instrument = instrument
        self.language = language
        self.process = process
    }

    /// The questionnaire in `format`.
    public func render(_ format: Format) -> String {
        switch format {
        case .text: renderText()
        case .md: renderMarkdown()
        case .json: renderJSON()
        case .html: renderHTML()
        }
    }

    private var processText: String { process ?? instrument.process.text(language) }

    private struct Question {
        var number: Int
        var dimension: Dimension
        var text: String
        var options: [(score: String, label: String)]
        var missing: [String]
        var recoded: Bool
    }

    private var questions: [Question] {
        instrument.items.enumerated().map { index, item in
            let scale = instrument.scales.first { $0.id == item.scaleID }
            return Question(
                number: index + 1,
                dimension: item.dimension,
                text: instrument.question(item.dimension, language: language, process: processText) ?? "",
                options: scale?.options.map {
                    (
                        language.format($0.score, decimals: $0.score == $0.score.rounded() ? 0 : 1),
                        $0.label.text(language)
                    )
                } ?? [],
                missing: scale?.missing.map { $0.text(language) } ?? [],
                recoded: scale?.isRecoded ?? false)
        }
    }

    private var t: Phrases { Phrases(language: language) }

    private func renderText() -> String {
        var out = instrument.title.text(language) + "\n"
        out += "\(t.focalProcess): \(processText)\n"
        if instrument.definesRoles {
            out += "\(t.roles): " + instrument.roles.map(\.name).joined(separator: ", ") + "\n"
        }
        out += "\n\(t.instrumentIntro)\n"
        for question in questions {
            out += "\n\(question.number). \(question.dimension.label(language))\n"
            out += "   \(question.text)\n"
            for option in question.options {
                out += "   \(option.score) = \(option.label)\n"
            }
            for label in question.missing {
                out += "   – = \(label) (\(t.notScored))\n"
            }
            if question.recoded { out += "   (\(t.recodedNote))\n" }
        }
        return out
    }

    private func renderMarkdown() -> String {
        var out = "# \(Markdown.escape(instrument.title.text(language)))\n\n"
        out += "**\(t.focalProcess):** \(Markdown.escape(processText))\n\n"
        if instrument.definesRoles {
            out +=
                "**\(t.roles):** " + instrument.roles.map { Markdown.escape($0.name) }.joined(separator: ", ") + "\n\n"
        }
        out += "\(t.instrumentIntro)\n"
        for question in questions {
            out += "\n## \(question.number). \(question.dimension.label(language))\n\n"
            out += "\(Markdown.escape(question.text))\n\n"
            out += "| \(t.score) | \(t.responseOption) |\n|---:|---|\n"
            for option in question.options { out += "| \(option.score) | \(Markdown.escape(option.label)) |\n" }
            for label in question.missing { out += "| – | \(Markdown.escape(label)) (\(t.notScored)) |\n" }
            if question.recoded { out += "\n_\(t.recodedNote)_\n" }
        }
        return out
    }

    /// The instrument file itself, so that `--format json` is a starting point for a custom instrument.
    private func renderJSON() -> String {
        instrument.jsonValue.serialized()
    }

    private func renderHTML() -> String {
        let title = HTML.escape(instrument.title.text(language))
        var out = """
            <!doctype html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <style>
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; line-height: 1.45; }
            h1 { font-size: 1.5rem; } h2 { font-size: 1.1rem; margin-top: 1.8rem; }
            .process { color: #444; }
            ol.options { list-style: none; padding-left: 0; display: flex; flex-wrap: wrap; gap: .4rem; }
            ol.options li { border: 1px solid #999; border-radius: .3rem; padding: .2rem .55rem; }
            ol.options li.missing { border-style: dashed; color: #555; }
            .score { font-weight: 600; margin-right: .35rem; }
            @media print { body { margin: 0; } h2 { break-after: avoid; } section { break-inside: avoid; } }
            </style>
            </head>
            <body>
            <h1>\(title)</h1>
            <p class="process"><strong>\(HTML.escape(t.focalProcess)):</strong> \(HTML.escape(processText))</p>

            """
        if instrument.definesRoles {
            out +=
                "<p><strong>\(HTML.escape(t.roles)):</strong> "
                + instrument.roles.map { HTML.escape($0.name) }.joined(separator: ", ") + "</p>\n"
        }
        out += "<p>\(HTML.escape(t.instrumentIntro))</p>\n"
        for question in questions {
            out += "<section id=\"\(question.dimension.id)\">\n"
            out += "<h2>\(question.number). \(HTML.escape(question.dimension.label(language)))</h2>\n"
            out += "<p>\(HTML.escape(question.text))</p>\n<ol class=\"options\">\n"
            for option in question.options {
                out += "<li><span class=\"score\">\(option.score)</span>\(HTML.escape(option.label))</li>\n"
            }
            for label in question.missing {
                out += "<li class=\"missing\">\(HTML.escape(label))</li>\n"
            }
            out += "</ol>\n"
            if question.recoded { out += "<p><em>\(HTML.escape(t.recodedNote))</em></p>\n" }
            out += "</section>\n"
        }
        out += "</body>\n</html>\n"
        return out
    }
}
