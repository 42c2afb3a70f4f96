using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Modules.Plans.ViewPlan;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Plans.CrisisPlan;

/// <summary>/min-plan/varselsignaler: the person writes their warning signs and what helps, and can print them.</summary>
[Authorize(Policy = Policies.Person)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class VarselsignalerModel(PlanDoor door, PlanQuery query, SaveWarningSigns command) : PageModel
{
    public WarningSignsView Signs { get; private set; } = WarningSignsView.Empty;
    public WarningSignsRequest? Typed { get; private set; }
    public Refusal? Refusal { get; private set; }
    public bool Saved { get; private set; }

    public bool IsConflict => Refusal?.Kind == RefusalKind.Conflict;

    public async Task<IActionResult> OnGetAsync(bool? lagret)
    {
        Saved = lagret == true;
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostAsync(WarningSignsRequest request)
    {
        var (outcome, _) = await command.SaveAsync(User, request);
        if (outcome.Succeeded)
        {
            return Redirect("/min-plan/varselsignaler?lagret=true");
        }
        Typed = request;
        Refusal = outcome.Refusal;
        Response.StatusCode = outcome.Refusal.Status;
        return await ShowAsync();
    }

    /// <summary>What a field shows: the refused text (nothing typed is lost), unless newer text won a conflict.</summary>
    public string Shown(string? typed, string stored) => Typed is not null && !IsConflict ? typed ?? "" : stored;

    private async Task<IActionResult> ShowAsync()
    {
        var opened = await door.OpenOwnAsync(User, PersonOperation.Read);
        if (!opened.IsOpen)
        {
            return NotFound();
        }
        Signs = (await query.ReadAsync(opened)).WarningSigns ?? WarningSignsView.Empty;
        return Page();
    }
}
