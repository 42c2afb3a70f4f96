using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Onboarding.Accounts;
using Skipper.Web.Platform.Onboarding.Departments;
using Skipper.Web.Platform.Onboarding.Invitations;
using Skipper.Web.Platform.Onboarding.SignUp;

namespace Skipper.Web.Platform.Onboarding;

/// <summary>
/// Onboarding: the administrator sets up departments and accounts and hands over one-time sign-up links
/// (no e-mail server is assumed); the new user chooses a password at /registrer/{token}.
/// </summary>
internal static class OnboardingSetup
{
    public static IServiceCollection AddOnboarding(this IServiceCollection services)
    {
        services.AddScoped<SignUpLinks>();
        services.AddScoped<DepartmentsAdmin>();
        services.AddScoped<AccountsQuery>();
        services.AddScoped<CreateAccountCommand>();
        services.AddScoped<AccountCommands>();
        services.AddScoped<SignUpCommand>();
        return services;
    }

    /// <summary>/admin/departments and /admin/accounts for the administrator; /sign-up/{token} for anyone with a link.</summary>
    public static void MapOnboarding(this IEndpointRouteBuilder api)
    {
        var admin = api.MapGroup("/admin").RequireAuthorization(Policies.TenantAdmin);
        admin.MapAdminDepartments();
        admin.MapAdminAccounts();
        api.MapSignUp();
    }
}
