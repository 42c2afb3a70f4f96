using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Guide.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Guide.Network;

/// <summary>The network across the section: recovery contacts by department, gatherings newest first, and the reminder.</summary>
public sealed class NetworkQuery(AppDbContext db, TimeProvider clock)
{
    public async Task<NetworkView> ReadAsync(ClaimsPrincipal user)
    {
        var contacts = await ContactsAsync(user);
        var departments = await db.Set<Department>().AsNoTracking().OrderBy(d => d.Name).Select(d => new { d.Id, d.Name }).ToListAsync();
        var groups = departments
            .Select(d => new ContactGroup(d.Id, d.Name, contacts.Where(c => c.DepartmentId == d.Id).Select(c => c.Person).ToList()))
            .ToList();
        var known = departments.Select(d => d.Id).ToHashSet();
        var without = contacts.Where(c => c.DepartmentId is not { } id || !known.Contains(id)).Select(c => c.Person).ToList();

        var gatherings = await db.Set<ContactGathering>().AsNoTracking().OrderByDescending(g => g.HeldOn).ThenByDescending(g => g.CreatedAt).ToListAsync();
        var names = await NamesAsync(user, gatherings.SelectMany(g => g.Attendees));
        var today = Today();
        var due = GatheringDue.Check(today, gatherings.Select(g => g.HeldOn));
        var next = gatherings.Where(g => g.HeldOn > today).Select(g => (DateOnly?)g.HeldOn).Min();
        var reminder = new ReminderView(due.Due, Reason(due.Reminder), due.Previous.Number, due.Previous.Year, due.LastHeld, next);
        return new NetworkView(groups, without, gatherings.Select(g => GatheringView.From(g, names)).ToList(), reminder);
    }

    /// <summary>The active recovery contacts of the signed-in user's municipality, by name.</summary>
    public async Task<IReadOnlyList<(NetworkPerson Person, Guid? DepartmentId)>> ContactsAsync(ClaimsPrincipal user)
    {
        var tenantId = user.TenantId();
        var rows = await db.Users.AsNoTracking()
            .Where(u => u.TenantId == tenantId && u.IsActive)
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.RecoveryContact)))
            .Select(u => new { u.Id, u.DisplayName, u.DepartmentId })
            .ToListAsync();
        return rows.OrderBy(r => r.DisplayName, StringComparer.CurrentCulture).Select(r => (new NetworkPerson(r.Id, r.DisplayName), r.DepartmentId)).ToList();
    }

    /// <summary>Names of accounts of the user's municipality; an id from elsewhere simply has no name.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(ClaimsPrincipal user, IEnumerable<Guid> ids)
    {
        var wanted = ids.Distinct().ToList();
        var tenantId = user.TenantId();
        return await db.Users.AsNoTracking().Where(u => u.TenantId == tenantId && wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
    }

    public DateOnly Today() => DateOnly.FromDateTime(Platform.Localization.LocalTime.InNorway(clock.GetUtcNow()).DateTime);

    private static string Reason(GatheringReminder reminder) => reminder switch
    {
        GatheringReminder.NeverHeld => "never",
        GatheringReminder.QuarterMissed => "quarter-missed",
        _ => "none",
    };
}
