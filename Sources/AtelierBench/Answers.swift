import AtelierCore

/// Deterministic answers of every field type, worded like a client talks: some hedge ("je
/// pense"), some give numbers or dates, some do neither. Gap answers are always firm, so a
/// session converges.
struct Answers {
    private(set) var counter = 0

    static let texts = [
        "Réduire le délai de traitement des dossiers à 30 jours",
        "Je pense que l'équipe pourra suivre le rythme",
        "Une meilleure visibilité pour les usagers",
        "Ouvrir le portail aux partenaires d'ici juin 2027",
        "Normalement 3 personnes à mi-temps",
        "Fiabiliser les données de référence",
        "Un taux de satisfaction ≥ 8/10",
        "On verra avec la direction financière",
        "Le comité de pilotage tranche chaque mois",
    ]
    static let firm = [
        "30 jours au plus, mesuré chaque mois",
        "Validé par le comité du 2027-03-15",
        "95 % des dossiers sous 10 jours",
        "Claire Martin le confirme d'ici le 12/05/2027",
    ]
    static let people = ["Claire Martin", "Karim Benali", "Sophie Durand", "Luc Moreau", "Awa Diallo", "Jean Petit"]

    /// The next value for a field of this type.
    mutating func value(for type: FieldType, firm: Bool, recordFields: [FieldModel] = []) -> Value {
        counter += 1
        let n = counter
        switch type {
        case .text, .longText:
            return .text(firm ? Self.firm[n % Self.firm.count] : Self.texts[n % Self.texts.count])
        case .person: return .text(Self.people[n % Self.people.count])
        case .number: return .number(Double(n % 97))
        case .date: return .date(Day(ordinal: Day(year: 2027, month: 1, day: 4).ordinal + (n % 300)))
        case .duration: return .duration(30 + n % 90)
        case .yesNo: return .bool(n % 5 != 0)
        case .choice(let options): return options.isEmpty ? .text("") : .text(options[n % options.count])
        case .list(let item): return .list([value(for: item, firm: firm), value(for: item, firm: firm)])
        case .records(let model):
            let fields = recordFields.isEmpty ? model.fields.filter { if case .records = $0.type { false } else { true } } : recordFields
            var record = Record(id: "")
            for field in fields { record.fields[field.id] = value(for: field.type, firm: firm) }
            return .records([record])
        }
    }

    /// The event a consultant would record for this agenda item, or nil at the end.
    mutating func event(for item: AgendaItem, at time: Double) -> Event? {
        counter += 1
        switch item.kind {
        case .end: return nil
        case .say: return Event(.said(item: item.id), at: time)
        case .checkpoint: return Event(.checkpoint(item: item.id, ok: counter % 7 != 0), at: time)
        case .parkOffer, .decisionScope: return Event(.answer(item: item.id, value: .bool(false)), at: time)
        case .ownerFollowUp: return Event(.answer(item: item.id, value: .text(Self.people[counter % Self.people.count])), at: time)
        case .question, .gap:
            guard let field = item.field else { return Event(.skip(item: item.id), at: time) }
            if counter % 17 == 0 { return Event(.park(item: item.id, owner: nil, dontKnow: true), at: time) }
            return Event(.answer(item: item.id, value: value(for: field.type, firm: item.kind == .gap,
                                                             recordFields: item.recordFields)), at: time)
        }
    }
}
