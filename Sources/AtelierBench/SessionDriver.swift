import AtelierCore

/// Plays a session through the engine the way a consultant would: take the next agenda item,
/// record an answer, ask again. Timing one step = apply the event, then compute the next item.
struct SessionDriver {
    var engine: Engine
    var answers = Answers()
    var time = 0.0
    /// Seconds of workshop time between two events.
    var pace = 30.0
    private(set) var events: [Event] = []
    private(set) var stepSeconds: [Double] = []

    init(engine: Engine) { self.engine = engine }

    /// Runs until the agenda ends or `maxSteps` steps; returns whether the agenda ended.
    @discardableResult
    mutating func run(maxSteps: Int) -> Bool {
        var next = engine.next(at: time)
        for _ in 0..<maxSteps {
            guard let event = answers.event(for: next, at: time) else { return true }
            let start = Measure.now()
            engine.apply(event)
            next = engine.next(at: time)
            stepSeconds.append(Measure.now() - start)
            events.append(event)
            time += pace
        }
        return false
    }

    /// Applies events without timing them (setting up a large charter).
    mutating func prefill(_ events: [Event]) {
        for event in events {
            engine.apply(event)
            self.events.append(event)
        }
    }
}
