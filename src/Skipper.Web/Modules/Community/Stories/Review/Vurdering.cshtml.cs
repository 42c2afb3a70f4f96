using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.Stories.Review;

/// <summary>/historier/vurdering: a recovery contact reads each waiting story (only its title, kind and text) and publishes or declines it.</summary>
[Authorize(Policy = Policies.RecoveryContact)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class VurderingModel(StoryReview review) : PageModel
{
    public IReadOnlyList<ReviewItem> Waiting { get; private set; } = [];
    public Refusal? Refusal { get; private set; }
    public Guid? FailedId { get; private set; }
    public string TypedNote { get; private set; } = "";

    public string? Done => Request.Query["gjort"].FirstOrDefault();

    public async Task OnGetAsync() => Waiting = await review.WaitingAsync(User);

    public async Task<IActionResult> OnPostAsync(Guid id, string? decision, string? note, int? version)
    {
        if (decision is not ("publish" or "decline"))
        {
            return BadRequest();
        }
        var request = new ReviewRequest(note, version);
        var outcome = decision == "publish" ? await review.PublishAsync(User, id, request) : await review.DeclineAsync(User, id, request);
        if (outcome.Succeeded)
        {
            return Redirect("/historier/vurdering?gjort=" + (decision == "publish" ? "publisert" : "avvist"));
        }
        Refusal = outcome.Refusal;
        FailedId = id;
        TypedNote = note ?? "";
        Response.StatusCode = outcome.Refusal.Status;
        Waiting = await review.WaitingAsync(User);
        return Page();
    }
}
