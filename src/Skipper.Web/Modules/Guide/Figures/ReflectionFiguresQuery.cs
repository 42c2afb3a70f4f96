using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Guide.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Guide.Figures;

/// <summary>Grouped counts of reflection sessions, staff and exercises done, for the department summary and the leaders' dashboards.</summary>
internal sealed class ReflectionFiguresQuery(AppDbContext db, ITenantContext tenant) : IReflectionFigures
{
    public const string ValuesKey = "values";
    public const string ChimeKey = "chime";

    public IReadOnlyList<string> Exercises { get; } = [ValuesKey, ChimeKey];

    public async Task<IReadOnlyList<DepartmentReflectionSessions>> SessionsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<ReflectionSession>().AsNoTracking()
            .Where(s => s.HeldOn >= from && s.HeldOn <= to)
            .GroupBy(s => s.DepartmentId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.ConvertAll(r => new DepartmentReflectionSessions(r.Key, r.Count));
    }

    public async Task<IReadOnlyList<DepartmentStaffExercises>> StaffExercisesAsync(DateOnly day, Guid? departmentId = null, CancellationToken cancellationToken = default)
    {
        var end = day.AddDays(1).StartInNorway();
        var staff = Staff(end, departmentId);
        var counts = await staff.GroupBy(u => u.DepartmentId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var values = await (
                from r in db.Set<ValuesExerciseRound>().AsNoTracking()
                where r.CompletedAt != null && r.CompletedAt < end
                join u in staff on r.UserId equals u.Id
                group r.UserId by u.DepartmentId into g
                select new { g.Key, Done = g.Distinct().Count() })
            .ToListAsync(cancellationToken);
        var chime = await (
                from c in db.Set<ChimeExercise>().AsNoTracking()
                where c.CompletedAt != null && c.CompletedAt < end
                join u in staff on c.UserId equals u.Id
                group c.UserId by u.DepartmentId into g
                select new { g.Key, Done = g.Distinct().Count() })
            .ToListAsync(cancellationToken);
        return counts.ConvertAll(c => new DepartmentStaffExercises(c.Key!.Value, c.Count, new Dictionary<string, int>
        {
            [ValuesKey] = values.FirstOrDefault(v => v.Key == c.Key)?.Done ?? 0,
            [ChimeKey] = chime.FirstOrDefault(v => v.Key == c.Key)?.Done ?? 0,
        }));
    }

    public async Task<DateOnly?> FirstDateAsync(CancellationToken cancellationToken = default) =>
        await db.Set<ReflectionSession>().AsNoTracking().MinAsync(s => (DateOnly?)s.HeldOn, cancellationToken);

    /// <summary>Active accounts (created before <paramref name="end"/>) in a role that works with persons in recovery.</summary>
    private IQueryable<AppUser> Staff(DateTimeOffset end, Guid? departmentId)
    {
        var roleIds = db.Roles.Where(r => Roles.CareStaff.Contains(r.Name!)).Select(r => r.Id);
        // Accounts have no tenant filter of their own (sign-in looks them up across municipalities): name it here.
        var tenantId = tenant.TenantId ?? Guid.Empty;
        return db.Users.AsNoTracking()
            .Where(u => u.TenantId == tenantId && u.IsActive && u.CreatedAt < end && u.DepartmentId != null
                && (departmentId == null || u.DepartmentId == departmentId)
                && db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)));
    }
}
