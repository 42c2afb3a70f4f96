using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Community.Foundation.Endorsements;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.Foundation.Public;

/// <summary>
/// /verdigrunnlag: the value foundation, who endorses it, and the form an organisation uses to ask to join. Not
/// output-cached: the form carries an antiforgery token of the visitor's own.
/// </summary>
[AllowAnonymous]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class VerdigrunnlagModel(EndorsementCommands commands) : PageModel
{
    public IReadOnlyList<EndorsementView> Endorsements { get; private set; } = [];
    public EndorsementAsk Values { get; private set; } = new("", "", "", "");
    public Refusal? Refusal { get; private set; }
    public bool TooMany { get; private set; }

    public bool Sent => Request.Query["sendt"] == "true";

    public async Task OnGetAsync() => Endorsements = await commands.ApprovedAsync();

    public async Task<IActionResult> OnPostAsync(string? organisationName, string? contactPerson, string? email, string? message)
    {
        Values = new EndorsementAsk(organisationName, contactPerson, email, message);
        var answer = await commands.AskAsync(Values, HttpContext.Connection.RemoteIpAddress);
        if (!answer.TooMany && answer.Outcome.Succeeded)
        {
            return Redirect("/verdigrunnlag?sendt=true#join");
        }
        TooMany = answer.TooMany;
        Refusal = answer.Outcome.Refusal;
        Response.StatusCode = TooMany ? StatusCodes.Status429TooManyRequests : Refusal!.Status;
        Endorsements = await commands.ApprovedAsync();
        return Page();
    }

    public FieldError? ErrorFor(string field) => Refusal?.ErrorFor(field);
}
