using Microsoft.AspNetCore.Authorization;
using Skipper.Web.Platform.Identity;

namespace Skipper.Web.Platform.Authorization;

/// <summary>Named policies for the roles of DESIGN.md. Pages and endpoints name one of these, never a role.</summary>
public static class Policies
{
    public const string SignedIn = nameof(SignedIn);
    public const string Person = nameof(Person);
    public const string Relative = nameof(Relative);
    public const string CareStaff = nameof(CareStaff);

    /// <summary>The person themself or care staff: for what both do with the person's own data (feedback).</summary>
    public const string PersonOrCareStaff = nameof(PersonOrCareStaff);
    public const string RecoveryContact = nameof(RecoveryContact);
    public const string DepartmentLeader = nameof(DepartmentLeader);
    public const string Leader = nameof(Leader);
    public const string TenantAdmin = nameof(TenantAdmin);
    public const string OfferProvider = nameof(OfferProvider);

    /// <summary>Who keeps offers in the catalogue: offer providers (their organisation's) and employees (the municipality's).</summary>
    public const string KeepOffers = nameof(KeepOffers);

    /// <summary>Department leaders and the administrator; which department is decided per resource.</summary>
    public const string ManageCareRelations = nameof(ManageCareRelations);

    /// <summary>Everyone who works in the municipality: care staff, leaders and the administrator.</summary>
    public const string Employee = nameof(Employee);

    /// <summary>Who keeps the municipality's reflection-card deck: recovery contacts and the administrator.</summary>
    public const string KeepCards = nameof(KeepCards);

    /// <summary>Who reads a department's reflection counts and the contacts' network: recovery contacts and leaders.</summary>
    public const string RecoveryWork = nameof(RecoveryWork);

    /// <summary>Who reads the recovery contacts' network: RecoveryWork and the administrator (only contacts write).</summary>
    public const string ReadNetwork = nameof(ReadNetwork);

    /// <summary>Who may send in a story: persons in recovery, relatives and employees (not offer providers).</summary>
    public const string StoryAuthor = nameof(StoryAuthor);

    public static IServiceCollection AddPlatformAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(Person, p => p.RequireRole(Roles.Person))
            .AddPolicy(Relative, p => p.RequireRole(Roles.Relative))
            .AddPolicy(CareStaff, p => p.RequireRole(Roles.CareStaff))
            .AddPolicy(PersonOrCareStaff, p => p.RequireRole([Roles.Person, .. Roles.CareStaff]))
            .AddPolicy(RecoveryContact, p => p.RequireRole(Roles.RecoveryContact))
            .AddPolicy(DepartmentLeader, p => p.RequireRole(Roles.DepartmentLeader))
            .AddPolicy(Leader, p => p.RequireRole(Roles.Leaders))
            .AddPolicy(TenantAdmin, p => p.RequireRole(Roles.TenantAdmin))
            .AddPolicy(OfferProvider, p => p.RequireRole(Roles.OfferProvider))
            .AddPolicy(KeepOffers, p => p.RequireRole([Roles.OfferProvider, .. Roles.Employees]))
            .AddPolicy(Employee, p => p.RequireRole(Roles.Employees))
            .AddPolicy(KeepCards, p => p.RequireRole(Roles.RecoveryContact, Roles.TenantAdmin))
            .AddPolicy(RecoveryWork, p => p.RequireRole([Roles.RecoveryContact, .. Roles.Leaders]))
            .AddPolicy(ReadNetwork, p => p.RequireRole([Roles.RecoveryContact, .. Roles.Leaders, Roles.TenantAdmin]))
            .AddPolicy(StoryAuthor, p => p.RequireRole([Roles.Person, Roles.Relative, .. Roles.Employees]))
            .AddPolicy(ManageCareRelations, p => p.RequireRole(Roles.DepartmentLeader, Roles.TenantAdmin));
        // No fallback policy: an unknown address must answer 404, and a test fails for any endpoint without a rule.
        return services;
    }
}
