using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.Restart.DepartmentList;

/// <summary>/avdeling/start-igjen: the signed-in employee's department's requests to start again, and taking one on.</summary>
[Authorize(Policy = Policies.Employee)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class AvdelingStartIgjenModel(DepartmentRestartQuery query, TakeRestart take) : PageModel
{
    public RestartList List { get; private set; } = null!;
    public Refusal? Refusal { get; private set; }

    public bool Taken => Request.Query["tatt"] == "true";

    public async Task<IActionResult> OnGetAsync() => await ShowAsync();

    public async Task<IActionResult> OnPostTakeAsync(Guid requestId, int? version)
    {
        if (User.DepartmentId() is not { } departmentId)
        {
            return Forbid();
        }
        var outcome = await take.TakeAsync(User, departmentId, requestId, new TakeRestartRequest(version));
        if (outcome.Succeeded)
        {
            return Redirect(RestartPaths.Department + "?tatt=true");
        }
        var shown = await ShowAsync();
        Refusal = outcome.Refusal;
        Response.StatusCode = outcome.Refusal.Status;
        return shown;
    }

    private async Task<IActionResult> ShowAsync()
    {
        if (User.DepartmentId() is not { } departmentId)
        {
            return Forbid();
        }
        var outcome = await query.ListAsync(User, departmentId, HttpContext.RequestAborted);
        if (!outcome.Succeeded)
        {
            return outcome.Refusal.Kind == RefusalKind.NotFound ? NotFound() : Forbid();
        }
        List = outcome.Value;
        return Page();
    }
}
