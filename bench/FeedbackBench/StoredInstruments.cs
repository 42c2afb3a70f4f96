using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Modules.Feedback.Instruments;

namespace FeedbackBench;

/// <summary>
/// The demo municipality's current outcome and alliance instruments as the app stored them (FeedbackInstruments):
/// their version ids, the linkIds and ranges of their answerable items and the thresholds the signals use, read
/// from the stored Questionnaire JSON. Enough to write answers the app itself would have written.
/// </summary>
internal sealed record StoredInstruments(InstrumentDefinition Outcome, InstrumentDefinition Alliance)
{
    private const string Extension = "https://skipper.no/fhir/StructureDefinition/";

    public static async Task<StoredInstruments> ReadAsync(DbContext db, Guid tenantId)
    {
        var rows = await db.Set<InstrumentVersion>().IgnoreQueryFilters().AsNoTracking()
            .Where(i => i.TenantId == tenantId && i.IsCurrent && (i.Kind == InstrumentKind.Outcome || i.Kind == InstrumentKind.Alliance))
            .ToListAsync();
        InstrumentDefinition Of(InstrumentKind kind) =>
            rows.Where(r => r.Kind == kind).OrderByDescending(r => r.UploadedAt).Select(Parse).FirstOrDefault()
            ?? throw new InvalidOperationException(
                $"the demo municipality has no current {kind} instrument in FeedbackInstruments: the app seeds them at start (InstrumentStore/ShippedInstruments; merge main once they are there)");
        return new StoredInstruments(Of(InstrumentKind.Outcome), Of(InstrumentKind.Alliance));
    }

    private static InstrumentDefinition Parse(InstrumentVersion row)
    {
        using var json = JsonDocument.Parse(row.Json);
        var root = json.RootElement;
        var items = new List<InstrumentItem>();
        Collect(root, items);
        if (items.Count == 0)
        {
            throw new InvalidOperationException($"instrument {row.Code} {row.Version} has no answerable items");
        }
        double? Number(string name) => Extensions(root).Where(e => e.Url == Extension + name).Select(e => e.Number).FirstOrDefault();
        var total = new ScoredPart("total", new LocalText("Totalt"), ScoringMethod.Sum, 1, items.Sum(i => i.Min), items.Sum(i => i.Max), [.. items.Select(i => i.LinkId)]);
        return new InstrumentDefinition(row.Code, row.Url, row.Version, row.Kind, new LocalText(row.Code), null, items, [total],
            Number("cut-off"), Number("reliable-change"), Number("signal-below"), Number("item-drop-signal"), (int?)Number("due-every-days"))
        {
            VersionId = row.Id,
        };
    }

    /// <summary>Every decimal or integer item, at any depth (display and group items only hold text or other items).</summary>
    private static void Collect(JsonElement parent, List<InstrumentItem> items)
    {
        if (!parent.TryGetProperty("item", out var children))
        {
            return;
        }
        foreach (var item in children.EnumerateArray())
        {
            var type = item.TryGetProperty("type", out var t) ? t.GetString() : null;
            if (type is "decimal" or "integer")
            {
                var extensions = Extensions(item).ToList();
                double Of(string suffix, double fallback) => extensions.FirstOrDefault(e => e.Url.EndsWith(suffix, StringComparison.Ordinal)).Number ?? fallback;
                items.Add(new InstrumentItem(item.GetProperty("linkId").GetString()!, ItemKind.Slider, new LocalText(""),
                    Of("/minValue", 0), Of("/maxValue", 10), Of("slider-step", 0.1), null, null, [], null, null));
            }
            Collect(item, items);
        }
    }

    private static IEnumerable<(string Url, double? Number)> Extensions(JsonElement element)
    {
        if (!element.TryGetProperty("extension", out var extensions))
        {
            yield break;
        }
        foreach (var extension in extensions.EnumerateArray())
        {
            double? number = null;
            foreach (var property in extension.EnumerateObject())
            {
                if (property.Name.StartsWith("value", StringComparison.Ordinal) && property.Value.ValueKind == JsonValueKind.Number)
                {
                    number = property.Value.GetDouble();
                }
            }
            yield return (extension.GetProperty("url").GetString()!, number);
        }
    }
}
