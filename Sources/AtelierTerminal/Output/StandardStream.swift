#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// Writing to standard output or standard error with every failure seen: a full disk (`> /dev/full`),
/// a reader that went away (a closed pipe: SIGPIPE is ignored, the write fails with EPIPE), a
/// terminal that was closed. Nothing is buffered: what returns without an error was written.
public enum StandardStream {
    /// Writes all of `bytes` to `descriptor`; the `errno` of the failure that stopped it, or nil.
    public static func write(_ bytes: some Collection<UInt8>, to descriptor: Int32) -> Int32? {
        let all = Array(bytes)
        var offset = 0
        while offset < all.count {
            let written = all[offset...].withUnsafeBytes { buffer in
                #if canImport(Glibc)
                Glibc.write(descriptor, buffer.baseAddress, buffer.count)
                #else
                Darwin.write(descriptor, buffer.baseAddress, buffer.count)
                #endif
            }
            if written > 0 {
                offset += written
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                return written < 0 ? errno : EIO
            }
        }
        return nil
    }

    /// A write to a closed pipe fails with EPIPE instead of killing the program: call once at start.
    public static func ignoreBrokenPipes() {
        _ = signal(SIGPIPE, SIG_IGN)
    }
}
