extension WorkshopArchive {
    /// The workshop `bytes` hold, as if loaded from `file`; nil for bytes of another format
    /// version, cut, changed or made up.
    public static func workshop(from bytes: [UInt8], file: String) -> Workshop? {
        var r = ArchiveReader(bytes)
        guard r.uint() == formatVersion, let workshop = r.workshop(file: file), r.isAtEnd else { return nil }
        return workshop
    }
}

extension ArchiveReader {
    mutating func workshop(file: String) -> Workshop? {
        guard let id = string(), let title = string(), let language = string().flatMap(Language.init(rawValue:)),
              let duration = int(),
              let sections = array({ $0.section(file: file) }),
              let phases = array({ $0.phase(file: file) }),
              let rules = array({ $0.rule(file: file) }),
              let lexicons = array({ r -> (String, [String])? in
                  guard let name = r.string(), let words = r.array({ $0.string() }) else { return nil }
                  return (name, words)
              }),
              let templates = array({ r -> (String, String)? in
                  guard let format = r.string(), let path = r.string() else { return nil }
                  return (format, path)
              }),
              let presentation = presentation(),
              let intro = optional({ $0.string() }), let dueBefore = optional({ $0.int() }),
              let missionStart = optional({ $0.string() }), let missionEnd = optional({ $0.string() }) else { return nil }
        return Workshop(id: id, title: title, language: language, duration: duration, charter: CharterModel(sections: sections),
                        phases: phases, rules: rules, lexicons: Dictionary(lexicons, uniquingKeysWith: { a, _ in a }),
                        templates: Dictionary(templates, uniquingKeysWith: { a, _ in a }), presentation: presentation,
                        preread: PrereadSettings(intro: intro, dueBefore: dueBefore),
                        mission: MissionDates(start: missionStart, end: missionEnd), file: file)
    }

    mutating func presentation() -> CharterPresentation? {
        guard let title = optional({ $0.string() }), let subtitle = optional({ $0.string() }),
              let summary = optional({ r in
                  r.array { r -> CharterPresentation.SummaryItem? in
                      guard let field = r.string(), let show = r.array({ $0.string() }) else { return nil }
                      return CharterPresentation.SummaryItem(field: field, show: show)
                  }
              }),
              let approval = array({ r -> CharterPresentation.Signatory? in
                  guard let role = r.string(), let field = r.optional({ $0.string() }) else { return nil }
                  return CharterPresentation.Signatory(role: role, field: field)
              }) else { return nil }
        return CharterPresentation(title: title, subtitle: subtitle, summary: summary, approval: approval)
    }

    mutating func location(file: String) -> SourceLocation?? {
        optional { r -> SourceLocation? in
            guard let other = r.optional({ $0.string() }), let line = r.int(), let column = r.int() else { return nil }
            return SourceLocation(file: other ?? file, line: line > 0 ? line : nil, column: column > 0 ? column : nil)
        }
    }

    mutating func section(file: String) -> SectionModel? {
        guard let id = string(), let title = string(), let fields = array({ $0.field(file: file) }),
              let facilitatorOnly = bool(), let location = location(file: file) else { return nil }
        return SectionModel(id: id, title: title, fields: fields, facilitatorOnly: facilitatorOnly, location: location)
    }

    mutating func field(file: String) -> FieldModel? {
        guard let id = string(), let label = string(), let type = fieldType(file: file), let hint = optional({ $0.string() }),
              let itemLabel = optional({ $0.string() }), let location = location(file: file),
              let renamedFrom = array({ $0.string() }), let followUp = bool(),
              let trend = optional({ r -> FieldModel.Trend? in
                  guard let start = r.optional({ $0.string() }), let target = r.optional({ $0.string() }) else { return nil }
                  return FieldModel.Trend(start: start, target: target)
              }) else { return nil }
        return FieldModel(id: id, label: label, type: type, hint: hint, itemLabel: itemLabel, location: location,
                          renamedFrom: renamedFrom, followUp: followUp, trend: trend)
    }

    mutating func fieldType(file: String) -> FieldType? {
        guard depth < Self.maximumDepth, let tag = uint() else { return nil }
        depth += 1
        defer { depth -= 1 }
        switch tag {
        case 0: return .text
        case 1: return .longText
        case 2: return .number
        case 3: return .date
        case 4: return .duration
        case 5: return .yesNo
        case 6: return .person
        case 7: return array({ $0.string() }).map(FieldType.choice)
        case 8: return fieldType(file: file).map(FieldType.list)
        case 9:
            guard let fields = array({ $0.field(file: file) }), let title = optional({ $0.string() }) else { return nil }
            return .records(RecordModel(fields: fields, titleField: title))
        default: return nil
        }
    }

