import RCKitCLI
import Foundation
exit(RCKit.run(Array(CommandLine.arguments.dropFirst())))
