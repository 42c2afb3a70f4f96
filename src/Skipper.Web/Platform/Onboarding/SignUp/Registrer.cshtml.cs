using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Skipper.Web.Platform.Onboarding.SignUp;

/// <summary>The page behind a sign-up link: who it is for, and a form to choose a password.</summary>
[AllowAnonymous]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class RegistrerModel(SignUpCommand command, IOptions<IdentityOptions> identity) : PageModel
{
    public SignUpInfo? Info { get; private set; }
    public Refusal? Refusal { get; private set; }
    public int RequiredLength => identity.Value.Password.RequiredLength;

    public async Task<IActionResult> OnGetAsync(string token) => Show(await command.FindAsync(token));

    public async Task<IActionResult> OnPostAsync(string token, string? password, string? confirmPassword)
    {
        var outcome = await command.CompleteAsync(token, new SignUpRequest(password, confirmPassword ?? ""));
        if (outcome.Succeeded)
        {
            return Redirect("/logg-inn?registrert=1");
        }
        if (outcome.Refusal.Kind != RefusalKind.Invalid)
        {
            return Show(outcome);
        }
        Refusal = outcome.Refusal;
        Info = (await command.FindAsync(token)).Value;
        Response.StatusCode = outcome.Refusal.Status;
        return Page();
    }

    /// <summary>A link that cannot be used shows only the reason, with 404 or 410, and no form.</summary>
    private PageResult Show(Outcome<SignUpInfo> outcome)
    {
        Info = outcome.Value;
        Refusal = outcome.Refusal;
        if (Refusal is not null)
        {
            Response.StatusCode = Refusal.Status;
        }
        return Page();
    }
}
