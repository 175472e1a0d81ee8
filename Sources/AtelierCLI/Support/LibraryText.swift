import AtelierCore

/// What the session library, `diff`, follow-ups and migrations say, in French and English: every
/// sentence of issue 13's commands in one place.
enum LibraryText {
    private static func t(_ language: Language, _ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    // MARK: Transcript

    static func followUpStarted(_ parent: String, day: Day, _ l: Language) -> String {
        t(l, "(suivi de la session \(parent.prefix(8)) du \(day.iso) : sa charte est reprise)",
          "(follow-up of session \(parent.prefix(8)) of \(day.iso): its charter is carried over)")
    }

    static func migrated(_ path: String?, _ l: Language) -> String {
        t(l, "(la session continue sur le script modifié\(path.map { " \($0)" } ?? ""))",
          "(the session goes on with the edited script\(path.map { " \($0)" } ?? ""))")
    }
}

// MARK: References and the library
extension LibraryText {
    static func noSuchSession(_ reference: String, library: String, _ l: Language) -> String {
        l == .fr ? "aucune session ne répond à « \(reference) » (ni fichier, ni identifiant, ni client/date dans \(library)) ; `atelier sessions` les liste."
            : "no session answers to “\(reference)” (no such file, id or client/date in \(library)); `atelier sessions` lists them."
    }

    static func ambiguousSession(_ reference: String, paths: [String], _ l: Language) -> String {
        (l == .fr ? "« \(reference) » désigne plusieurs sessions ; précisez (identifiant plus long, ou chemin) :"
            : "“\(reference)” names several sessions; be more precise (a longer id, or the path):")
            + paths.map { "\n  " + $0 }.joined()
    }
}

// MARK: atelier sessions
extension LibraryText {
    static func listHeadings(_ l: Language) -> [String] {
        l == .fr ? ["DATE", "CLIENT", "ATELIER", "DURÉE", "PRÊTE", "QUESTIONS", "ID", "CHEMIN"]
            : ["DATE", "CLIENT", "WORKSHOP", "TIME", "READY", "QUESTIONS", "ID", "PATH"]
    }

    static func duration(_ seconds: Double, _ l: Language) -> String {
        let minutes = Int((seconds / 60).rounded())
        guard minutes >= 60 else { return "\(minutes) min" }
        let rest = minutes % 60
        return "\(minutes / 60) h" + (rest == 0 ? "" : " " + (rest < 10 ? "0\(rest)" : "\(rest)"))
    }

    static func percent(_ share: Double, _ l: Language) -> String {
        let n = Int((share * 100).rounded())
        return l == .fr ? "\(n)\u{202F}%" : "\(n)%"
    }

    static func noSessions(_ home: String, filtered: Bool, _ l: Language) -> String {
        filtered ? (l == .fr ? "Aucune session ne correspond." : "No session matches.")
            : (l == .fr ? "Aucune session dans \(home) pour l'instant." : "No session in \(home) yet.")
    }

    static func notASession(_ path: String, _ l: Language) -> String {
        l == .fr ? "\(path) n'a pas d'en-tête de session." : "\(path) has no session header."
    }

    static func added(_ path: String, client: String?, day: Day, _ l: Language) -> String {
        let who = client ?? "—"
        return l == .fr ? "Ajoutée à la bibliothèque : \(who), \(day.iso) (\(path))." : "Added to the library: \(who), \(day.iso) (\(path))."
    }

    static func confirmRemove(_ path: String, client: String?, day: Day?, _ l: Language) -> String {
        let what = [client, day?.iso].compactMap { $0 }.joined(separator: ", ")
        return l == .fr
            ? "Supprimer définitivement la session \(what.isEmpty ? "" : "(\(what)) ")\(path), son fichier de secours et ses réponses ? [o/N] "
            : "Delete the session \(what.isEmpty ? "" : "(\(what)) ")\(path), its rescue file and its answers for good? [y/N] "
    }

    static func isYes(_ answer: String) -> Bool {
        ["o", "oui", "y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
    }

    static func removeCancelled(_ l: Language) -> String {
        l == .fr ? "Rien n'a été supprimé." : "Nothing was deleted."
    }

    static func removed(_ files: [String], _ l: Language) -> String {
        (l == .fr ? "Supprimé :" : "Deleted:") + files.map { "\n  " + $0 }.joined()
    }
}

// MARK: atelier diff
extension LibraryText {
    static func diffNeedsTwo(_ l: Language) -> String {
        l == .fr ? "donnez deux sessions (atelier diff A B), ou une session et un moment (atelier diff A --at 1:10)."
            : "give two sessions (atelier diff A B), or a session and a time (atelier diff A --at 1:10)."
    }

    static func badTime(_ text: String, _ l: Language) -> String {
        l == .fr ? "« \(text) » n'est pas un moment de l'atelier : écrivez H:MM (1:10) ou des minutes (70)."
            : "“\(text)” is not a workshop time: write H:MM (1:10) or minutes (70)."
    }

    static func atTime(_ seconds: Double, _ l: Language) -> String {
        let minutes = Int(seconds / 60)
        let clock = "\(minutes / 60):" + (minutes % 60 < 10 ? "0" : "") + "\(minutes % 60)"
        return l == .fr ? "à \(clock) d'atelier" : "at \(clock) into the workshop"
    }

    static func diffTitle(_ l: Language) -> String { l == .fr ? "Ce qui a changé dans la charte" : "What changed in the charter" }

    static func diffCharter(_ count: Int, _ l: Language) -> String {
        l == .fr ? "Réponses (\(count) \(count > 1 ? "changements" : "changement"))" : "Answers (\(count) \(count == 1 ? "change" : "changes"))"
    }

