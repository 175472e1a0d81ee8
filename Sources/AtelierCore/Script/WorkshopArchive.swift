/// A loaded and checked workshop as bytes, so that a script that has not changed need not be
/// parsed and type-checked again at every start (the cache itself, on disk, is AtelierStore's).
///
/// The script's file name is not stored: it is given back when reading, so the same content
/// under another name reads as if loaded from there. Reading bytes that are not an archive of
/// this format gives nil — the caller then loads the script — never a crash.
public enum WorkshopArchive {
    /// Changes whenever what is written changes (2: the charter's presentation, `document:`;
    /// 3: a step's `review` marker and the mission's date fields, `mission:`; 4: a field's
    /// `renamed:`, `follow_up:` and `trend:`; 5: the pre-read questionnaire, `preread:`).
    static let formatVersion: UInt64 = 5

    public static func bytes(of workshop: Workshop) -> [UInt8] {
        var w = ArchiveWriter()
        w.uint(formatVersion)
        let file = workshop.file
        w.string(workshop.id)
        w.string(workshop.title)
        w.string(workshop.language.rawValue)
        w.int(workshop.duration)
        w.array(workshop.charter.sections) { w, section in
            w.string(section.id)
            w.string(section.title)
            w.array(section.fields) { w, field in w.field(field, file: file) }
            w.bool(section.facilitatorOnly)
            w.location(section.location, file: file)
        }
        w.array(workshop.phases) { w, phase in
            w.string(phase.id)
            w.string(phase.title)
            w.int(phase.timebox)
            w.array(phase.steps) { w, step in w.step(step, file: file) }
            w.location(phase.location, file: file)
        }
        w.array(workshop.rules) { w, rule in w.rule(rule, file: file) }
        w.array(workshop.lexicons.sorted { $0.key < $1.key }) { w, lexicon in
            w.string(lexicon.key)
            w.array(lexicon.value) { $0.string($1) }
        }
        w.array(workshop.templates.sorted { $0.key < $1.key }) { w, template in
            w.string(template.key)
            w.string(template.value)
        }
        w.presentation(workshop.presentation)
        w.optional(workshop.preread.intro) { $0.string($1) }
        w.optional(workshop.preread.dueBefore) { $0.int($1) }
        w.optional(workshop.mission.start) { $0.string($1) }
        w.optional(workshop.mission.end) { $0.string($1) }
        return w.bytes
    }
}

extension ArchiveWriter {
    /// A location in the script itself (most of them) is written without its file name.
    mutating func location(_ location: SourceLocation?, file: String) {
        optional(location) { w, location in
            w.optional(location.file == file ? nil : location.file) { $0.string($1) }
            // 0 for none: lines and columns start at 1.
            w.int(location.line ?? 0)
            w.int(location.column ?? 0)
        }
    }

    mutating func presentation(_ p: CharterPresentation) {
        optional(p.title) { $0.string($1) }
        optional(p.subtitle) { $0.string($1) }
        optional(p.summary) { w, items in
            w.array(items) { w, item in
                w.string(item.field)
                w.array(item.show) { $0.string($1) }
            }
        }
        array(p.approval) { w, signatory in
            w.string(signatory.role)
            w.optional(signatory.field) { $0.string($1) }
        }
    }

    mutating func field(_ field: FieldModel, file: String) {
        string(field.id)
        string(field.label)
        fieldType(field.type, file: file)
        optional(field.hint) { $0.string($1) }
        optional(field.itemLabel) { $0.string($1) }
        location(field.location, file: file)
        array(field.renamedFrom) { $0.string($1) }
        bool(field.followUp)
        optional(field.trend) { w, trend in
            w.optional(trend.start) { $0.string($1) }
            w.optional(trend.target) { $0.string($1) }
        }
    }

    mutating func fieldType(_ type: FieldType, file: String) {
        switch type {
        case .text: uint(0)
        case .longText: uint(1)
        case .number: uint(2)
        case .date: uint(3)
        case .duration: uint(4)
        case .yesNo: uint(5)
        case .person: uint(6)
        case .choice(let options): uint(7); array(options) { $0.string($1) }
        case .list(let item): uint(8); fieldType(item, file: file)
        case .records(let model):
            uint(9)
            array(model.fields) { w, field in w.field(field, file: file) }
            optional(model.titleField) { $0.string($1) }
        }
    }

    mutating func step(_ step: Step, file: String) {
        string(step.id)
        switch step.kind {
        case .say(let text):
            uint(0)
            string(text)
        case .ask(let q):
            uint(1)
            string(q.field)
            interpolated(q.text)
            optional(q.hint) { $0.string($1) }
            optional(q.why) { $0.string($1) }
            optional(q.recordFields) { w, ids in w.array(ids) { $0.string($1) } }
            bool(q.preread)
        case .check(let c):
            uint(2)
            string(c.text)
            optional(c.why) { $0.string($1) }
        }
        location(step.location, file: file)
        bool(step.opensReview)
    }

    mutating func rule(_ rule: Rule, file: String) {
        string(rule.id)
        array(rule.bindings) { w, binding in
            w.string(binding.variable)
            w.expr(binding.source)
        }
        expr(rule.condition)
        interpolated(rule.question)
        expr(rule.target)
        switch rule.scope {
        case .anyPhase: uint(0)
        case .phases(let ids): uint(1); array(ids) { $0.string($1) }
        case .atEnd: uint(2)
        }
        string(rule.weight.rawValue)
        optional(rule.why) { $0.string($1) }
        string(rule.section)
        location(rule.location, file: file)
    }

    mutating func interpolated(_ text: InterpolatedText) {
        array(text.parts) { w, part in
            switch part {
            case .literal(let s): w.uint(0); w.string(s)
            case .expression(let e, let offset): w.uint(1); w.expr(e); w.int(offset)
            }
        }
        string(text.source)
    }

    mutating func expr(_ e: Expr) {
        int(e.offset)
        int(e.length)
        switch e.kind {
        case .literal(let literal):
            uint(0)
            switch literal {
            case .number(let n): uint(0); double(n)
            case .text(let s): uint(1); string(s)
            case .bool(let b): uint(2); bool(b)
            case .date(let d): uint(3); int(d.year); int(d.month); int(d.day)
            case .duration(let m): uint(4); int(m)
            case .null: uint(5)
            }
        case .name(let name): uint(1); string(name)
        case .member(let base, let field): uint(2); expr(base); string(field)
        case .flatten(let base): uint(3); expr(base)
        case .unary(let op, let operand): uint(4); string(op.rawValue); expr(operand)
        case .binary(let op, let l, let r): uint(5); string(op.rawValue); expr(l); expr(r)
        case .call(let name, let args): uint(6); string(name); array(args) { $0.expr($1) }
        case .quantified(let q, let variable, let source, let predicate):
            uint(7); string(q.rawValue); string(variable); expr(source); optional(predicate) { $0.expr($1) }
        }
    }
}
