using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Platform.Auditing;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.People;

namespace Skipper.Web.Platform.Access;

public enum GateStatus
{
    Open,
    NotFound,
    Forbidden,
}

public sealed record GateResult(GateStatus Status, Person? Person, PersonAccessVia Via)
{
    public bool IsOpen => Status == GateStatus.Open;
}

/// <summary>
/// The one way into a person's data for every module: finds the person in the user's municipality,
/// applies the need-to-know rule, and writes the audit event before anything is shown. A read by the
/// person themself is not logged; every other read is, and emergency access is flagged.
/// </summary>
public sealed class PersonGate(AppDbContext db, IAuthorizationService authorization, IAuditLog audit, PersonAccessRules rules)
{
    public async Task<GateResult> OpenAsync(ClaimsPrincipal user, Guid personId, PersonOperation operation, string resource)
    {
        var person = await db.Persons.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId);
        if (person is null)
        {
            // Another municipality's person (or none) looks the same to the asker, and is logged in the asker's tenant.
            await audit.RecordAsync(user, AuditEntry.About(AuditActions.NotFound, $"{resource}/{personId}"));
            return new GateResult(GateStatus.NotFound, null, PersonAccessVia.None);
        }
        return await OpenAsync(user, person, operation, resource);
    }

    /// <summary>The signed-in person's own record, for every module's "my ..." pages; their own reads are not logged.</summary>
    public async Task<GateResult> OpenOwnAsync(ClaimsPrincipal user, PersonOperation operation, string resource)
    {
        var userId = user.UserId();
        var person = user.IsInRole(Roles.Person) ? await db.Persons.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == userId) : null;
        return person is null ? new GateResult(GateStatus.NotFound, null, PersonAccessVia.None) : await OpenAsync(user, person, operation, resource);
    }

    /// <summary>The same door for a person the caller has already read in the request's tenant (saves a round trip).</summary>
    public async Task<GateResult> OpenAsync(ClaimsPrincipal user, Person person, PersonOperation operation, string resource)
    {
        var requirement = operation == PersonOperation.Read ? PersonOperationRequirement.Read : PersonOperationRequirement.Write;
        if (!(await authorization.AuthorizeAsync(user, person, requirement)).Succeeded)
        {
            await audit.RecordAsync(user, AuditEntry.About(AuditActions.Denied, resource, person.Id));
            return new GateResult(GateStatus.Forbidden, null, PersonAccessVia.None);
        }
        var via = await rules.ViaAsync(user, person);
        if (via != PersonAccessVia.Self && operation == PersonOperation.Read)
        {
            await audit.RecordAsync(user, AuditEntry.About(AuditActions.Read, resource, person.Id, emergency: via == PersonAccessVia.Emergency));
        }
        return new GateResult(GateStatus.Open, person, via);
    }

    /// <summary>Call after a write through an open gate has been saved: every write is logged, the person's own too.</summary>
    public Task RecordChangeAsync(ClaimsPrincipal user, GateResult gate, string resource) =>
        audit.RecordAsync(user, AuditEntry.About(AuditActions.Change, resource, gate.Person!.Id, emergency: gate.Via == PersonAccessVia.Emergency));
}
