using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Platform.Auditing;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Onboarding.Invitations;
using Skipper.Web.Platform.People;

namespace Skipper.Web.Platform.Onboarding.Accounts;

/// <summary>
/// Creates an account with no password and a one-time sign-up link; a person in recovery also gets their
/// Person row. Everything is saved in one transaction, so a refusal leaves nothing behind.
/// </summary>
public sealed class CreateAccountCommand(
    AppDbContext db, UserManager<AppUser> users, SignUpLinks links, AccountsQuery accounts, IAuditLog audit, TimeProvider clock)
{
    public Task<Outcome<AccountWithLink>> CreateAsync(ClaimsPrincipal admin, NewAccount? request) => CreateAsync(admin, request, null);

    /// <summary>
    /// For My plan: a person in recovery invites a relative. The caller has checked that the inviter may act
    /// for the person; the account is made in the inviter's municipality and the event names the person.
    /// </summary>
    public Task<Outcome<AccountWithLink>> CreateRelativeAsync(ClaimsPrincipal inviter, Guid personId, string? displayName, string? email) =>
        CreateAsync(inviter, new NewAccount(displayName, email, Roles.Relative, null), personId);

    private async Task<Outcome<AccountWithLink>> CreateAsync(ClaimsPrincipal admin, NewAccount? request, Guid? aboutPerson)
    {
        request ??= new NewAccount(null, null, null, null);
        var tenantId = AccountsQuery.TenantOf(admin);
        var departmentExists = request.DepartmentId is { } departmentId && await db.Departments.AnyAsync(d => d.Id == departmentId);
        var errors = AccountRules.Check(request, departmentExists);
        if (errors.Count > 0)
        {
            return Refusal.Invalid(errors);
        }
        var email = request.Email!.Trim();
        // E-mail is unique in the whole installation: another municipality's account counts too.
        if (await users.FindByEmailAsync(email) is not null)
        {
            return EmailTaken();
        }

        var now = clock.GetUtcNow();
        var user = new AppUser
        {
            Id = Guid.NewGuid(),
            TenantId = tenantId,
            DepartmentId = request.DepartmentId,
            DisplayName = request.DisplayName!.Trim(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            IsActive = true,
            CreatedAt = now,
        };
        await using var transaction = await db.Database.BeginTransactionAsync();
        Person? person;
        IssuedLink link;
        try
        {
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                db.ChangeTracker.Clear();
                return RefusalOf(created);
            }
            Check(await users.AddToRoleAsync(user, request.Role!));
            person = request.Role == Roles.Person ? AddPerson(user, now) : null;
            // Saves the person row too.
            link = await links.IssueAsync(user);
            await transaction.CommitAsync();
        }
        catch (DbUpdateException)
        {
            // Two administrators took the same e-mail at once: the unique index decided.
            db.ChangeTracker.Clear();
            return EmailTaken();
        }
        await audit.RecordAsync(admin, AuditEntry.About(AuditActions.AccountCreated, $"account/{user.Id}", person?.Id ?? aboutPerson));
        return new AccountWithLink(await accounts.RowAsync(tenantId, user.Id), link);
    }

    private Person AddPerson(AppUser user, DateTimeOffset now)
    {
        var person = new Person
        {
            TenantId = user.TenantId,
            Id = Guid.NewGuid(),
            UserId = user.Id,
            DepartmentId = user.DepartmentId,
            DisplayName = user.DisplayName,
            CreatedAt = now,
        };
        db.Persons.Add(person);
        return person;
    }

    private static Refusal EmailTaken() => Refusal.Of(RefusalKind.Conflict, "Onboarding.Account.EmailTaken", "email");

    /// <summary>Identity checks the user name (our e-mail) for characters and uniqueness.</summary>
    private static Refusal RefusalOf(IdentityResult result) =>
        result.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName")
            ? EmailTaken()
            : Refusal.Invalid([new FieldError("email", "Onboarding.Account.EmailInvalid")]);

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }
}
