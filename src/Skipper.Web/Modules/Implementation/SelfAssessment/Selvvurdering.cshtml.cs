using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Access.Departments;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Onboarding;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Modules.Implementation.SelfAssessment;

/// <summary>/avdeling/selvvurdering: the department's self-assessments side by side over time, and the form for a new one.</summary>
[Authorize(Policy = Policies.RecoveryWork)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class SelfAssessmentPageModel(DepartmentAccess access, SelfAssessmentQuery query, SelfAssessmentCommands commands) : PageModel
{
    public const string Path = "/avdeling/selvvurdering";

    public IReadOnlyList<Department> Departments { get; private set; } = [];
    public SelfAssessmentsView? View { get; private set; }
    public Refusal? Refusal { get; private set; }
    public SelfAssessmentRequest Values { get; private set; } = new(null, null, null);

    public bool Saved => Request.Query["lagret"] == "true";

    public async Task<IActionResult> OnGetAsync(Guid? avdeling)
    {
        var shown = await ShowAsync(avdeling);
        Values = new SelfAssessmentRequest(commands.Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null, null);
        return shown;
    }

    public async Task<IActionResult> OnPostAsync(Guid avdeling, string? assessedOn, Dictionary<string, string?> answers, Dictionary<string, string?> comments)
    {
        // A radio button sends 1–4; anything else counts as an answer outside the scale and is refused by the rules.
        var values = answers.ToDictionary(a => a.Key, a => int.TryParse(a.Value, out var v) ? v : (int?)(a.Value is null ? null : 0));
        var request = new SelfAssessmentRequest(assessedOn, values, comments);
        var outcome = await commands.AddAsync(User, avdeling, request);
        if (outcome.Succeeded)
        {
            return Redirect($"{Path}?avdeling={avdeling}&lagret=true#over-time");
        }
        if (outcome.Refusal.Kind is RefusalKind.Forbidden or RefusalKind.NotFound)
        {
            return outcome.Refusal.Kind == RefusalKind.Forbidden ? Forbid() : NotFound();
        }
        var shown = await ShowAsync(avdeling);
        Refusal = outcome.Refusal;
        Values = request;
        Response.StatusCode = outcome.Refusal.Status;
        return shown;
    }

    public FieldError? ErrorFor(string field) => Refusal?.ErrorFor(field);

    public bool IsChosen(string key, int value) => Values.Answers?.GetValueOrDefault(key) == value;

    public string? CommentFor(string key) => Values.Comments?.GetValueOrDefault(key);

    private async Task<IActionResult> ShowAsync(Guid? avdeling)
    {
        Departments = await access.ChoicesAsync(User);
        var chosen = avdeling ?? User.DepartmentId() ?? Departments.FirstOrDefault()?.Id;
        if (chosen is not { } id)
        {
            return Page();
        }
        var view = await query.ReadAsync(User, id);
        if (!view.Succeeded)
        {
            return view.Refusal.Kind == RefusalKind.Forbidden ? Forbid() : NotFound();
        }
        View = view.Value;
        return Page();
    }
}
