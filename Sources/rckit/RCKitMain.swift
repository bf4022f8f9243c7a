import Foundation
import RCKitCLI

@main
struct RCKitMain {
    static func main() {
        exit(RCKit.main())
    }
}
