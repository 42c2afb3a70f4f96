using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Implementation.PeerWorkers.Figures;
using Skipper.Web.Modules.Implementation.PeerWorkers.Positions;
using Skipper.Web.Modules.Implementation.PeerWorkers.Targets;
using Skipper.Web.Platform.Access.Departments;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Onboarding;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Implementation.PeerWorkers.Pages;

/// <summary>
/// /avdeling/erfaringsmedarbeidere: positions for people with lived experience, targets, and the count and FTE
/// against the target over time. A department's own page for its recovery contacts (who read) and leader (who
/// writes); section leaders see the whole section and pick a department.
/// </summary>
[Authorize(Policy = Policies.RecoveryWork)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ErfaringsmedarbeidereModel(
    DepartmentAccess access, PeerOverview overview, PositionCommands positions, TargetCommands targets, IAuthorizationService authorization) : PageModel
{
    public const string Path = "/avdeling/erfaringsmedarbeidere";

    public IReadOnlyList<Department> Departments { get; private set; } = [];
    public PeerOverviewView? Overview { get; private set; }
    public bool CanWrite { get; private set; }
    public bool SeesAll => DepartmentAccess.SeesAll(User);
    public string? Failed { get; private set; }
    public Refusal? Refusal { get; private set; }
    public PositionInput? TypedPosition { get; private set; }
    public Guid? TypedDepartment { get; private set; }
    public TargetInput? TypedTarget { get; private set; }

    /// <summary>The target whose year was picked to change (?aar=), filled into the form with its version.</summary>
    public TargetView? EditingTarget
    {
        get
        {
            var year = Failed == "target" ? TypedTarget?.Year : int.TryParse(Request.Query["aar"], out var asked) ? asked : null;
            return Overview?.Targets.FirstOrDefault(t => t.Year == year);
        }
    }

    public string TargetLink(int year) => $"{Path}?{(Overview?.DepartmentId is { } id ? $"avdeling={id}&" : "")}aar={year}#targets";

    public string? Done => Request.Query["lagret"].ToString() is { Length: > 0 } done ? done : null;

    public async Task<IActionResult> OnGetAsync(Guid? avdeling) => await ShowAsync(avdeling);

    public async Task<IActionResult> OnPostPositionAsync(Guid? avdeling, Guid? department, string? percent, string? kind, string? startOn, string? endOn, string? label)
    {
        if (!await IsLeaderAsync())
        {
            return Forbid();
        }
        TypedPosition = new PositionInput(percent, kind, startOn, endOn, label, 0);
        TypedDepartment = department;
        var target = department ?? avdeling ?? User.DepartmentId();
        var outcome = target is { } id ? (await positions.AddAsync(User, id, TypedPosition)).Refusal : DepartmentAccess.Unknown;
        return await AfterAsync(avdeling, outcome, "position");
    }

    public async Task<IActionResult> OnPostTargetAsync(Guid? avdeling, int? year, int? positionsTarget, string? fte, int? version)
    {
        if (!await IsLeaderAsync())
        {
            return Forbid();
        }
        TypedTarget = new TargetInput(year, positionsTarget, fte, version);
        var (outcome, _) = await targets.SaveAsync(User, Scope(avdeling), TypedTarget);
        return await AfterAsync(avdeling, outcome.Refusal, "target");
    }

    public FieldError? ErrorFor(string form, string field) => Failed == form ? Refusal?.ErrorFor(field) : null;

    private async Task<IActionResult> AfterAsync(Guid? avdeling, Refusal? refusal, string form)
    {
        if (refusal is null)
        {
            return Redirect($"{Path}?{(avdeling is { } id ? $"avdeling={id}&" : "")}lagret={form}#{form}s");
        }
        if (refusal.Kind is RefusalKind.Forbidden or RefusalKind.NotFound && refusal.Fields.Count == 0)
        {
            return refusal.Kind == RefusalKind.Forbidden ? Forbid() : NotFound();
        }
        var shown = await ShowAsync(avdeling);
        Failed = form;
        Refusal = refusal;
        Response.StatusCode = refusal.Status;
        return shown;
    }

    /// <summary>The department asked for; else the section for section leaders; else the user's own department.</summary>
    private Guid? Scope(Guid? avdeling) => avdeling ?? (SeesAll ? null : User.DepartmentId() ?? Guid.Empty);

    /// <summary>Recovery contacts read the page; only leaders write (the API says the same with the Leader policy).</summary>
    private async Task<bool> IsLeaderAsync() => (await authorization.AuthorizeAsync(User, Policies.Leader)).Succeeded;

    private async Task<IActionResult> ShowAsync(Guid? avdeling)
    {
        Departments = await access.ChoicesAsync(User);
        CanWrite = await IsLeaderAsync();
        var outcome = await overview.ForAsync(User, Scope(avdeling));
        if (!outcome.Succeeded)
        {
            return outcome.Refusal.Kind == RefusalKind.Forbidden ? Forbid() : NotFound();
        }
        Overview = outcome.Value;
        return Page();
    }
}
