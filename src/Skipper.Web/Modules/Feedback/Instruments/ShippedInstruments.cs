using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Modules.Feedback.Instruments;

/// <summary>
/// The three definitions Skipper ships (Content/instruments/*.json, embedded): every municipality gets each one
/// whose code it does not have yet. A municipality's own upload of the same code is never replaced.
/// </summary>
internal sealed class ShippedInstruments(AppDbContext db, InstrumentCache cache, TimeProvider clock) : IStartupSeed
{
    public const string UploadedBy = "Skipper";

    /// <summary>File names, which are also the instruments' codes (a unit test holds them to it).</summary>
    public static readonly IReadOnlyList<string> Names = ["outcome", "alliance", "recovery-support"];

    public static string Json(string name)
    {
        var resource = $"Skipper.Web.Content.instruments.{name}.json";
        using var stream = typeof(ShippedInstruments).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Gives one municipality the shipped definitions it lacks. Runs outside a request, so it names the tenant.</summary>
    public async Task SeedAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        var has = await db.Set<InstrumentVersion>().IgnoreQueryFilters().Where(i => i.TenantId == tenantId)
            .Select(i => i.Code).Distinct().ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var name in Names)
        {
            var json = Json(name);
            var read = InstrumentFile.Read(json);
            if (!read.Succeeded)
            {
                throw new InvalidOperationException($"The shipped definition {name} does not read: {string.Join("; ", read.Problems)}");
            }
            if (has.Contains(read.Definition.Code))
            {
                continue;
            }
            db.Set<InstrumentVersion>().Add(Row(tenantId, read.Definition, json, UploadedBy, now));
        }
        await db.SaveChangesAsync(cancellationToken);
        cache.Forget(tenantId);
    }

    /// <summary>At start-up: one query finds the municipalities that lack a shipped code; usually none.</summary>
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var codes = Names.ToList();
        var versions = db.Set<InstrumentVersion>().IgnoreQueryFilters();
        var lacking = await db.Tenants.AsNoTracking()
            .Where(t => versions.Where(i => i.TenantId == t.Id && codes.Contains(i.Code)).Select(i => i.Code).Distinct().Count() < codes.Count)
            .Select(t => t.Id)
            .ToListAsync(cancellationToken);
        foreach (var tenantId in lacking)
        {
            await SeedAsync(tenantId, cancellationToken);
        }
    }

    public static InstrumentVersion Row(Guid tenantId, InstrumentDefinition definition, string json, string uploadedBy, DateTimeOffset now) => new()
    {
        TenantId = tenantId,
        Id = Guid.NewGuid(),
        Code = definition.Code,
        Url = definition.Url,
        Version = definition.Version,
        Kind = definition.Kind,
        Json = json,
        UploadedAt = now,
        UploadedBy = uploadedBy,
        IsCurrent = true,
    };
}
