using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Implementation.Survey.Write;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Implementation.Survey.Pages;

/// <summary>/avdeling/undersokelser/{id}: one survey, opening and closing it, its response rate, and its results once closed.</summary>
[Authorize(Policy = Policies.RecoveryWork)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class UndersokelseModel(SurveyQuery query, SurveyCommands commands) : PageModel
{
    public SurveyResultsView Results { get; private set; } = null!;
    public Refusal? Refusal { get; private set; }

    public string? Done => Request.Query["lagret"] == "true" ? "Saved" : Request.Query["apnet"] == "true" ? "Opened" : Request.Query["stengt"] == "true" ? "Closed" : null;

    public async Task<IActionResult> OnGetAsync(Guid id) => await ShowAsync(id);

    public async Task<IActionResult> OnPostOpenAsync(Guid id) =>
        await AfterAsync(id, await ActAsync(id, (department) => commands.OpenAsync(User, department, id)), "apnet");

    public async Task<IActionResult> OnPostCloseAsync(Guid id) =>
        await AfterAsync(id, await ActAsync(id, (department) => commands.CloseAsync(User, department, id)), "stengt");

    private async Task<Refusal?> ActAsync(Guid id, Func<Guid, Task<Outcome<SurveyView>>> act)
    {
        if (await query.DepartmentOfAsync(id) is not { } department)
        {
            return SurveyQuery.NotFound;
        }
        return (await act(department)).Refusal;
    }

    private async Task<IActionResult> AfterAsync(Guid id, Refusal? refusal, string done)
    {
        if (refusal is null)
        {
            return Redirect($"{SurveyPaths.Department}/{id}?{done}=true");
        }
        var shown = await ShowAsync(id);
        if (shown is PageResult)
        {
            Refusal = refusal;
            Response.StatusCode = refusal.Status;
        }
        return shown;
    }

    private async Task<IActionResult> ShowAsync(Guid id)
    {
        if (await query.DepartmentOfAsync(id) is not { } department)
        {
            return NotFound();
        }
        var outcome = await query.ResultsAsync(User, department, id);
        if (!outcome.Succeeded)
        {
            return outcome.Refusal.Kind == RefusalKind.Forbidden ? Forbid() : NotFound();
        }
        Results = outcome.Value;
        return Page();
    }
}
