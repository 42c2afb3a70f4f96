using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Community.Stories.Submit;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.Stories.Mine;

/// <summary>/historier/mine: the stories I sent in, what became of them, and withdrawing one at any time.</summary>
[Authorize(Policy = Policies.StoryAuthor)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class MineHistorierModel(StoryCommands commands) : PageModel
{
    public IReadOnlyList<MyStoryView> Stories { get; private set; } = [];
    public Refusal? Refusal { get; private set; }

    public bool Sent => Request.Query["sendt"] == "true";
    public bool Withdrawn => Request.Query["trukket"] == "true";

    public async Task OnGetAsync() => Stories = await commands.MineAsync(User);

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id)
    {
        var outcome = await commands.WithdrawAsync(User, id);
        if (outcome.Succeeded)
        {
            return Redirect("/historier/mine?trukket=true");
        }
        Refusal = outcome.Refusal;
        Response.StatusCode = outcome.Refusal.Status;
        Stories = await commands.MineAsync(User);
        return Page();
    }
}
