using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Feedback.Responses;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Feedback.MyFeedback;

/// <summary>
/// /tilbakemelding/kvittering/{id}: what the answer says, in inviting words, and "would you like to say something
/// about it?" (the comment is shown to staff beside the score).
/// </summary>
[Authorize(Policy = Policies.Person)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class KvitteringModel(OwnAnswers own, CommentOnResponse comment) : PageModel
{
    public OwnAnswer Answer { get; private set; } = null!;
    public string? TypedComment { get; private set; }
    public FieldError? CommentError { get; private set; }
    public bool Saved { get; private set; }

    public string Language => CultureInfo.CurrentUICulture.Name;

    public async Task<IActionResult> OnGetAsync(Guid id, bool lagret = false)
    {
        Saved = lagret;
        return await ShowAsync(id);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? text)
    {
        var outcome = await comment.SaveAsync(User, id, new CommentRequest(text));
        if (outcome.Succeeded)
        {
            return Redirect(FeedbackPaths.Receipt(id) + "?lagret=true#comment");
        }
        if (outcome.Refusal.Kind is RefusalKind.NotFound)
        {
            return NotFound();
        }
        TypedComment = text;
        CommentError = outcome.Refusal.Fields.FirstOrDefault() ?? new FieldError("text", outcome.Refusal.MessageKey);
        Response.StatusCode = outcome.Refusal.Status;
        return await ShowAsync(id);
    }

    private async Task<IActionResult> ShowAsync(Guid id)
    {
        if (await own.FindAsync(User, id) is not { } answer)
        {
            return NotFound();
        }
        Answer = answer;
        return Page();
    }
}