    static func noChange(_ l: Language) -> String { l == .fr ? "aucun changement" : "no change" }
    static func beforeLabel(_ l: Language) -> String { l == .fr ? "avant : " : "before: " }
    static func afterLabel(_ l: Language) -> String { l == .fr ? "après : " : "after:  " }
    static func gapsOpened(_ l: Language) -> String { l == .fr ? "Points ouverts" : "Gaps opened" }
    static func gapsClosed(_ l: Language) -> String { l == .fr ? "Points refermés" : "Gaps closed" }
    static func decisionsTaken(_ l: Language) -> String { l == .fr ? "Décisions prises" : "Decisions taken" }
    static func decisionsWithdrawn(_ l: Language) -> String { l == .fr ? "Décisions retirées" : "Decisions withdrawn" }
    static func questionsResolved(_ l: Language) -> String { l == .fr ? "Questions ouvertes résolues" : "Open questions resolved" }
    static func questionsRaised(_ l: Language) -> String { l == .fr ? "Nouvelles questions ouvertes" : "New open questions" }

    static func markdownHeadings(_ l: Language) -> String {
        l == .fr ? "| | Champ | Avant | Après |" : "| | Field | Before | After |"
    }

    static func kindName(_ kind: CharterDiff.Kind, _ l: Language) -> String {
        switch (kind, l) {
        case (.added, .fr): "ajouté"
        case (.added, .en): "added"
        case (.changed, .fr): "modifié"
        case (.changed, .en): "changed"
        case (.removed, .fr): "retiré"
        case (.removed, .en): "removed"
        }
    }

    static func readinessMove(_ before: Double, _ after: Double, _ l: Language) -> String {
        l == .fr ? "Charte prête à \(percent(before, l)) avant, \(percent(after, l)) après."
            : "Charter \(percent(before, l)) ready before, \(percent(after, l)) after."
    }
}

// MARK: Follow-ups
extension LibraryText {
    static func notLinked(_ reason: String, _ l: Language) -> String {
        l == .fr ? "la session n'a pas pu être ajoutée à la bibliothèque (\(reason)) ; elle continue, et `atelier sessions add` pourra l'y ajouter."
            : "the session could not be added to the library (\(reason)); it goes on, and `atelier sessions add` can add it later."
    }

    static func followUpIntro(_ parent: String, day: Day, engine: Engine, _ l: Language) -> String {
        let document = engine.document(sessionID: "", client: nil, date: day)
        let reviews = document.progress?.reviews.count ?? 0
        let open = document.progress?.stillOpen.count ?? 0
        return l == .fr
            ? "Point d'étape : la charte du \(day.iso) (\(parent)) est reprise ; \(reviews) suivi(s) à faire et \(open) question(s) restée(s) ouverte(s) à revoir."
            : "Follow-up: the charter of \(day.iso) (\(parent)) is carried over; \(reviews) item(s) to review and \(open) open question(s) to revisit."
    }
}

// MARK: Resuming on an edited script
extension LibraryText {
    static func badRename(_ option: String, _ l: Language) -> String {
        l == .fr ? "--rename attend ANCIEN=NOUVEAU (des identifiants de champs), pas « \(option) »."
            : "--rename expects OLD=NEW (field ids), not “\(option)”."
    }

    static func continueOnEdited(session: String, script: String, _ l: Language) -> String {
        l == .fr ? ". Pour continuer sur le script modifié (les réponses sont reprises) : atelier resume \(session) --workshop \(script)"
            : ". To go on with the edited script (the answers are carried over): atelier resume \(session) --workshop \(script)"
    }

    static func formOnly(_ path: String, _ l: Language) -> String {
        l == .fr ? "Le script \(path) n'a changé que dans sa forme (commentaires, mise en page) : la session reprend telle quelle."
            : "The script \(path) changed in form only (comments, layout): the session resumes as it is."
    }

    static func whereDidItGo(_ field: String, choices: [String], _ l: Language) -> String {
        l == .fr
            ? "Le champ « \(field) » n'existe plus dans le script modifié. Où vont ses réponses ? (\(choices.joined(separator: ", ")) ; Entrée : en faire des questions ouvertes) "
            : "The field “\(field)” is gone from the edited script. Where do its answers go? (\(choices.joined(separator: ", ")); Enter: make them open questions) "
    }

    static func noSuchField(_ answer: String, _ l: Language) -> String {
        l == .fr ? "« \(answer) » n'est pas un champ à cet endroit du script." : "“\(answer)” is not a field at that place in the script."
    }

    static func migrationReport(_ report: MigrationReport, diff: CharterDiff, script: String, _ l: Language) -> String {
        let fr = l == .fr
        var out = fr ? "\nLa session continue sur le script modifié \(script).\n" : "\nThe session goes on with the edited script \(script).\n"
        out += fr ? "  Réponses reprises : \(report.carried)\n" : "  Answers carried over: \(report.carried)\n"
        func section(_ title: String, _ lines: [String]) {
            guard !lines.isEmpty else { return }
            out += "\n\(title) (\(lines.count))\n" + lines.map { "  • \($0)\n" }.joined()
        }
        section(fr ? "Champs renommés" : "Fields renamed", report.renames.map { "\($0.from) → \($0.to)" })
        section(fr ? "Réponses sans place, devenues questions ouvertes" : "Answers with no place, now open questions", report.openQuestions)
        section(fr ? "Nouvelles questions à poser" : "New questions to ask", report.newQuestions)
        section(fr ? "Nouveaux points soulevés par les règles" : "New gaps the rules raise", diff.gapsOpened.map(\.question))
        section(fr ? "Points qui ne sont plus soulevés" : "Gaps no longer raised", diff.gapsClosed.map(\.question))
        return out + "\n"
    }
}
