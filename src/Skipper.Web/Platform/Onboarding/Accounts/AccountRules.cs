using System.Net.Mail;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Onboarding.Invitations;

namespace Skipper.Web.Platform.Onboarding.Accounts;

/// <summary>An account as the administrator sees it: no health data, only who, which role and where.</summary>
public sealed record AccountRow(
    Guid Id, string DisplayName, string Email, string Role, Guid? DepartmentId, string? DepartmentName, bool IsActive, bool HasSignedUp);

public sealed record NewAccount(string? DisplayName, string? Email, string? Role, Guid? DepartmentId);

/// <summary>An account with the sign-up link that was just made for it.</summary>
public sealed record AccountWithLink(AccountRow Account, IssuedLink Link);

/// <summary>What a new account must have. Staff and department leaders work in a department, so they need one.</summary>
internal static class AccountRules
{
    public const int MaxName = 200;
    public const int MaxEmail = 256;

    public static bool RequiresDepartment(string role) => Roles.CareStaff.Contains(role) || role == Roles.DepartmentLeader;

    public static IReadOnlyList<FieldError> Check(NewAccount request, bool departmentExists)
    {
        var errors = new List<FieldError>();
        var name = request.DisplayName?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add(new("displayName", "Onboarding.Account.NameRequired"));
        }
        else if (name.Length > MaxName)
        {
            errors.Add(new("displayName", "Onboarding.Account.NameTooLong", MaxName));
        }
        var email = request.Email?.Trim() ?? "";
        if (email.Length == 0)
        {
            errors.Add(new("email", "Onboarding.Account.EmailRequired"));
        }
        else if (!IsEmail(email))
        {
            errors.Add(new("email", "Onboarding.Account.EmailInvalid"));
        }
        var role = request.Role ?? "";
        if (!Roles.IsKnown(role))
        {
            errors.Add(new("role", "Onboarding.Account.RoleRequired"));
        }
        if (request.DepartmentId is not null && !departmentExists)
        {
            errors.Add(new("departmentId", "Onboarding.Account.DepartmentUnknown"));
        }
        else if (request.DepartmentId is null && Roles.IsKnown(role) && RequiresDepartment(role))
        {
            errors.Add(new("departmentId", "Onboarding.Account.DepartmentRequired"));
        }
        return errors;
    }

    private static bool IsEmail(string email) =>
        email.Length <= MaxEmail
        && MailAddress.TryCreate(email, out var parsed)
        && parsed.Address == email
        && parsed.Host.Contains('.', StringComparison.Ordinal);
}