    mutating func phase(file: String) -> Phase? {
        guard let id = string(), let title = string(), let timebox = int(), let steps = array({ $0.step(file: file) }),
              let location = location(file: file) else { return nil }
        return Phase(id: id, title: title, timebox: timebox, steps: steps, location: location)
    }

    mutating func step(file: String) -> Step? {
        guard let id = string(), let tag = uint() else { return nil }
        let kind: Step.Kind
        switch tag {
        case 0:
            guard let text = string() else { return nil }
            kind = .say(text)
        case 1:
            guard let field = string(), let text = interpolated(), let hint = optional({ $0.string() }), let why = optional({ $0.string() }),
                  let recordFields = optional({ $0.array({ $0.string() }) }), let preread = bool() else { return nil }
            kind = .ask(Question(field: field, text: text, hint: hint, why: why, recordFields: recordFields, preread: preread))
        case 2:
            guard let text = string(), let why = optional({ $0.string() }) else { return nil }
            kind = .check(Checkpoint(text: text, why: why))
        default:
            return nil
        }
        guard let location = location(file: file), let review = bool() else { return nil }
        return Step(id: id, kind: kind, opensReview: review, location: location)
    }

    mutating func rule(file: String) -> Rule? {
        guard let id = string(),
              let bindings = array({ r -> Binding? in
                  guard let variable = r.string(), let source = r.expr() else { return nil }
                  return Binding(variable: variable, source: source)
              }),
              let condition = expr(), let question = interpolated(), let target = expr(), let scopeTag = uint() else { return nil }
        let scope: Rule.Scope
        switch scopeTag {
        case 0: scope = .anyPhase
        case 1:
            guard let ids = array({ $0.string() }) else { return nil }
            scope = .phases(ids)
        case 2: scope = .atEnd
        default: return nil
        }
        guard let weight = string().flatMap(Rule.Weight.init(rawValue:)), let why = optional({ $0.string() }),
              let section = string(), let location = location(file: file) else { return nil }
        return Rule(id: id, bindings: bindings, condition: condition, question: question, target: target, scope: scope,
                    weight: weight, why: why, section: section, location: location)
    }

    mutating func interpolated() -> InterpolatedText? {
        guard let parts = array({ r -> InterpolatedText.Part? in
            switch r.uint() {
            case 0: return r.string().map(InterpolatedText.Part.literal)
            case 1:
                guard let e = r.expr(), let offset = r.int() else { return nil }
                return .expression(e, offset: offset)
            default: return nil
            }
        }), let source = string() else { return nil }
        return InterpolatedText(parts: parts, source: source)
    }

    mutating func expr() -> Expr? {
        guard depth < Self.maximumDepth, let offset = int(), let length = int(), let tag = uint() else { return nil }
        depth += 1
        defer { depth -= 1 }
        let kind: Expr.Kind
        switch tag {
        case 0:
            guard let literal = literal() else { return nil }
            kind = .literal(literal)
        case 1:
            guard let name = string() else { return nil }
            kind = .name(name)
        case 2:
            guard let base = expr(), let field = string() else { return nil }
            kind = .member(base, field)
        case 3:
            guard let base = expr() else { return nil }
            kind = .flatten(base)
        case 4:
            guard let op = string().flatMap(Expr.UnaryOperator.init(rawValue:)), let operand = expr() else { return nil }
            kind = .unary(op, operand)
        case 5:
            guard let op = string().flatMap(Expr.BinaryOperator.init(rawValue:)), let l = expr(), let r = expr() else { return nil }
            kind = .binary(op, l, r)
        case 6:
            guard let name = string(), let args = array({ $0.expr() }) else { return nil }
            kind = .call(name, args)
        case 7:
            guard let q = string().flatMap(Expr.Quantifier.init(rawValue:)), let variable = string(), let source = expr(),
                  let predicate = optional({ $0.expr() }) else { return nil }
            kind = .quantified(q, variable: variable, source: source, predicate: predicate)
        default:
            return nil
        }
        return Expr(kind, offset: offset, length: length)
    }

    private mutating func literal() -> Expr.Literal? {
        switch uint() {
        case 0: return double().map(Expr.Literal.number)
        case 1: return string().map(Expr.Literal.text)
        case 2: return bool().map(Expr.Literal.bool)
        case 3:
            guard let y = int(), let m = int(), let d = int(), Day.isValid(year: y, month: m, day: d) else { return nil }
            return .date(Day(year: y, month: m, day: d))
        case 4: return int().map(Expr.Literal.duration)
        case 5: return .null
        default: return nil
        }
    }
}
