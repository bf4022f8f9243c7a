import Foundation

/// What a path names on disk, for telling whether two paths are one file: the device and inode
/// of an existing file (through symbolic links and hard links alike), else the canonical path
/// the file would be created at (its folder resolved, so `./x.csv` and `x.csv` agree).
struct FileIdentity: Hashable, Sendable {
    private enum Key: Hashable, Sendable {
        case existing(device: UInt64, inode: UInt64)
        case planned(String)
    }

    private let key: Key

    init(path: String) {
        var info = stat()
        if stat(path, &info) == 0 {
            key = .existing(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        } else {
            key = .planned(FileIdentity.canonical(path))
        }
    }

    /// `path` made absolute, with its folder's symbolic links and `..` resolved where the folder
    /// exists.
    static func canonical(_ path: String) -> String {
        let absolute =
            path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let url = URL(fileURLWithPath: absolute).standardizedFileURL
        let folder = url.deletingLastPathComponent().path
        guard let resolved = realpath(folder, nil) else { return url.path }
        defer { free(resolved) }
        return (String(cString: resolved) as NSString).appendingPathComponent(url.lastPathComponent)
    }
}
