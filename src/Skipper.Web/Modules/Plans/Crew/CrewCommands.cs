using Skipper.Web.Platform.Input;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Onboarding;
using Skipper.Web.Platform.Onboarding.Accounts;
using Skipper.Web.Platform.Onboarding.Invitations;

namespace Skipper.Web.Modules.Plans.Crew;

/// <summary>
/// The person invites relatives and friends, chooses what each sees, and withdraws access. PlanDoor reads the
/// shares fresh on every request, so each change holds from the relative's next request on. Crew changes do
/// not touch the plan's "latest update": staff need not learn from the caseload when the person shares.
/// </summary>
public sealed class CrewCommands(
    AppDbContext db, PlanDoor door, PersonGate gate, UserManager<AppUser> users, CreateAccountCommand accounts, TimeProvider clock)
{
    public const string Resource = PlanDoor.Resource + "/crew";

    /// <summary>
    /// Shares with the relative account that has this e-mail in the person's municipality, or makes one with a
    /// one-time sign-up link. An e-mail of a staff member, the person or another municipality is refused.
    /// </summary>
    public async Task<Outcome<InvitedRelative>> InviteAsync(ClaimsPrincipal user, InviteRequest? request)
    {
        var plan = await door.OpenOwnAsync(user, PersonOperation.Write);
        if (!plan.IsOpen)
        {
            return PlanRules.PlanNotFound;
        }
        request ??= new InviteRequest(null, null, null);
        var errors = new List<FieldError>();
        var (name, email) = CrewRules.Person(errors, request);
        var parts = CrewRules.Parts(errors, request.Parts);
        if (errors.Count > 0)
        {
            return InputRules.Invalid(errors);
        }

        IssuedLink? link = null;
        Guid relativeId;
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            if (existing.TenantId != user.TenantId())
            {
                return CrewRules.EmailTaken;
            }
            if (!await users.IsInRoleAsync(existing, Roles.Relative))
            {
                return CrewRules.NotRelative;
            }
            if (await db.RelativeShares.AnyAsync(s => s.PersonId == plan.PersonId && s.RelativeUserId == existing.Id && s.WithdrawnAt == null))
            {
                return CrewRules.AlreadyShared;
            }
            relativeId = existing.Id;
        }
        else
        {
            var created = await accounts.CreateRelativeAsync(user, plan.PersonId, name, email);
            if (!created.Succeeded)
            {
                return created.Refusal;
            }
            relativeId = created.Value.Account.Id;
            link = created.Value.Link;
        }

        var share = new RelativeShare
        {
            Id = Guid.NewGuid(),
            PersonId = plan.PersonId,
            RelativeUserId = relativeId,
            Scopes = PlanParts.ToScopes(parts),
            SharedAt = clock.GetUtcNow(),
        };
        db.RelativeShares.Add(share);
        if (!await db.TrySaveAsync())
        {
            return InputRules.Conflict;
        }
        await gate.RecordChangeAsync(user, plan.Gate, $"{Resource}/{share.Id}");
        return new InvitedRelative(await ViewAsync(share), link);
    }

    /// <summary>Replaces the parts a relative sees. A withdrawn share stays withdrawn: invite again instead.</summary>
    public async Task<Outcome<CrewRelativeView>> ChangePartsAsync(ClaimsPrincipal user, Guid shareId, PartsRequest? request)
    {
        var plan = await door.OpenOwnAsync(user, PersonOperation.Write);
        if (!plan.IsOpen)
        {
            return PlanRules.PlanNotFound;
        }
        var errors = new List<FieldError>();
        var parts = CrewRules.Parts(errors, request?.Parts);
        if (errors.Count > 0)
        {
            return InputRules.Invalid(errors);
        }
        if (await FindAsync(plan, shareId) is not { } share)
        {
            return CrewRules.ShareNotFound;
        }
        if (share.WithdrawnAt is not null)
        {
            return CrewRules.Withdrawn;
        }
        share.Scopes = PlanParts.ToScopes(parts);
        if (!await db.TrySaveAsync())
        {
            return InputRules.Conflict;
        }
        await gate.RecordChangeAsync(user, plan.Gate, $"{Resource}/{share.Id}");
        return await ViewAsync(share);
    }

    /// <summary>Ends the share; it stays in the list as withdrawn. Withdrawing twice changes nothing the second time.</summary>
    public async Task<Outcome<CrewRelativeView>> WithdrawAsync(ClaimsPrincipal user, Guid shareId)
    {
        var plan = await door.OpenOwnAsync(user, PersonOperation.Write);
        if (!plan.IsOpen)
        {
            return PlanRules.PlanNotFound;
        }
        if (await FindAsync(plan, shareId) is not { } share)
        {
            return CrewRules.ShareNotFound;
        }
        if (share.WithdrawnAt is null)
        {
            share.WithdrawnAt = clock.GetUtcNow();
            if (!await db.TrySaveAsync())
            {
                return InputRules.Conflict;
            }
            await gate.RecordChangeAsync(user, plan.Gate, $"{Resource}/{share.Id}/withdrawn");
        }
        return await ViewAsync(share);
    }

    /// <summary>Another person's or municipality's share is not found: the tenant filter and the person id both decide.</summary>
    private Task<RelativeShare?> FindAsync(PlanOpening plan, Guid shareId) =>
        db.RelativeShares.FirstOrDefaultAsync(s => s.Id == shareId && s.PersonId == plan.PersonId);

    private async Task<CrewRelativeView> ViewAsync(RelativeShare share)
    {
        var relative = await db.Users.AsNoTracking().Where(u => u.Id == share.RelativeUserId)
            .Select(u => new { u.DisplayName, u.Email, SignedUp = u.PasswordHash != null })
            .FirstAsync();
        return CrewRelativeView.From(share, relative.DisplayName, relative.Email ?? "", relative.SignedUp);
    }
}
