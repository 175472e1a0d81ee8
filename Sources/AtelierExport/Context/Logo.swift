import Foundation

/// The consultant's logo: `logo.png` or `logo.jpg` in the template folder. The HTML shows it in the
/// title block (`{{#logo}}<img src="{{logo.data_uri}}">{{/logo}}`), the DOCX in its page header.
struct Logo: Sendable {
    enum Kind: String, Sendable {
        case png, jpeg

        var mediaType: String { "image/\(rawValue)" }
    }

    var kind: Kind
    var bytes: [UInt8]
    /// Pixels.
    var width: Int
    var height: Int

    /// The largest logo accepted: a logo is a small picture, and it travels inside every document.
    static let maximumBytes = 1024 * 1024
    static let fileNames = ["logo.png", "logo.jpg", "logo.jpeg"]

    var dataURI: String { "data:\(kind.mediaType);base64,\(Data(bytes).base64EncodedString())" }
    var fileExtension: String { kind == .png ? "png" : "jpeg" }

    /// The logo in `directory`, if there is one that reads as a PNG or JPEG picture of sensible size.
    static func find(in directory: String?) -> Logo? {
        guard let directory else { return nil }
        for name in fileNames {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                  attributes[.type] as? FileAttributeType == .typeRegular,
                  let size = attributes[.size] as? Int, size <= maximumBytes,
                  let data = FileManager.default.contents(atPath: path) else { continue }
            if let logo = Logo(bytes: [UInt8](data)) { return logo }
        }
        return nil
    }

    /// Reads the picture's kind and size from its header; nil for anything else.
    init?(bytes: [UInt8]) {
        if let (w, h) = Self.pngSize(bytes) {
            (kind, width, height) = (.png, w, h)
        } else if let (w, h) = Self.jpegSize(bytes) {
            (kind, width, height) = (.jpeg, w, h)
        } else {
            return nil
        }
        guard width > 0, height > 0, width < 20_000, height < 20_000 else { return nil }
        self.bytes = bytes
    }

    private static func pngSize(_ b: [UInt8]) -> (Int, Int)? {
        guard b.count >= 24, b.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
              b[12...15].elementsEqual(Array("IHDR".utf8)) else { return nil }
        return (bigEndian(b, 16, 4), bigEndian(b, 20, 4))
    }

    /// Walks the JPEG segments to the first start-of-frame marker, which holds the size.
    private static func jpegSize(_ b: [UInt8]) -> (Int, Int)? {
        guard b.count > 4, b[0] == 0xFF, b[1] == 0xD8 else { return nil }
        var i = 2
        while i + 9 < b.count {
            guard b[i] == 0xFF else { return nil }
            let marker = b[i + 1]
            let length = bigEndian(b, i + 2, 2)
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                return (bigEndian(b, i + 7, 2), bigEndian(b, i + 5, 2))
            }
            guard length >= 2 else { return nil }
            i += 2 + length
        }
        return nil
    }

    private static func bigEndian(_ b: [UInt8], _ start: Int, _ count: Int) -> Int {
        b[start..<start + count].reduce(0) { $0 << 8 | Int($1) }
    }
}
