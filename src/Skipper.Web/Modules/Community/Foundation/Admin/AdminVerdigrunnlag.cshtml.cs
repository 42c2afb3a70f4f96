using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Community.Foundation.Endorsements;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.Foundation.Admin;

/// <summary>/admin/verdigrunnlag: the administrator approves or declines organisations that asked to endorse the value foundation.</summary>
[Authorize(Policy = Policies.TenantAdmin)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class AdminVerdigrunnlagModel(EndorsementCommands commands) : PageModel
{
    public IReadOnlyList<EndorsementRequestView> Requests { get; private set; } = [];
    public Refusal? Refusal { get; private set; }

    public string? Done => Request.Query["gjort"].FirstOrDefault();

    public async Task OnGetAsync() => Requests = await commands.AllAsync();

    public async Task<IActionResult> OnPostAsync(Guid id, string? decision, int? version)
    {
        if (decision is not ("approve" or "decline"))
        {
            return BadRequest();
        }
        var request = new EndorsementDecisionRequest(version);
        var outcome = decision == "approve" ? await commands.ApproveAsync(User, id, request) : await commands.DeclineAsync(User, id, request);
        if (outcome.Succeeded)
        {
            return Redirect("/admin/verdigrunnlag?gjort=" + (decision == "approve" ? "godkjent" : "avvist"));
        }
        Refusal = outcome.Refusal;
        Response.StatusCode = outcome.Refusal.Status;
        Requests = await commands.AllAsync();
        return Page();
    }
}
