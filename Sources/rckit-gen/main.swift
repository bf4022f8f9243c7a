import Foundation

/// Text to a file descriptor, unbuffered: help and progress lines only.
struct DescriptorStream: TextOutputStream {
    let handle: FileHandle
    mutating func write(_ string: String) {
        try? handle.write(contentsOf: Data(string.utf8))
    }
}

var output = DescriptorStream(handle: .standardOutput)
var errors = DescriptorStream(handle: .standardError)
exit(GeneratorCommand.run(Array(CommandLine.arguments.dropFirst()), output: &output, errors: &errors))
