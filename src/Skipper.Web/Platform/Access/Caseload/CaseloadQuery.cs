using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Platform.Auditing;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;

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
public sealed class CaseloadQuery(AppDbContext db, TimeProvider clock, IAuditLog audit, IEnumerable<ICaseloadColumn> columns)
{
    private static readonly StringComparer ByName = StringComparer.Create(CultureInfo.GetCultureInfo("nb"), false);

    /// <summary>The modules' columns, in the order they were registered.</summary>
    public IReadOnlyList<ICaseloadColumn> Columns { get; } = columns.ToList();

    public async Task<IReadOnlyList<CaseloadEntry>> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var userId = user.UserId() ?? Guid.Empty;
        var now = clock.GetUtcNow();
        // One query: every person with an active relation or open emergency access, with what the list shows.
        var relations = db.CareRelations.Where(r => r.StaffUserId == userId && r.StartsAt <= now && (r.EndsAt == null || r.EndsAt > now));
        var emergencies = db.EmergencyAccesses.Where(a => a.StaffUserId == userId && a.ExpiresAt > now);
        var rows = await db.Persons.AsNoTracking()
            .Where(p => relations.Any(r => r.PersonId == p.Id) || emergencies.Any(a => a.PersonId == p.Id))
            .Select(p => new
            {
                p.Id,
                p.DisplayName,
                Department = db.Departments.Where(d => d.Id == p.DepartmentId).Select(d => d.Name).FirstOrDefault(),
                HasRelation = relations.Any(r => r.PersonId == p.Id),
                IsCoordinator = relations.Any(r => r.PersonId == p.Id && r.IsCoordinator),
                EmergencyUntil = emergencies.Where(a => a.PersonId == p.Id).OrderByDescending(a => a.ExpiresAt)
                    .Select(a => (DateTimeOffset?)a.ExpiresAt).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        var ids = rows.Select(r => r.Id).ToList();
        // The audit commit and the modules' reads run side by side; nothing is answered before the event is durable.
        var audited = audit.RecordAsync(user, new AuditEntry(AuditActions.ListView, "caseload", ids,
            Emergency: rows.Exists(r => !r.HasRelation)), cancellationToken);
        var values = new List<(string Key, IReadOnlyDictionary<Guid, object> Values)>(Columns.Count);
        foreach (var column in Columns)
        {
            values.Add((column.Key, await column.ValuesAsync(ids, cancellationToken)));
        }
        await audited;

        return rows
            .Select(p => new CaseloadEntry(
                p.Id, p.DisplayName, p.Department, p.HasRelation && p.IsCoordinator,
                p.HasRelation ? PersonAccessVia.CareRelation : PersonAccessVia.Emergency,
                p.HasRelation ? null : p.EmergencyUntil,
                values.ToDictionary(v => v.Key, v => v.Values.GetValueOrDefault(p.Id))))
            .OrderBy(e => e.DisplayName, ByName)
            .ToList();
    }
}
