import Notebook

/// What every kind of figure has, for the page around its drawing.
extension FigureData {
    /// The title the lesson gave the figure, if any.
    var title: String? {
        switch self {
        case .table(let data): data.title
        case .linePlot(let data): data.title
        case .barChart(let data): data.title
        case .histogram(let data): data.title
        case .histogramStack(let data): data.title
        case .explorable(let data): data.title
        }
    }

    /// What the figure leaves out and why.
    var notes: [String] {
        switch self {
        case .table: []
        case .linePlot(let data): data.notes
        case .barChart(let data): data.notes
        case .histogram(let data): data.notes
        case .histogramStack(let data): data.notes
        case .explorable: []
        }
    }
}
