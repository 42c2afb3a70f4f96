using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Feedback.Data;
using Skipper.Web.Platform.Auditing;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;

namespace Skipper.Web.Modules.Feedback.Instruments.Admin;

/// <summary>One stored version as the administrator sees it. Title is Norwegian, TitleEn English (or Norwegian).</summary>
public sealed record InstrumentRow(
    Guid Id, string Code, string Title, string TitleEn, string Kind, string Version, string Url, DateTimeOffset UploadedAt, string UploadedBy, bool IsCurrent);

/// <summary>What an upload stored: the new current version.</summary>
public sealed record UploadedInstrument(Guid Id, string Code, string Version, string Kind, string Url);

/// <summary>An upload's answer: what was stored, or the status (400, 409) and every problem. A refused upload stores nothing.</summary>
public sealed record UploadOutcome(UploadedInstrument? Uploaded, int Status, IReadOnlyList<DefinitionProblem> Problems)
{
    [MemberNotNullWhen(true, nameof(Uploaded))]
    public bool Succeeded => Uploaded is not null;

    public static UploadOutcome Refused(int status, params DefinitionProblem[] problems) => new(null, status, problems);
}

/// <summary>
/// The administrator's instruments: every stored version, and uploads. A new version of a code becomes current and
/// the old one stays (old answers are read with it). The tenant filter keeps both inside the municipality.
/// </summary>
public sealed class InstrumentsAdmin(AppDbContext db, InstrumentCache cache, IAuditLog audit, TimeProvider clock)
{
    /// <summary>Current versions first (by kind), then older ones, newest first.</summary>
    public async Task<IReadOnlyList<InstrumentRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<InstrumentVersion>().AsNoTracking().ToListAsync(cancellationToken);
        var current = (await InstrumentStore.CurrentRowsAsync(db, cancellationToken)).Select(r => r.Id).ToHashSet();
        return rows
            .OrderByDescending(r => current.Contains(r.Id)).ThenBy(r => r.Kind).ThenBy(r => r.Code, StringComparer.Ordinal)
            .ThenByDescending(r => r.UploadedAt)
            .Select(r => ToRow(r, current.Contains(r.Id)))
            .ToList();
    }

    public async Task<UploadOutcome> UploadAsync(ClaimsPrincipal admin, string? json, CancellationToken cancellationToken = default)
    {
        var read = InstrumentFile.Read(json);
        if (!read.Succeeded)
        {
            return UploadOutcome.Refused(StatusCodes.Status400BadRequest, [.. read.Problems]);
        }
        var definition = read.Definition;
        var stored = await db.Set<InstrumentVersion>()
            .Where(i => i.Code == definition.Code || i.Url == definition.Url)
            .ToListAsync(cancellationToken);
        if (Conflict(definition, stored) is { } refused)
        {
            return refused;
        }
        foreach (var old in stored.Where(i => i.Code == definition.Code && i.IsCurrent))
        {
            old.IsCurrent = false;
        }
        var tenantId = admin.TenantId() ?? throw new InvalidOperationException("An administrator has a municipality.");
        var row = ShippedInstruments.Row(tenantId, definition, json!, admin.DisplayNameOf(), clock.GetUtcNow());
        db.Set<InstrumentVersion>().Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two uploads of the same version at once: the unique index kept one.
            db.ChangeTracker.Clear();
            return UploadOutcome.Refused(StatusCodes.Status409Conflict, DefinitionProblem.Of("VersionExists", definition.Code, definition.Version));
        }
        cache.Forget(tenantId);
        await audit.RecordAsync(admin, AuditEntry.About(AuditActions.Change, $"instrument/{row.Id}"), cancellationToken);
        return new UploadOutcome(new UploadedInstrument(row.Id, row.Code, row.Version, ThresholdRules.Code(row.Kind), row.Url), StatusCodes.Status201Created, []);
    }

    /// <summary>The same code and version again is a conflict; a code keeps its kind; a URL belongs to one code.</summary>
    private static UploadOutcome? Conflict(InstrumentDefinition definition, List<InstrumentVersion> stored)
    {
        if (stored.Exists(i => i.Code == definition.Code && i.Version == definition.Version))
        {
            return UploadOutcome.Refused(StatusCodes.Status409Conflict, DefinitionProblem.Of("VersionExists", definition.Code, definition.Version));
        }
        if (stored.Find(i => i.Code == definition.Code && i.Kind != definition.Kind) is { } other)
        {
            return UploadOutcome.Refused(StatusCodes.Status400BadRequest,
                DefinitionProblem.Of("KindChanged", definition.Code, ThresholdRules.Code(other.Kind), ThresholdRules.Code(definition.Kind)));
        }
        if (stored.Find(i => i.Url == definition.Url && i.Code != definition.Code) is { } taken)
        {
            return UploadOutcome.Refused(StatusCodes.Status400BadRequest, DefinitionProblem.Of("UrlTaken", definition.Url, taken.Code));
        }
        return null;
    }

    private InstrumentRow ToRow(InstrumentVersion row, bool isCurrent)
    {
        var title = cache.Version(row)?.Title ?? new LocalText(row.Code);
        return new InstrumentRow(row.Id, row.Code, title.Nb, title.In("en"), ThresholdRules.Code(row.Kind), row.Version, row.Url, row.UploadedAt, row.UploadedBy, isCurrent);
    }
}
