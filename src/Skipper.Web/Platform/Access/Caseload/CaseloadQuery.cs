using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Platform.Auditing;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Platform.Access.Caseload;

/// <param name="Columns">Each module column's value for this person, by the column's key (see ICaseloadColumn).</param>
public sealed record CaseloadEntry(
    Guid PersonId,
    string DisplayName,
    string? Department,
    bool IsCoordinator,
    PersonAccessVia Access,
    DateTimeOffset? EmergencyUntil,
    IReadOnlyDictionary<string, object?> Columns);

/// <summary>The persons a staff member serves now (active care relations and open emergency access). One audit event per view.</summary>
public sealed class CaseloadQuery(AppDbContext db, TimeProvider clock, IAuditLog audit, OrganisationNames names, IEnumerable<ICaseloadColumn> columns)
{
    private static readonly StringComparer ByName = StringComparer.Create(CultureInfo.GetCultureInfo("nb"), false);

    private sealed record Served(Guid PersonId, string DisplayName, Guid? DepartmentId, bool IsCoordinator, DateTimeOffset? EmergencyUntil);

    // Compiled: the list is the staff's busiest page, and a LINQ query pays for its expression tree on every call.
    private static readonly CompiledPerModel<Func<AppDbContext, Guid, DateTimeOffset, IAsyncEnumerable<Served>>> Relations = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, Guid userId, DateTimeOffset now) => db.CareRelations.AsNoTracking()
            .Where(r => r.StaffUserId == userId && r.StartsAt <= now && (r.EndsAt == null || r.EndsAt > now))
            .Join(db.Persons, r => r.PersonId, p => p.Id, (r, p) => new Served(p.Id, p.DisplayName, p.DepartmentId, r.IsCoordinator, null))));

    private static readonly CompiledPerModel<Func<AppDbContext, Guid, DateTimeOffset, IAsyncEnumerable<Served>>> Emergencies = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, Guid userId, DateTimeOffset now) => db.EmergencyAccesses.AsNoTracking()
            .Where(a => a.StaffUserId == userId && a.ExpiresAt > now)
            .Join(db.Persons, a => a.PersonId, p => p.Id, (a, p) => new Served(p.Id, p.DisplayName, p.DepartmentId, false, a.ExpiresAt))));

    /// <summary>The modules' columns, in the order they were registered.</summary>
    public IReadOnlyList<ICaseloadColumn> Columns { get; } = columns.ToList();

    public async Task<IReadOnlyList<CaseloadEntry>> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var userId = user.UserId() ?? Guid.Empty;
        var now = clock.GetUtcNow();
        var relations = await Relations.For(db)(db, userId, now).ToListAsync(cancellationToken);
        var emergencies = await Emergencies.For(db)(db, userId, now).ToListAsync(cancellationToken);
        if (relations.Count == 0 && emergencies.Count == 0)
        {
            return [];
        }
        var persons = relations.Concat(emergencies).GroupBy(s => s.PersonId).ToList();
        var ids = persons.ConvertAll(p => p.Key);
        var hasRelation = relations.Select(r => r.PersonId).ToHashSet();

        // The audit commit and the modules' reads run side by side; nothing is answered before the event is durable.
        var audited = audit.RecordAsync(user, new AuditEntry(AuditActions.ListView, "caseload", ids,
            Emergency: ids.Exists(id => !hasRelation.Contains(id))), cancellationToken);
        var values = new List<(string Key, IReadOnlyDictionary<Guid, object> Values)>(Columns.Count);
        foreach (var column in Columns)
        {
            values.Add((column.Key, await column.ValuesAsync(ids, cancellationToken)));
        }
        var entries = new List<CaseloadEntry>(persons.Count);
        foreach (var person in persons)
        {
            var first = person.First();
            var viaRelation = hasRelation.Contains(person.Key);
            entries.Add(new CaseloadEntry(
                person.Key, first.DisplayName,
                first.DepartmentId is { } department ? await names.DepartmentAsync(department) : null,
                viaRelation && person.Any(s => s.IsCoordinator),
                viaRelation ? PersonAccessVia.CareRelation : PersonAccessVia.Emergency,
                viaRelation ? null : person.Max(s => s.EmergencyUntil),
                values.ToDictionary(v => v.Key, v => v.Values.GetValueOrDefault(person.Key))));
        }
        await audited;
        return entries.OrderBy(e => e.DisplayName, ByName).ToList();
    }
}
