using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.Stories.Submit;

/// <summary>/historier/ny: write a story and send it in for review. Nothing is stored without the consent tick.</summary>
[Authorize(Policy = Policies.StoryAuthor)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class NyHistorieModel(StoryCommands commands) : PageModel
{
    public StoryRequest Values { get; private set; } = new("", "", false, "recovery");
    public Refusal? Refusal { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? title, string? text, bool consent, string? kind)
    {
        Values = new StoryRequest(title, text, consent, kind);
        var outcome = await commands.SubmitAsync(User, Values);
        if (outcome.Succeeded)
        {
            return Redirect("/historier/mine?sendt=true");
        }
        Refusal = outcome.Refusal;
        Response.StatusCode = outcome.Refusal.Status;
        return Page();
    }

    public FieldError? ErrorFor(string field) => Refusal?.ErrorFor(field);

    public bool IsGoodPractice => string.Equals(Values.Kind, "goodPractice", StringComparison.OrdinalIgnoreCase);
}
