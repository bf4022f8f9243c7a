import FuzzSupport

@main
enum Main {
    static func main() {
        FuzzDriver.run(fuzzWorkbook)
    }
}
