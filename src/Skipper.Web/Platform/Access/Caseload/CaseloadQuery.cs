using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Platform.Auditing;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;

namespace Skipper.Web.Platform.Access.Caseload;

public sealed record CaseloadEntry(Guid PersonId, string DisplayName, string? Department, bool IsCoordinator, PersonAccessVia Access, DateTimeOffset? EmergencyUntil);

/// <summary>The persons a staff member serves now (active care relations and open emergency access). One audit event per view.</summary>
public sealed class CaseloadQuery(AppDbContext db, TimeProvider clock, IAuditLog audit)
{
    public async Task<IReadOnlyList<CaseloadEntry>> ForAsync(ClaimsPrincipal user)
    {
        var userId = user.UserId() ?? Guid.Empty;
        var now = clock.GetUtcNow();
        var relations = await db.CareRelations.AsNoTracking()
            .Where(r => r.StaffUserId == userId && r.StartsAt <= now && (r.EndsAt == null || r.EndsAt > now))
            .Select(r => new { r.PersonId, r.IsCoordinator })
            .ToListAsync();
        var emergencies = await db.EmergencyAccesses.AsNoTracking()
            .Where(a => a.StaffUserId == userId && a.ExpiresAt > now)
            .Select(a => new { a.PersonId, a.ExpiresAt })
            .ToListAsync();
        var ids = relations.Select(r => r.PersonId).Concat(emergencies.Select(e => e.PersonId)).Distinct().ToList();
        var persons = await db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id))
            .GroupJoin(db.Departments, p => p.DepartmentId, d => (Guid?)d.Id, (p, d) => new { p, d })
            .SelectMany(x => x.d.DefaultIfEmpty(), (x, d) => new { x.p.Id, x.p.DisplayName, Department = d == null ? null : d.Name })
            .ToListAsync();

        var entries = persons.Select(p =>
            {
                var relation = relations.FirstOrDefault(r => r.PersonId == p.Id);
                var emergency = emergencies.Where(e => e.PersonId == p.Id).Select(e => (DateTimeOffset?)e.ExpiresAt).Max();
                return new CaseloadEntry(
                    p.Id, p.DisplayName, p.Department, relation?.IsCoordinator == true,
                    relation is null ? PersonAccessVia.Emergency : PersonAccessVia.CareRelation,
                    relation is null ? emergency : null);
            })
            .OrderBy(e => e.DisplayName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("nb"), false))
            .ToList();
        if (entries.Count > 0)
        {
            await audit.RecordAsync(user, new AuditEntry(AuditActions.ListView, "caseload", entries.Select(e => e.PersonId).ToList(),
                Emergency: entries.Any(e => e.Access == PersonAccessVia.Emergency)));
        }
        return entries;
    }
}
