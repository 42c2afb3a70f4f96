using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Authorization;

namespace Skipper.Web.Modules.Implementation.Survey.Answer;

/// <summary>/undersokelse: the open surveys my department has asked me to answer.</summary>
[Authorize(Policy = Policies.Person)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class MineUndersokelserModel(MySurveys surveys) : PageModel
{
    public IReadOnlyList<MySurveyView> Surveys { get; private set; } = [];

    public async Task OnGetAsync() => Surveys = await surveys.OpenAsync(User, HttpContext.RequestAborted);
}
