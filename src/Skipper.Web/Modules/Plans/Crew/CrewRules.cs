using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Onboarding;
using Skipper.Web.Platform.Onboarding.Accounts;

namespace Skipper.Web.Modules.Plans.Crew;

/// <summary>The shape of an invitation and of a change of parts; each error names the field and its text.</summary>
internal static class CrewRules
{
    /// <summary>At least one part, and only parts the plan has: a share that opens nothing is a withdrawal.</summary>
    public static IReadOnlyList<string> Parts(List<FieldError> errors, IReadOnlyList<string>? parts)
    {
        var given = (parts ?? []).Select(p => (p ?? "").Trim()).Where(p => p.Length > 0).ToList();
        if (given.Count == 0)
        {
            errors.Add(new FieldError("parts", "Crew.Error.NoParts"));
        }
        else if (given.Any(p => !PlanParts.IsKnown(p)))
        {
            errors.Add(new FieldError("parts", "Crew.Error.UnknownPart"));
        }
        return given.Where(PlanParts.IsKnown).Distinct().ToList();
    }

    /// <summary>Name and e-mail by the same rules as any new account, so an invitation cannot make an account the administrator could not.</summary>
    public static (string Name, string Email) Person(List<FieldError> errors, InviteRequest request)
    {
        var checkedAccount = AccountRules.Check(new NewAccount(request.Name, request.Email, Roles.Relative, null), departmentExists: false);
        errors.AddRange(checkedAccount.Select(e => e.Field == "displayName" ? e with { Field = "name" } : e));
        return ((request.Name ?? "").Trim(), (request.Email ?? "").Trim());
    }

    public static Refusal ShareNotFound => Refusal.Of(RefusalKind.NotFound, "Crew.Error.ShareNotFound");

    public static Refusal Withdrawn => Refusal.Of(RefusalKind.Conflict, "Crew.Error.Withdrawn");

    public static Refusal AlreadyShared => Refusal.Of(RefusalKind.Conflict, "Crew.Error.AlreadyShared", "email");

    public static Refusal NotRelative => Refusal.Invalid([new FieldError("email", "Crew.Error.NotRelative")]);

    public static Refusal EmailTaken => Refusal.Of(RefusalKind.Conflict, "Onboarding.Account.EmailTaken", "email");
}
