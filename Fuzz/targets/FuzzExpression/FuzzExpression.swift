import AtelierFuzzing

/// libFuzzer entry point (built by scripts/fuzz with `swift build --sanitize fuzzer`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExpression(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    FuzzTargets.expression(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
