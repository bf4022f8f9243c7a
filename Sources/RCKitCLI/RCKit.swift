public enum RCKit { public static func run(_ a: [String]) -> Int32 { 0 } }
