using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Skipper.Web.Modules.Guide.Strategies;

/// <summary>The grid's columns: what kind of resource a strategy draws on.</summary>
public enum StrategyResource
{
    Interpersonal,
    Inner,
    External,
}

/// <summary>The grid's rows: which side of the staff member the strategy is about.</summary>
public enum StrategyRow
{
    Values,
    Attitudes,
    Behaviour,
}

/// <summary>One way staff can support recovery, in our own words in Norwegian and English.</summary>
public sealed record Strategy(string Key, StrategyResource Resource, StrategyRow Row, string Nb, string En)
{
    public string Text => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? En : Nb;
}

/// <summary>The strategy grid ("100 ways") Skipper ships in Content/guide/strategies.json, read once and kept.</summary>
public sealed class StrategyGrid
{
    public const string ResourceName = "Skipper.Web.Content.guide.strategies.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    private static readonly Lazy<StrategyGrid> Shipped = new(() => Read(Json()));

    private readonly Dictionary<string, Strategy> byKey;

    private StrategyGrid(IReadOnlyList<Strategy> all)
    {
        All = all;
        byKey = all.ToDictionary(s => s.Key, StringComparer.Ordinal);
    }

    public static StrategyGrid Instance => Shipped.Value;

    public IReadOnlyList<Strategy> All { get; }

    public Strategy? Find(string? key) => key is not null && byKey.TryGetValue(key, out var strategy) ? strategy : null;

    public IReadOnlyList<Strategy> In(StrategyRow row, StrategyResource resource) =>
        All.Where(s => s.Row == row && s.Resource == resource).ToList();

    internal static StrategyGrid Read(string json) =>
        new(JsonSerializer.Deserialize<List<Strategy>>(json, Options) ?? throw new InvalidOperationException("The strategy grid is empty."));

    internal static string Json()
    {
        using var stream = typeof(StrategyGrid).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
