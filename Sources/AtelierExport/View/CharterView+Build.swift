import AtelierCore

extension CharterView {
    /// The one walk over the document that every format shares.
    package init(_ doc: CharterDocument, options: ExportOptions) {
        let facilitator = options.facilitator
        let language = doc.language
        let labels = Labels.of(language)
        let titles = Dictionary(doc.sections.map { ($0.id, SafeText.line($0.title)) }, uniquingKeysWith: { a, _ in a })
        func sectionTitle(_ id: String?) -> String { id.map { titles[$0] ?? SafeText.line($0) } ?? "" }
        let locator = ValueLocator(doc, labels: labels)
        let wording = ClientWording(labels: labels, locator: locator, sectionTitle: sectionTitle)
        let client = doc.client.map(SafeText.line).flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
        let date = DisplayText.date(doc.date, language)
        let parts = DocumentParts(doc: doc, labels: labels, locator: locator, client: client, date: date)

        var decided = DecisionIndex(doc.decisions)
        let marks = Self.valuesToConfirm(doc, locator)
        var changes: [String: [String]] = [:]
        for change in doc.lockChanges {
            changes[change.section, default: []].append(wording.lockChange(change, startedAt: doc.startedAt))
        }
        // A section that declares no field has nothing to show; facilitator-only ones go in the annex.
        func build(_ section: CharterDocument.Section) -> SectionView {
            let sectionChanges = changes[section.id] ?? []
            var view = SectionView(id: SafeText.line(section.id), title: SafeText.line(section.title),
                                   locked: section.locked, lockedText: labels[sectionChanges.isEmpty ? .locked : .lockedChanged],
                                   changes: sectionChanges, facilitatorOnly: section.facilitatorOnly,
                                   readinessPercent: DisplayText.percent(section.readiness),
                                   fields: section.fields.map { FieldView($0, labels, &decided, marks: marks) })
            view.arrange()
            return view
        }
        let sections = doc.sections.filter { !$0.facilitatorOnly && !$0.fields.isEmpty }.map(build)
        let annexSections = facilitator ? doc.sections.filter { $0.facilitatorOnly && !$0.fields.isEmpty }.map(build) : []

        var openQuestions = doc.openQuestions.map {
            wording.openQuestion(question: $0.question, path: $0.path, owner: $0.owner, dontKnow: $0.dontKnow, section: $0.section)
        }
        if !facilitator {
            // The client reads the gaps still open as questions too, without their weight.
            openQuestions += doc.openGaps.map {
                var question = wording.openQuestion(question: $0.question, path: $0.path, owner: nil, dontKnow: false, section: $0.section)
                question.raised = $0.asked
                return question
            }
        }
        let allDecisions = doc.decisions.map(wording.decision)
        let unplaced = zip(doc.decisions, allDecisions).filter { !decided.wasShown($0.0) }.map(\.1)
        let head = parts.head(version: options.version, status: options.status)

        self.init(
            language: language, labels: labels, head: head, workshopID: SafeText.line(doc.workshopID),
            workshopTitle: SafeText.line(doc.workshopTitle), sessionID: SafeText.line(doc.sessionID),
            client: client, date: date, isoDate: doc.date.iso, facilitator: facilitator,
            readiness: facilitator ? ReadinessView(doc.readiness, labels) : nil,
            summary: parts.summary(fields: options.summaryFields, decided: decided),
            sections: sections, decisions: unplaced, openQuestions: openQuestions,
            openGaps: facilitator ? doc.openGaps.map {
                GapView(question: SafeText.clean($0.question), section: sectionTitle($0.section),
                        blocking: $0.weight == .blocking, asked: $0.asked)
            } : [],
            approval: parts.approval(),
            people: doc.people.map {
                PersonView(name: SafeText.line($0.name), email: $0.email.map(SafeText.line), role: $0.role.map(SafeText.line))
            },
            annex: facilitator ? AnnexView(doc.annex, sections: annexSections, decisions: allDecisions, language) : nil,
            contents: [])
        progress = doc.progress.map { ProgressView($0, labels: labels, language: language) }
        contents = tableOfContents()
    }

    /// The parts of the document, for the table of contents (the anchors the templates use).
    private func tableOfContents() -> [ContentsEntry] {
        var entries = progress.map { [ContentsEntry(anchor: "since-last-time", title: $0.title)] } ?? []
        entries += sections.map { ContentsEntry(anchor: "section-\($0.id)", title: $0.title) }
        if !decisions.isEmpty { entries.append(ContentsEntry(anchor: "decisions", title: labels[.decisions])) }
        if !openQuestions.isEmpty { entries.append(ContentsEntry(anchor: "open-questions", title: labels[.openQuestions])) }
        if !openGaps.isEmpty { entries.append(ContentsEntry(anchor: "open-gaps", title: labels[.openGaps])) }
        if !approval.isEmpty { entries.append(ContentsEntry(anchor: "approval", title: labels[.approval])) }
        if annex != nil { entries.append(ContentsEntry(anchor: "annex", title: labels[.annex])) }
        return entries
    }

    /// The values a question still hangs on (a gap still open, an open question), by path: they are
    /// marked "à confirmer" where they are shown.
    private static func valuesToConfirm(_ doc: CharterDocument, _ locator: ValueLocator) -> Set<String> {
        let paths = doc.openGaps.compactMap(\.path) + doc.openQuestions.compactMap(\.path)
        var marks: Set<String> = []
        for text in paths {
            guard let path = FieldPath(parsing: text), let target = locator.locate(path), target.scalarText else { continue }
            marks.insert(path.description)
        }
        return marks
    }

    /// Objectives with their indicators (records holding records), and anything with an owner and a
    /// date (next steps, deliverables): what a summary recalls when the script does not say.
    static func belongsInSummary(_ type: FieldType) -> Bool {
        guard case .records(let model) = type else { return false }
        let types = model.fields.map(\.type)
        let nested = types.contains { if case .records = $0 { true } else { false } }
        return nested || (types.contains(.person) && types.contains(.date))
    }
}

extension ReadinessView {
    init(_ readiness: CharterDocument.Readiness, _ labels: Labels) {
        let percent = DisplayText.percent(readiness.overall)
        self.init(percent: percent, percentText: labels.percent(percent),
                  blockingOpen: readiness.blockingOpen, blockingClosed: readiness.blockingClosed,
                  blockingOpenText: labels.count(readiness.blockingOpen, one: .blockingOpenOne, other: .blockingOpen),
                  blockingClosedText: labels.count(readiness.blockingClosed, one: .blockingClosedOne, other: .blockingClosed))
    }
}
