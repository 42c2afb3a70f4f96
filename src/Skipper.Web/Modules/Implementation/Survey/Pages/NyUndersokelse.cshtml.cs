using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Implementation.Survey.Data;
using Skipper.Web.Modules.Implementation.Survey.Write;
using Skipper.Web.Platform.Access.Departments;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Implementation.Survey.Pages;

/// <summary>One question row as the form sends it.</summary>
public sealed class QuestionForm
{
    public string? Text { get; set; }
    public string? Kind { get; set; }
    public string? LowLabel { get; set; }
    public string? HighLabel { get; set; }
}

/// <summary>
/// /avdeling/undersokelser/ny: writes a survey as a draft. The form offers a few empty question rows and a button
/// for more, so it works without script; what was typed is kept when a row is added or the survey is refused.
/// </summary>
[Authorize(Policy = Policies.RecoveryWork)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class NyUndersokelseModel(DepartmentAccess access, SurveyCommands commands) : PageModel
{
    public const int FirstRows = 5;
    public const int MoreRows = 3;

    public Guid DepartmentId { get; private set; }
    public string DepartmentName { get; private set; } = "";
    public Refusal? Refusal { get; private set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Intro { get; set; }

    [BindProperty]
    public string? WrittenWith { get; set; }

    [BindProperty]
    public List<QuestionForm> Questions { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? avdeling)
    {
        Questions = Enumerable.Range(0, FirstRows).Select(_ => new QuestionForm { Kind = "scale" }).ToList();
        return await OpenAsync(avdeling ?? User.DepartmentId() ?? Guid.Empty);
    }

    public async Task<IActionResult> OnPostMoreAsync(Guid avdeling)
    {
        var more = Math.Min(MoreRows, SurveyLimits.MaxQuestions - Questions.Count);
        Questions.AddRange(Enumerable.Range(0, Math.Max(0, more)).Select(_ => new QuestionForm { Kind = "scale" }));
        return await OpenAsync(avdeling);
    }

    public async Task<IActionResult> OnPostCreateAsync(Guid avdeling)
    {
        var request = new SurveyRequest(Title, Intro, WrittenWith,
            Questions.Select(q => new QuestionRequest(q.Text, q.Kind, q.LowLabel, q.HighLabel)).ToList());
        var outcome = await commands.CreateAsync(User, avdeling, request);
        if (outcome.Succeeded)
        {
            return Redirect($"{SurveyPaths.Department}/{outcome.Value.Id}?lagret=true");
        }
        if (outcome.Refusal.Kind is RefusalKind.NotFound or RefusalKind.Forbidden)
        {
            return outcome.Refusal.Kind == RefusalKind.Forbidden ? Forbid() : NotFound();
        }
        Refusal = outcome.Refusal;
        Response.StatusCode = outcome.Refusal.Status;
        return await OpenAsync(avdeling);
    }

    public FieldError? ErrorFor(string field) => Refusal?.ErrorFor(field);

    private async Task<IActionResult> OpenAsync(Guid departmentId)
    {
        var opened = await access.OpenAsync(User, departmentId);
        if (!opened.Succeeded)
        {
            return opened.Refusal.Kind == RefusalKind.Forbidden ? Forbid() : NotFound();
        }
        DepartmentId = departmentId;
        DepartmentName = opened.Value.Name;
        return Page();
    }
}
