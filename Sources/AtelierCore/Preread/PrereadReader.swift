/// Reads a returned questionnaire and checks it against the script, as hostile input: strict
/// JSON, every key known, every answer read the way a typed answer is; the first problem stops
/// the reading, with its place.
public enum PrereadReader {
    /// The answers of `bytes` (the file `file`) for `workshop`. `client`: the session's client, when
    /// one was named; a file filled in for someone else is refused. `today`: the session's day; a
    /// date written without its year (« le 13/10 », « fin mars ») is its next occurrence from the
    /// day the file was saved (`saved_at`), or from `today` when the file does not say.
    public static func read(_ bytes: [UInt8], file: String, workshop: Workshop,
                            client: String?, today: Day) -> Result<PrereadReturn, LocatedPrereadProblem> {
        var reader = Reading(file: file, workshop: workshop, dates: DateContext(today: today))
        do {
            return .success(try reader.run(bytes, client: client))
        } catch let problem as LocatedPrereadProblem {
            return .failure(problem)
        } catch {
            return .failure(LocatedPrereadProblem(problem: .notAPrereadFile, location: SourceLocation(file: file, line: 0, column: 0)))
        }
    }

    private struct Reading {
        let file: String
        let workshop: Workshop
        var dates: DateContext

        func fail(_ problem: PrereadProblem, _ at: JSONPosition?) -> LocatedPrereadProblem {
            // A problem with the whole file is placed on the file itself (line 0: no line shown).
            LocatedPrereadProblem(problem: problem, location: SourceLocation(file: file, line: at?.line ?? 0, column: at?.column ?? 0))
        }

        mutating func run(_ bytes: [UInt8], client: String?) throws -> PrereadReturn {
            guard !bytes.contains(0), String(validating: bytes, as: UTF8.self) != nil else { throw fail(.notText, nil) }
            guard bytes.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { throw fail(.notAPrereadFile, nil) }
            let root: LocatedJSON
            switch LocatedJSONParser.parse(bytes) {
            case .success(let value): root = value
            case .failure(let error): throw fail(.syntax(Self.reason(error.reason)), error.position)
            }
            guard case .object = root, case .string(PrereadFormat.formatName, _)? = root["format"] else {
                throw fail(.notAPrereadFile, nil)
            }
            guard case .number(let version, let versionAt)? = root["version"] else { throw fail(.missingKey("version"), root.position) }
            if version > Double(PrereadFormat.version) { throw fail(.newerVersion(Int(min(version, 1e9))), versionAt) }
            guard version == Double(PrereadFormat.version) else { throw fail(.missingKey("version"), versionAt) }
            guard case .string(let workshopID, let idAt)? = root["workshop_id"] else { throw fail(.missingKey("workshop_id"), root.position) }
            guard workshopID == workshop.id else { throw fail(.otherWorkshop(found: workshopID, expected: workshop.id), idAt) }
            guard case .string(let fingerprint, let fingerprintAt)? = root["questions"] else { throw fail(.missingKey("questions"), root.position) }
            guard fingerprint == PrereadFormat.questionsFingerprint(workshop) else {
                throw fail(.questionsChanged(workshop: workshop.id), fingerprintAt)
            }
            var fileClient: String?
            if let node = root["client"] {
                switch node {
                case .string(let name, let at):
                    fileClient = name
                    if let client, !name.isEmpty, TextFolding.fold(name) != TextFolding.fold(client) {
                        throw fail(.otherClient(found: name, expected: client), at)
                    }
                case .null: break
                default: throw fail(.wrongShape(label: "client", expected: .text), node.position)
                }
            }
            var savedAt: String?
            if case .string(let text, _)? = root["saved_at"] { savedAt = text }
            if let day = savedAt.flatMap({ Day(iso: String($0.prefix(10))) }), day <= dates.today { dates.today = day }
            guard let answersNode = root["answers"] else { throw fail(.missingKey("answers"), root.position) }
            guard case .object(let members, _) = answersNode else { throw fail(.wrongShape(label: "answers", expected: .object), answersNode.position) }
            let questions = workshop.prereadQuestions
            var values: [ItemID: Value] = [:]
            for member in members {
                guard let entry = questions.first(where: { $0.item.description == member.key }),
                      let field = workshop.charter.field(entry.question.field) else {
                    throw fail(.unknownQuestion(member.key), member.keyAt)
                }
                if let value = try answer(member.value, field: field, question: entry.question) { values[entry.item] = value }
            }
            let answers = questions.compactMap { entry in values[entry.item].map { (item: entry.item, value: $0) } }
            return PrereadReturn(client: fileClient.flatMap { $0.isEmpty ? nil : $0 }, savedAt: savedAt, answers: answers)
        }

        /// One answer, nil when the client left it empty.
        func answer(_ node: LocatedJSON, field: FieldModel, question: Question) throws -> Value? {
            switch field.type {
            case .list(let itemType):
                if case .null = node { return nil }
                guard case .array(let items, _) = node else { throw fail(.wrongShape(label: field.label, expected: .list), node.position) }
                let values = try items.compactMap { try scalar($0, type: itemType, label: field.label) }
                return values.isEmpty ? nil : .list(values)
            case .records(let model):
                if case .null = node { return nil }
                guard case .array(let items, _) = node else { throw fail(.wrongShape(label: field.label, expected: .records), node.position) }
                let asked = PrereadFormat.askedFields(field, question)
                var records: [Record] = []
                for item in items {
                    guard case .object(let members, _) = item else { throw fail(.wrongShape(label: field.label, expected: .record), item.position) }
                    var fields: [String: Value] = [:]
                    for member in members {
                        guard let recordField = asked.first(where: { $0.id == member.key }), model.field(member.key) != nil else {
                            throw fail(.unknownRecordField(member.key, label: field.label), member.keyAt)
                        }
                        if let value = try scalar(member.value, type: recordField.type, label: recordField.label) {
                            fields[recordField.id] = value
                        }
                    }
                    if !fields.isEmpty { records.append(Record(id: "", fields: fields)) }
                }
                return records.isEmpty ? nil : .records(records)
            default:
                return try scalar(node, type: field.type, label: field.label)
            }
        }

        /// One value typed in a box: read as the same text typed in the room would be.
        func scalar(_ node: LocatedJSON, type: FieldType, label: String) throws -> Value? {
            let text: String
            switch (node, type) {
            case (.null, _): return nil
            case (.string(let s, _), _): text = s
            case (.bool(let b, _), .yesNo): return .bool(b)
            case (.number(let n, _), .number): return .number(n)
            case (.number(let n, _), .duration) where n >= 0 && n <= 1_000_000 && n == n.rounded(): return .duration(Int(n))
            default: throw fail(.wrongShape(label: label, expected: .text), node.position)
            }
            if text.allSatisfy(\.isWhitespace) { return nil }
            switch AnswerParser.parse(text, as: type, dates: dates) {
            case .success(let value):
                return value
            case .failure(let problem):
                throw fail(.invalidAnswer(label: label, problem: problem), node.position)
            }
        }

        static func reason(_ reason: JSONSyntaxError.Reason) -> PrereadProblem.JSONSyntaxReason {
            switch reason {
            case .endOfFile: .endOfFile
            case .unexpected(let c): .unexpected(String(c))
            case .badString: .badString
            case .badNumber: .badNumber
            case .tooDeep: .tooDeep
            case .trailing: .trailing
            case .duplicateKey(let key): .duplicateKey(key)
            }
        }
    }
}
