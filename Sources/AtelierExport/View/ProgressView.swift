import AtelierCore

/// "Since last time" in a follow-up workshop's documents: each follow-up answer against last
/// time's and its target (the indicators' trends), what changed in the charter, the open
/// questions answered and those still open. Client text sanitized, not yet escaped.
package struct ProgressView {
    /// "Depuis l'atelier du 24 novembre 2026".
    package var title: String
    package var intro: String
    package var reviewColumns: [String]
    /// One row per follow-up answer: what, the point followed, last time, now, the target, the trend.
    package var reviews: [[String]]
    /// The same, one sentence a row, for the e-mail: "Délai moyen — Valeur actuelle : 62 jours → 45 jours (cible : 40 jours ; en progrès)".
    package var reviewLines: [String]
    package var changes: [Change]
    package var resolved: [String]
    package var stillOpen: [String]

    package struct Change {
        package var kind: String
        package var label: String
        package var before: String
        package var after: String
    }

    package init(_ progress: CharterProgress, labels: Labels, language: Language) {
        let date = DisplayText.date(progress.parentDate, language)
        title = labels[.sinceLastTime]
        intro = labels.fill(.progressIntro, ["date": date])
        func text(_ value: Value?) -> String {
            value.map { DisplayText.value($0, model: nil, language) }.flatMap { $0.isEmpty ? nil : $0 } ?? labels[.unanswered]
        }
        reviewColumns = [labels[.reviewItem], labels[.reviewPoint], labels[.lastTime], labels[.now], labels[.targetValue], labels[.trend]]
        reviews = progress.reviews.map { r in
            var trend = ""
            switch r.direction {
            case .better?: trend = labels[.trendBetter]
            case .worse?: trend = labels[.trendWorse]
            case .steady?: trend = labels[.trendSteady]
            case nil: break
            }
            if let share = r.share {
                let way = labels.fill(.ofTheWay, ["percent": labels.percent(DisplayText.percent(share))])
                trend = trend.isEmpty ? way : trend + ", " + way
            }
            return [SafeText.line(r.item), SafeText.line(r.label), text(r.previous ?? r.start), text(r.current), text(r.target),
                    trend.isEmpty ? labels[.unanswered] : trend]
        }
        reviewLines = reviews.map { row in
            "\(row[0]) — \(row[1])\(labels[.colon]) \(row[2]) → \(row[3]) (\(labels[.targetValue].lowercased())\(labels[.colon]) \(row[4]), \(row[5]))"
        }
        changes = progress.changes.map { c in
            let kind: Labels.Key = switch c.kind { case .added: .progressAdded; case .changed: .progressChanged; case .removed: .progressRemoved }
            return Change(kind: labels[kind], label: SafeText.line(c.label), before: text(c.before), after: text(c.after))
        }
        resolved = progress.resolvedQuestions.map(SafeText.clean)
        stillOpen = progress.stillOpen.map(SafeText.clean)
    }
}
