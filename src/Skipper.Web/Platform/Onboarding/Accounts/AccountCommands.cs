using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Platform.Auditing;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Onboarding.Invitations;

namespace Skipper.Web.Platform.Onboarding.Accounts;

/// <summary>What the administrator does to an existing account: deactivate it, or make a new sign-up link.</summary>
public sealed class AccountCommands(
    AppDbContext db, UserManager<AppUser> users, SignUpLinks links, AccountsQuery accounts, IAuditLog audit)
{
    /// <summary>
    /// A deactivated account cannot sign in (ActiveAccountConfirmation), and the new security stamp ends its
    /// cookie sessions at the next stamp check. Deactivating twice changes nothing the second time.
    /// </summary>
    public async Task<Outcome<AccountRow>> DeactivateAsync(ClaimsPrincipal admin, Guid id)
    {
        var tenantId = AccountsQuery.TenantOf(admin);
        if (await FindAsync(tenantId, id) is not { } user)
        {
            return await NotFoundAsync(admin, id);
        }
        if (user.Id == admin.UserId())
        {
            return Refusal.Of(RefusalKind.Conflict, "Onboarding.Account.NotYourself");
        }
        if (user.IsActive)
        {
            user.IsActive = false;
            var result = await users.UpdateSecurityStampAsync(user);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Code)));
            }
            await audit.RecordAsync(admin, AuditEntry.About(AuditActions.AccountDeactivated, $"account/{id}", await PersonOfAsync(id)));
        }
        return await accounts.RowAsync(tenantId, id);
    }

    /// <summary>A new link for an account that has not chosen a password yet; earlier links stop working.</summary>
    public async Task<Outcome<AccountWithLink>> NewSignUpLinkAsync(ClaimsPrincipal admin, Guid id)
    {
        var tenantId = AccountsQuery.TenantOf(admin);
        if (await FindAsync(tenantId, id) is not { } user)
        {
            return await NotFoundAsync(admin, id);
        }
        if (!user.IsActive)
        {
            return Refusal.Of(RefusalKind.Conflict, "Onboarding.Account.IsDeactivated");
        }
        if (user.PasswordHash is not null)
        {
            return Refusal.Of(RefusalKind.Conflict, "Onboarding.Account.AlreadySignedUp");
        }
        var link = await links.IssueAsync(user);
        await audit.RecordAsync(admin, AuditEntry.About(AuditActions.SignUpLinkCreated, $"account/{id}", await PersonOfAsync(id)));
        return new AccountWithLink(await accounts.RowAsync(tenantId, id), link);
    }

    /// <summary>Another municipality's account does not exist for this administrator: 404, never 403.</summary>
    private Task<AppUser?> FindAsync(Guid tenantId, Guid id) => db.Users.FirstOrDefaultAsync(u => u.Id == id && u.TenantId == tenantId);

    private Task<Guid?> PersonOfAsync(Guid userId) =>
        db.Persons.Where(p => p.UserId == userId).Select(p => (Guid?)p.Id).FirstOrDefaultAsync();

    /// <summary>A miss is logged too: someone trying ids of other municipalities shows in the trail.</summary>
    private async Task<Refusal> NotFoundAsync(ClaimsPrincipal admin, Guid id)
    {
        await audit.RecordAsync(admin, AuditEntry.About(AuditActions.NotFound, $"account/{id}"));
        return Refusal.Of(RefusalKind.NotFound, "Onboarding.Account.NotFound");
    }
}
