namespace Skipper.Web.Modules.Content.Values;

/// <summary>The default values list: Content/values-nb.txt, embedded in the assembly, one value a line.</summary>
internal static class DefaultValues
{
    private const string ResourceName = "Skipper.Web.Content.values-nb.txt";

    public static IReadOnlyList<string> Names()
    {
        using var stream = typeof(DefaultValues).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd()
            .Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
