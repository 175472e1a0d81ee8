import AtelierCore
import AtelierExport
import Foundation

/// The session as the board knows it: an engine fed the journal's events as they are read (the
/// same engine the terminal runs, the same document the exports render), and the snapshot a viewer
/// sees. Used by one thread at a time (the board's follower).
final class BoardModel {
    let header: JournalHeader
    let workshop: Workshop
    private(set) var engine: Engine
    private var lastEvent: Event?
    /// Monotonic seconds when the last event was read (when its wall time is unknown).
    private var lastReadAt: Double
    private(set) var version = 0
    private let html: BoardHTML

    init(workshop: Workshop, header: JournalHeader, now: Double) {
        self.workshop = workshop
        self.header = header
        engine = Engine(workshop: workshop, today: header.startDay)
        lastReadAt = now
        html = BoardHTML(language: workshop.language)
    }

    /// Starts again from an empty session (the journal was cut shorter than what was read).
    func reset(now: Double) {
        engine = Engine(workshop: workshop, today: header.startDay)
        lastEvent = nil
        lastReadAt = now
    }

    /// Applies events read from the journal, in order.
    func apply(_ events: [Event], readAt: Double) {
        guard !events.isEmpty else { return }
        for event in events { engine.apply(event) }
        lastEvent = events.last
        lastReadAt = readAt
    }

    /// What the page shows now. `live`: a session is writing this journal (its clocks tick on).
    func snapshot(live: Bool, wallNow: Date, monotonicNow: Double) -> BoardSnapshot {
        version += 1
        let running = live && lastEvent?.kind != .quit
        var time = engine.lastEventTime
        if running { time += sinceLastEvent(wallNow: wallNow, monotonicNow: monotonicNow) }
        let status = engine.status(at: time)
        let document = engine.document(sessionID: header.sessionID, client: header.client, date: header.startDay,
                                       startedAt: header.startedAt)
        let view = CharterView(document, options: ExportOptions())
        let words = html.words
        let item = engine.next(at: engine.lastEventTime)
        let state: BoardText.Key = running ? .live : (item.kind == .end ? .finished : .paused)
        let topic = BoardTopic(item, draft: draftLines(of: item))
        let idle = words(lastEvent == nil ? .waitingForTheFirstQuestion : .nowDiscussing)
        return BoardSnapshot(
            version: version, state: state.rawValue, stateText: html.escape(words(state)),
            phaseTitle: html.escape(SafeText.line(status.phase.title)),
            phaseOf: html.escape(words(.phaseOf, ["number": String(status.phaseNumber), "count": String(status.phaseCount)])),
            clock: .init(phase: status.phaseElapsed, timebox: Double(status.phase.timebox * 60), total: status.totalElapsed,
                         planned: Double(status.plannedMinutes * 60), running: running),
            discussion: html.discussion(topic, idle: idle, phase: SafeText.line(status.phase.title)), sections: html.sections(view),
            openQuestions: html.openQuestions(view), openCount: BoardHTML.openQuestions(in: view).count)
    }

    /// The lines of the answer under way for `item` (a list's items, a long text's lines, a record's
    /// fields by their label), as typed so far; a record field left empty on purpose is not shown.
    private func draftLines(of item: AgendaItem) -> [String] {
        let lines = engine.draft(for: item.id)
        guard !lines.isEmpty else { return [] }
        var recordModel: RecordModel?
        if case .records(let model)? = item.field?.type { recordModel = model }
        return lines.compactMap { line in
            guard let value = line.value else { return nil }
            let text = ValueText.plain(value, workshop.language)
            guard let id = line.field else { return text }
            let label = item.recordFields.first { $0.id == id }?.label ?? recordModel?.field(id)?.label ?? id
            return html.labels.labelled(label, text)
        }
    }

    /// The document's title and the client, escaped, for the page's head.
    func titles() -> (title: String, client: String) {
        let document = engine.document(sessionID: header.sessionID, client: header.client, date: header.startDay)
        return html.title(CharterView(document, options: ExportOptions()))
    }

    /// Seconds of session time since the last event: from its wall time when the journal has it
    /// (so a board opened mid-session shows the right clock), else since it was read.
    private func sinceLastEvent(wallNow: Date, monotonicNow: Double) -> Double {
        let stamp = lastEvent.map { $0.wallTime } ?? header.startedAt
        if let stamp, let date = Self.parse(stamp) {
            let elapsed = wallNow.timeIntervalSince(date)
            if elapsed >= 0 && elapsed < 12 * 3600 { return elapsed }
        }
        return max(0, monotonicNow - lastReadAt)
    }

    private static func parse(_ iso: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: iso) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: iso)
    }
}
