/// Figure data in JSON is an object with one key, the figure's kind, holding its fields:
/// `{"line-plot": {"series": …}}`.
extension FigureData: Codable {
    private enum Kind: String, CodingKey {
        case table
        case linePlot = "line-plot"
        case barChart = "bar-chart"
        case histogram
        case histogramStack = "histogram-stack"
        case explorable
    }

    /// Reads the one kind the object holds.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Kind.self)
        guard let kind = container.allKeys.first, container.allKeys.count == 1 else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "figure data holds exactly one kind of figure"))
        }
        switch kind {
        case .table: self = .table(try container.decode(TableData.self, forKey: kind))
        case .linePlot: self = .linePlot(try container.decode(LinePlotData.self, forKey: kind))
        case .barChart: self = .barChart(try container.decode(BarChartData.self, forKey: kind))
        case .histogram: self = .histogram(try container.decode(HistogramData.self, forKey: kind))
        case .histogramStack: self = .histogramStack(try container.decode(HistogramStackData.self, forKey: kind))
        case .explorable: self = .explorable(try container.decode(ExplorableData.self, forKey: kind))
        }
    }

    /// Writes the figure under its kind.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Kind.self)
        switch self {
        case .table(let data): try container.encode(data, forKey: .table)
        case .linePlot(let data): try container.encode(data, forKey: .linePlot)
        case .barChart(let data): try container.encode(data, forKey: .barChart)
        case .histogram(let data): try container.encode(data, forKey: .histogram)
        case .histogramStack(let data): try container.encode(data, forKey: .histogramStack)
        case .explorable(let data): try container.encode(data, forKey: .explorable)
        }
    }
}
