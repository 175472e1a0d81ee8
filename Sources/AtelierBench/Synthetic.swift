/// Deterministic synthetic workshop scripts, as YAML text (so that loading them is measured too).
enum Synthetic {
    /// A script whose charter has `lists` records fields (each record: name, target, owner, due
    /// date, status) plus one text field per list, and `rules` rules spread over the lists in
    /// turn (about a dozen kinds: empty fields, unmeasurable targets, past dates, ordering,
    /// counts, hedges over `answers`). One phase asks every field.
    static func engineScript(rules ruleCount: Int, lists: Int) -> String {
        var y = header(id: "synthetic-rules", title: "Synthetic \(ruleCount) rules")
        y += "charter:\n"
        for k in 0..<lists {
            y += """
              - section: s\(k)
                title: Section \(k)
                fields:
                  - id: notes\(k)
                    label: Notes \(k)
                    type: text
                  - id: items\(k)
                    label: Items \(k)
                    type: records
                    item: item
                    fields:
                      - { id: name, label: Name, type: text }
                      - { id: target, label: Target, type: text }
                      - { id: owner, label: Owner, type: person }
                      - { id: due, label: Due, type: date }
                      - { id: status, label: Status, type: choice, options: [open, done, dropped] }

            """
        }
        y += "phases:\n  - id: main\n    title: Main\n    timebox: 120\n    steps:\n"
        for k in 0..<lists {
            y += "      - ask: notes\(k)\n        question: \"Notes \(k)?\"\n"
            y += "      - ask: items\(k)\n        question: \"Items \(k)?\"\n"
        }
        y += "rules:\n"
        for n in 0..<ruleCount {
            y += rule(n, list: n % lists)
        }
        return y
    }

    private static func rule(_ n: Int, list k: Int) -> String {
        let each = "each: r in items\(k)"
        let (head, when, ask, answer): (String, String, String, String)
        switch (n / 100) % 12 {
        case 0: (head, when, ask, answer) = (each, "empty(r.owner)", "Who owns {r.name}?", "r.owner")
        case 1: (head, when, ask, answer) = (each, "not empty(r.target) and not has_number(r.target) and not has_date(r.target)",
                                             "How will we know {r.target} is met?", "r.target")
        case 2: (head, when, ask, answer) = (each, "r.due < today()", "{r.name} is due {r.due}, in the past: new date?", "r.due")
        case 3: (head, when, ask, answer) = (each, "empty(r.due)", "When is {r.name} due?", "r.due")
        case 4: (head, when, ask, answer) = (each, "r.status == \"dropped\" and empty(r.target)", "Why was {r.name} dropped?", "r.target")
        case 5: (head, when, ask, answer) = ("", "count(r in items\(k): empty(r.owner)) > 3", "Several items have no owner.", "notes\(k)")
        case 6: (head, when, ask, answer) = (each, "contains(r.name, \"urgent\") and empty(r.owner)", "Who takes {r.name}?", "r.owner")
        case 7: (head, when, ask, answer) = ("", "empty(items\(k))", "Nothing in list \(k) yet?", "items\(k)")
        case 8: (head, when, ask, answer) = (each, "len(r.name) > 60", "Shorter name for {r.name}?", "r.name")
        case 9: (head, when, ask, answer) = (each, "matches(r.target, \"^[0-9]+ ?%$\") and empty(r.owner)", "Who measures {r.target}?", "r.owner")
        case 10: (head, when, ask, answer) = ("", "any(r in items\(k): lower(r.owner) == lower(notes\(k)))", "Owner named in the notes?", "notes\(k)")
        default:
            if n % 100 == 0 {
                return """
                  - id: rule\(n)
                    each: a in answers
                    when: uses(a.text, hedges) and a.field != "notes0"
                    ask: "For {a.label} you said {a.text}: can we write it without {quote(a.text, hedges)}?"
                    answer: a
                    section: s0

                """
            }
            (head, when, ask, answer) = (each, "not empty(r.target) and empty(r.status)", "Status of {r.name}?", "r.status")
        }
        let scope = n % 3 == 0 ? "    phases: end\n" : ""
        return "  - id: rule\(n)\n" + (head.isEmpty ? "" : "    \(head)\n")
            + "    when: '\(when)'\n    ask: \"\(ask)\"\n    answer: \(answer)\n" + scope
            + "    weight: \(n % 4 == 0 ? "advisory" : "blocking")\n"
    }

    /// A script of `steps` steps (asks, says and checks in turn) over phases of 100 steps, with a
    /// rule per phase: the lint benchmark.
    static func lintScript(steps: Int) -> String {
        let phases = max(1, (steps + 99) / 100)
        var y = header(id: "synthetic-steps", title: "Synthetic \(steps) steps", duration: phases * 10)
        y += "charter:\n"
        for p in 0..<phases {
            y += "  - section: s\(p)\n    title: Section \(p)\n    fields:\n"
            for f in 0..<34 { y += "      - { id: f\(p)_\(f), label: Field \(p).\(f), type: text, hint: \"Say it in one line.\" }\n" }
        }
        y += "phases:\n"
        var made = 0
        for p in 0..<phases {
            y += "  - id: p\(p)\n    title: Phase \(p)\n    timebox: 10\n    steps:\n"
            for s in 0..<100 where made < steps {
                switch s % 3 {
                case 0: y += "      - ask: f\(p)_\(s / 3)\n        question: \"What about {f\(p)_\(max(0, s / 3 - 1))}, then?\"\n"
                case 1: y += "      - say: \"Step \(s) of phase \(p): we move on together.\"\n"
                default: y += "      - check: \"The room agreed on step \(s).\"\n        id: chk-\(p)-\(s)\n"
                }
                made += 1
            }
        }
        y += "rules:\n"
        for p in 0..<phases {
            y += "  - id: empty-f\(p)\n    when: empty(f\(p)_0) and not has_date(f\(p)_1)\n    ask: \"Nothing on {f\(p)_1} yet?\"\n    answer: f\(p)_0\n    phases: end\n"
        }
        return y
    }

    private static func header(id: String, title: String, duration: Int = 120) -> String {
        """
        atelier: 1
        id: \(id)
        title: \(title)
        language: en
        duration: \(duration)
        lexicons:
          hedges: [I think, maybe, probably, to be confirmed, we'll see, I guess, normally, perhaps]

        """
    }
}
