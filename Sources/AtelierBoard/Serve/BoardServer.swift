import AtelierCore
import FlyingFox
import FlyingSocks
import Foundation

/// The board's HTTP server (FlyingFox): the page and its event stream, read-only, behind the gate.
final class BoardServer: Sendable {
    private let server: HTTPServer
    private let handler: BoardHandler
    private let running: Task<Void, Never>
    private let failure = Failure()

    /// Binds `address` and starts answering; returns once it listens, or throws why it cannot.
    init(address: BoardAddress, token: BoardToken?, hub: BoardHub, page: @escaping @Sendable (BoardSnapshot) -> String) throws(BoardFailure) {
        let socketAddress: any SocketAddress
        do {
            socketAddress = try address.socketAddress()
        } catch {
            throw .cannotListen(address: address, systemError: EADDRNOTAVAIL)  // parsed before: not expected
        }
        let handler = BoardHandler(token: token, hub: hub, page: page)
        let server = HTTPServer(address: socketAddress, timeout: 15, logger: .disabled, handler: handler)
        self.server = server
        self.handler = handler
        let failure = self.failure
        running = Task.detached {
            do { try await server.run() } catch { failure.set(Self.systemError(error)) }
        }
        let port = Self.waitForPort(server, failure: failure)
        guard let port else {
            running.cancel()
            throw .cannotListen(address: address, systemError: failure.reason)
        }
        handler.open(port: port)
    }

    /// The port it listens on (the one the system chose, for port 0).
    var port: UInt16 { handler.port }

    /// Closes the listening socket and every viewer's connection.
    func stop() {
        let done = DispatchSemaphore(value: 0)
        let server = self.server
        Task.detached {
            await server.stop(timeout: 0.5)
            done.signal()
        }
        _ = done.wait(timeout: .now() + 2)
        running.cancel()
    }

    private static func waitForPort(_ server: HTTPServer, failure: Failure) -> UInt16? {
        let found = Failure()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            for _ in 0..<500 {
                if failure.reason != nil { break }
                if case let .ip4(_, port)? = await server.listeningAddress {
                    found.port = port
                    break
                }
                if case let .ip6(_, port)? = await server.listeningAddress {
                    found.port = port
                    break
                }
                try? await Task.sleep(nanoseconds: 10_000_000)
            }
            done.signal()
        }
        done.wait()
        return found.port
    }

    /// The system's error code behind a failure of the server (EIO when it gives none).
    static func systemError(_ error: any Error) -> Int32 {
        if case let .failed(_, code, _) = error as? SocketError { return code }
        return EIO
    }

    /// A value set by one task and read by another.
    final class Failure: @unchecked Sendable {
        private let lock = NSLock()
        private var code: Int32?
        private var value: UInt16?
        /// The system error the server stopped on, if it did.
        var reason: Int32? { lock.withLock { code } }
        func set(_ reason: Int32) { lock.withLock { code = reason } }
        var port: UInt16? {
            get { lock.withLock { value } }
            set { lock.withLock { value = newValue } }
        }
    }
}

/// Answers each request through the gate: the page, the event stream, or 404 and nothing else.
final class BoardHandler: HTTPHandler, @unchecked Sendable {
    private let lock = NSLock()
    private var gate: BoardGate?
    private let token: BoardToken?
    private let hub: BoardHub
    private let page: @Sendable (BoardSnapshot) -> String

    init(token: BoardToken?, hub: BoardHub, page: @escaping @Sendable (BoardSnapshot) -> String) {
        self.token = token
        self.hub = hub
        self.page = page
    }

    /// Lets requests in, now that the port is known (loopback requests must name it in `Host`).
    func open(port: UInt16) {
        lock.withLock { gate = BoardGate(token: token, port: port) }
    }

    var port: UInt16 { lock.withLock { gate?.port ?? 0 } }

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard let gate = lock.withLock({ gate }) else { return Self.notFound }
        switch gate.route(request) {
        case .none:
            return Self.notFound
        case .slash:
            let headers: HTTPHeaders = [.location: request.target.path() + "/", .cacheControl: "no-store"]
            return HTTPResponse(statusCode: .movedPermanently, headers: headers)
        case .page:
            var headers = BoardPage.headers
            headers[.contentType] = "text/html; charset=utf-8"
            return HTTPResponse(statusCode: .ok, headers: headers, body: Data(page(hub.latestSnapshot).utf8))
        case .events:
            let body = HTTPBodySequence(from: EventStreamBody(messages: hub.subscribe()), suggestedBufferSize: 64 * 1024)
            let headers: HTTPHeaders = [
                .contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store",
                HTTPHeader("X-Content-Type-Options"): "nosniff", HTTPHeader("X-Accel-Buffering"): "no",
            ]
            return HTTPResponse(statusCode: .ok, headers: headers, body: body)
        }
    }

    private static var notFound: HTTPResponse { HTTPResponse(statusCode: .notFound) }
}
