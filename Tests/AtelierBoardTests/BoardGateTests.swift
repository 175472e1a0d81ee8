import Testing
@testable import AtelierBoard

/// Who may reach what: the page and its stream, by GET, behind the token on the room's network,
/// under this computer's own names on loopback; 404 for everything else.
@Suite struct BoardGateTests {
    @Test func addressesAreReadAsAConsultantTypesThem() throws {
        #expect(try BoardAddress(parsing: "8080") == BoardAddress(host: "127.0.0.1", port: 8080))
        #expect(try BoardAddress(parsing: "0.0.0.0:8080") == BoardAddress(host: "0.0.0.0", port: 8080))
        #expect(try BoardAddress(parsing: "localhost") == BoardAddress(host: "127.0.0.1", port: 0))
        #expect(try BoardAddress(parsing: "[::1]:9000").isLoopback)
        #expect(try BoardAddress(parsing: "127.0.0.1:0").isLoopback)
        #expect(try !BoardAddress(parsing: "0.0.0.0").isLoopback)
        #expect(throws: BoardAddress.Problem.invalid("99999")) { try BoardAddress(parsing: "99999") }
        #expect(throws: BoardAddress.Problem.invalid("1.2.3.400:80")) { try BoardAddress(parsing: "1.2.3.400:80") }
        #expect(throws: BoardAddress.Problem.hostName("board.example:80")) { try BoardAddress(parsing: "board.example:80") }
        #expect(BoardAddress.Problem.hostName("x").message(.en).contains("IP address"))
    }

    @Test func onTheRoomsNetworkOnlyTheTokensPathOpensAnything() {
        let token = BoardToken(value: "k3j9q2w8e7r6t5y4u3i2o1p0aa")
        let gate = BoardGate(token: token, port: 8080)
        #expect(gate.route(method: "GET", path: "/k3j9q2w8e7r6t5y4u3i2o1p0aa/", host: "10.0.0.5:8080", carriesData: false) == .page)
        #expect(gate.route(method: "GET", path: "/k3j9q2w8e7r6t5y4u3i2o1p0aa/events", host: nil, carriesData: false) == .events)
        #expect(gate.route(method: "GET", path: "/k3j9q2w8e7r6t5y4u3i2o1p0aa", host: nil, carriesData: false) == .slash)
        for path in ["/", "/events", "/k3j9q2w8e7r6t5y4u3i2o1p0ab/", "/k3j9q2w8e7r6t5y4u3i2o1p0aa/x", "/k3j9/", "//"] {
            #expect(gate.route(method: "GET", path: path, host: nil, carriesData: false) == .none, "\(path)")
        }
        for method in ["POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"] {
            #expect(gate.route(method: method, path: "/k3j9q2w8e7r6t5y4u3i2o1p0aa/", host: nil, carriesData: false) == .none)
        }
        #expect(gate.route(method: "GET", path: "/k3j9q2w8e7r6t5y4u3i2o1p0aa/", host: nil, carriesData: true) == .none)
    }

    @Test func onLoopbackTheRequestMustNameThisComputer() {
        let gate = BoardGate(token: nil, port: 8080)
        #expect(gate.route(method: "GET", path: "/", host: "127.0.0.1:8080", carriesData: false) == .page)
        #expect(gate.route(method: "GET", path: "/events", host: "localhost:8080", carriesData: false) == .events)
        #expect(gate.route(method: "GET", path: "/", host: "attacker.example:8080", carriesData: false) == .none)
        #expect(gate.route(method: "GET", path: "/", host: nil, carriesData: false) == .none)
        #expect(gate.route(method: "GET", path: "/secret", host: "127.0.0.1:8080", carriesData: false) == .none)
    }

    @Test func tokensAreFreshAndLongEnough() {
        let tokens = Set((0..<50).map { _ in BoardToken.random().value })
        #expect(tokens.count == 50)
        #expect(tokens.allSatisfy { $0.count == 26 && $0.allSatisfy { $0.isLowercase || $0.isNumber } })
    }
}
