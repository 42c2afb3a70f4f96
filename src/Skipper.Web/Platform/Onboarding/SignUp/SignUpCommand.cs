using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Skipper.Web.Platform.Auditing;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Onboarding.Invitations;

namespace Skipper.Web.Platform.Onboarding.SignUp;

/// <summary>Who a valid link is for: shown on the page so the person knows it is theirs.</summary>
public sealed record SignUpInfo(string DisplayName, string Municipality);

public sealed record SignUpRequest(string? Password, string? ConfirmPassword = null);

/// <summary>
/// Uses a one-time sign-up link to set the account's first password. The link is found by the hash of its
/// token across municipalities (the person is not signed in, and the host may name another municipality),
/// and is claimed by one conditional UPDATE, so two uses at once cannot both succeed.
/// </summary>
public sealed class SignUpCommand(
    AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, IAuditLog audit, TimeProvider clock, IOptions<IdentityOptions> identity)
{
    public const int MaxPassword = 256;

    public async Task<Outcome<SignUpInfo>> FindAsync(string? token)
    {
        var found = await LookupAsync(token);
        return found.Refusal ?? (Outcome<SignUpInfo>)found.Info!;
    }

    public async Task<Outcome<SignUpInfo>> CompleteAsync(string? token, SignUpRequest? request)
    {
        var found = await LookupAsync(token);
        if (found.Refusal is not null)
        {
            return found.Refusal;
        }
        var password = request?.Password ?? "";
        if (await CheckPasswordAsync(found.User!, password, request?.ConfirmPassword) is { Count: > 0 } errors)
        {
            return Refusal.Invalid(errors);
        }
        var hash = SignUpLinks.HashOf(token!);
        var now = clock.GetUtcNow();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var claimed = await db.SignUpInvitations.IgnoreQueryFilters()
                .Where(i => i.TokenHash == hash && i.UsedAt == null && i.ExpiresAt > now)
                .ExecuteUpdateAsync(set => set.SetProperty(i => i.UsedAt, now));
            if (claimed != 1 || !(await users.AddPasswordAsync(found.User!, password)).Succeeded)
            {
                return Refusal.Of(RefusalKind.Gone, "SignUp.Error.Used");
            }
            await transaction.CommitAsync();
        }
        var actor = await signIn.CreateUserPrincipalAsync(found.User!);
        var person = await db.Persons.IgnoreQueryFilters()
            .Where(p => p.TenantId == found.User!.TenantId && p.UserId == found.User.Id)
            .Select(p => (Guid?)p.Id)
            .FirstOrDefaultAsync();
        await audit.RecordAsync(actor, AuditEntry.About(AuditActions.SignUpCompleted, $"account/{found.User!.Id}", person));
        return found.Info!;
    }

    private async Task<(Refusal? Refusal, AppUser? User, SignUpInfo? Info)> LookupAsync(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > SignUpLinks.MaxTokenLength)
        {
            return (Refusal.Of(RefusalKind.NotFound, "SignUp.Error.Unknown"), null, null);
        }
        var hash = SignUpLinks.HashOf(token);
        var invitation = await db.SignUpInvitations.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(i => i.TokenHash == hash);
        var user = invitation is null ? null : await users.FindByIdAsync(invitation.UserId.ToString());
        Refusal? refusal = (invitation, user) switch
        {
            (null, _) or (_, null) => Refusal.Of(RefusalKind.NotFound, "SignUp.Error.Unknown"),
            ({ UsedAt: not null }, _) or (_, { PasswordHash: not null }) => Refusal.Of(RefusalKind.Gone, "SignUp.Error.Used"),
            (_, { IsActive: false }) => Refusal.Of(RefusalKind.Gone, "SignUp.Error.Deactivated"),
            _ when invitation.ExpiresAt <= clock.GetUtcNow() => Refusal.Of(RefusalKind.Gone, "SignUp.Error.Expired"),
            _ => null,
        };
        if (refusal is not null)
        {
            return (refusal, null, null);
        }
        var municipality = await db.Tenants.AsNoTracking().Where(t => t.Id == user!.TenantId).Select(t => t.Name).FirstAsync();
        return (null, user, new SignUpInfo(user!.DisplayName, municipality));
    }

    /// <summary>Identity's own password rules, each error as a Norwegian text (Identity.&lt;Code&gt;).</summary>
    private async Task<List<FieldError>> CheckPasswordAsync(AppUser user, string password, string? confirmation)
    {
        var errors = new List<FieldError>();
        if (password.Length == 0)
        {
            errors.Add(new("password", "SignUp.Error.PasswordRequired"));
            return errors;
        }
        if (password.Length > MaxPassword)
        {
            errors.Add(new("password", "SignUp.Error.PasswordTooLong", MaxPassword));
            return errors;
        }
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            errors.AddRange(result.Errors.Select(e => IdentityErrorTexts.For("password", e, identity.Value.Password)));
        }
        if (confirmation is not null && confirmation != password)
        {
            errors.Add(new("confirmPassword", "SignUp.Error.PasswordsDiffer"));
        }
        return errors;
    }
}
