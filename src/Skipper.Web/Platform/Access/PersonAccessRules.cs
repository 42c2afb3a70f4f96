using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.People;

namespace Skipper.Web.Platform.Access;

public enum PersonAccessVia
{
    None,
    Self,
    CareRelation,
    Emergency,
    Relative,
}

/// <summary>
/// Need-to-know: how (if at all) a user may see a person right now. Read fresh on every request, so an
/// ended relation or an expired emergency access gives nothing from the next request on.
/// </summary>
public sealed class PersonAccessRules(AppDbContext db, TimeProvider clock)
{
    private readonly Dictionary<(Guid, Guid), PersonAccessVia> decided = [];

    public async Task<PersonAccessVia> ViaAsync(ClaimsPrincipal user, Person person)
    {
        if (user.UserId() is not { } userId)
        {
            return PersonAccessVia.None;
        }
        if (!decided.TryGetValue((userId, person.Id), out var via))
        {
            via = await DecideAsync(user, userId, person);
            decided[(userId, person.Id)] = via;
        }
        return via;
    }

    private async Task<PersonAccessVia> DecideAsync(ClaimsPrincipal user, Guid userId, Person person)
    {
        if (person.UserId == userId && user.IsInRole(Roles.Person))
        {
            return PersonAccessVia.Self;
        }
        var now = clock.GetUtcNow();
        if (Roles.CareStaff.Any(user.IsInRole))
        {
            var relations = await db.CareRelations.AsNoTracking()
                .Where(r => r.PersonId == person.Id && r.StaffUserId == userId && r.StartsAt <= now)
                .ToListAsync();
            if (relations.Any(r => r.IsActiveAt(now)))
            {
                return PersonAccessVia.CareRelation;
            }
            var emergency = await db.EmergencyAccesses.AsNoTracking()
                .Where(a => a.PersonId == person.Id && a.StaffUserId == userId)
                .Select(a => a.ExpiresAt)
                .ToListAsync();
            return emergency.Any(expires => expires > now) ? PersonAccessVia.Emergency : PersonAccessVia.None;
        }
        if (user.IsInRole(Roles.Relative))
        {
            var shared = await db.RelativeShares.AsNoTracking()
                .AnyAsync(s => s.PersonId == person.Id && s.RelativeUserId == userId && s.WithdrawnAt == null);
            return shared ? PersonAccessVia.Relative : PersonAccessVia.None;
        }
        return PersonAccessVia.None;
    }
}
