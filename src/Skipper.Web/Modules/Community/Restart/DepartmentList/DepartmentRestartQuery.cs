using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Community.Restart.Data;
using Skipper.Web.Modules.Community.Restart.FirstContact;
using Skipper.Web.Platform.Auditing;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Input;
using Skipper.Web.Platform.Onboarding;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Community.Restart.DepartmentList;

/// <summary>One request as the department sees it. PersonId, PersonName and Message are null when the reader may not see who asked.</summary>
public sealed record RestartRow(
    Guid Id,
    Guid? PersonId,
    string? PersonName,
    string? Message,
    DateTimeOffset RequestedAt,
    DateTimeOffset? FirstContactAt,
    string? FirstContactKind,
    int? DaysToFirstContact,
    int DaysWaited,
    string? HandledBy,
    DateTimeOffset? HandledAt,
    int Version);

public sealed record RestartList(Guid DepartmentId, string Department, IReadOnlyList<RestartRow> Requests);

/// <summary>
/// The department's requests to start again, newest first, with first contacts filled in. Every request is listed
/// for everyone who may read the list, so none waits unseen. Who asked (name and message) is need-to-know: the
/// department's leader sees it, because the leader assigns someone to call; care staff see it for persons they serve
/// now. Everyone else in the department sees "a person", the date and how long it has waited. One audit event per
/// view names every person whose request was listed.
/// </summary>
public sealed class DepartmentRestartQuery(AppDbContext db, IAuthorizationService authorization, FirstContacts contacts, IAuditLog audit, TimeProvider clock)
{
    /// <summary>How many of the newest requests a list shows.</summary>
    public const int Newest = 200;

    public async Task<Outcome<RestartList>> ListAsync(ClaimsPrincipal user, Guid departmentId, CancellationToken cancellationToken = default)
    {
        var (department, refusal) = await OpenAsync(user, departmentId);
        if (department is null)
        {
            return refusal!;
        }
        var requests = await db.Set<RestartRequest>().Where(r => r.DepartmentId == departmentId)
            .OrderByDescending(r => r.RequestedAt).Take(Newest).ToListAsync(cancellationToken);
        await contacts.FillAsync(requests, cancellationToken);
        var personIds = requests.Select(r => r.PersonId).Distinct().ToList();
        var names = await db.Persons.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.DisplayName, cancellationToken);
        var known = await KnownAsync(user, personIds, cancellationToken);
        if (personIds.Count > 0)
        {
            await audit.RecordAsync(user, new AuditEntry(AuditActions.ListView, $"{RestartRules.Resource}/departments/{departmentId}", personIds), cancellationToken);
        }
        var today = RestartRules.DayInNorway(clock.GetUtcNow());
        return new RestartList(department.Id, department.Name, requests.ConvertAll(r => Row(r, known.Contains(r.PersonId) ? names.GetValueOrDefault(r.PersonId) : null, today)));
    }

    /// <summary>The department in the request's municipality, if the user may read its requests.</summary>
    public async Task<(Department? Department, Refusal? Refusal)> OpenAsync(ClaimsPrincipal user, Guid departmentId)
    {
        var department = await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == departmentId);
        if (department is null)
        {
            return (null, Refusal.Of(RefusalKind.NotFound, "Problem.404"));
        }
        return (await authorization.AuthorizeAsync(user, department, ReadRestartRequestsRequirement.Instance)).Succeeded
            ? (department, null)
            : (null, Refusal.Of(RefusalKind.Forbidden, "Community.Restart.Error.NotYourDepartment"));
    }

    /// <summary>The persons whose name the user may see: all for the department's leader, else those they serve now.</summary>
    public async Task<HashSet<Guid>> KnownAsync(ClaimsPrincipal user, IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken = default)
    {
        if (user.IsInRole(Roles.DepartmentLeader))
        {
            return [.. personIds];
        }
        var userId = user.UserId() ?? Guid.Empty;
        var now = clock.GetUtcNow();
        var served = await db.CareRelations.AsNoTracking()
            .Where(r => r.StaffUserId == userId && personIds.Contains(r.PersonId) && r.StartsAt <= now && (r.EndsAt == null || r.EndsAt > now))
            .Select(r => r.PersonId).ToListAsync(cancellationToken);
        return [.. served];
    }

    public static RestartRow Row(RestartRequest r, string? name, DateOnly today)
    {
        var days = RestartRules.DaysToFirstContact(r.RequestedAt, r.FirstContactAt);
        var seen = name is not null;
        return new RestartRow(
            r.Id, seen ? r.PersonId : null, name, seen ? r.Message : null, r.RequestedAt, r.FirstContactAt,
            r.FirstContactKind is { } kind ? EnumNames.Of(kind) : null, days,
            days ?? today.DayNumber - RestartRules.DayInNorway(r.RequestedAt).DayNumber,
            r.HandledBy, r.HandledAt, r.Version);
    }
}
