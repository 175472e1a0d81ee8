#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif
import FlyingSocks

extension BoardAddress {
    /// The address as the board's server binds it.
    func socketAddress() throws -> any SocketAddress {
        isIPv6 ? try sockaddr_in6.inet6(ip6: host, port: port) : try sockaddr_in.inet(ip4: host, port: port)
    }

    /// The system error that binding this address would meet now — a port another program
    /// listens on, an address that is not one of this computer's, a port below 1024 — or nil when
    /// it can be bound. `atelier` asks before it creates a session file, so that a board that cannot
    /// open leaves nothing behind. The socket is made as the server makes its own (FlyingSocks,
    /// address reuse, bind, listen), then closed at once; the board binds it for real later.
    package func bindingProblem() -> Int32? {
        guard let address = try? socketAddress() else { return EADDRNOTAVAIL }
        do {
            let socket = try Socket(domain: Int32(type(of: address).family))
            defer { try? socket.close() }
            try socket.setValue(true, for: .localAddressReuse)
            try socket.bind(to: address)
            try socket.listen(maxPendingConnection: 1)
            return nil
        } catch {
            return BoardServer.systemError(error)
        }
    }
}
