using System.Security.Claims;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Community.Stories.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Input;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.Stories.Review;

/// <summary>
/// A recovery contact reviews the stories waiting: they see only the title, kind and text, never who wrote it, and
/// publish or decline with an optional note. A contact's own stories are reviewed by someone else.
/// </summary>
public sealed class StoryReview(AppDbContext db, IOutputCacheStore cache, TimeProvider clock)
{
    public async Task<IReadOnlyList<ReviewItem>> WaitingAsync(ClaimsPrincipal user)
    {
        var me = user.UserId();
        var waiting = await db.Set<Story>().AsNoTracking()
            .Where(s => s.Status == StoryStatus.Submitted && s.AuthorId != me)
            .Select(s => new { s.Id, s.Title, s.Kind, s.Text, s.Version, s.SubmittedAt })
            .ToListAsync();
        return waiting.OrderBy(s => s.SubmittedAt).Select(s => new ReviewItem(s.Id, s.Title, s.Kind, s.Text, s.Version)).ToList();
    }

    public Task<Outcome<ReviewDecision>> PublishAsync(ClaimsPrincipal user, Guid id, ReviewRequest? request) =>
        DecideAsync(user, id, request, StoryStatus.Published);

    public Task<Outcome<ReviewDecision>> DeclineAsync(ClaimsPrincipal user, Guid id, ReviewRequest? request) =>
        DecideAsync(user, id, request, StoryStatus.Declined);

    private async Task<Outcome<ReviewDecision>> DecideAsync(ClaimsPrincipal user, Guid id, ReviewRequest? request, StoryStatus decision)
    {
        var me = user.UserId();
        var story = await db.Set<Story>().FirstOrDefaultAsync(s => s.Id == id && s.AuthorId != me);
        // A withdrawn story is gone for the reviewer too: no trace of what the author took back.
        if (story is null || story.Status == StoryStatus.Withdrawn)
        {
            return StoryRules.NotFound;
        }
        var note = InputRules.Clean(request?.Note);
        if (StoryRules.CheckNote(note) is { } refusal)
        {
            return refusal;
        }
        if (story.Status != StoryStatus.Submitted || (request?.Version is { } version && version != story.Version))
        {
            return StoryRules.AlreadyDecided;
        }
        var now = clock.GetUtcNow();
        story.Status = decision;
        story.ReviewedBy = me;
        story.ReviewedAt = now;
        story.ReviewNote = note;
        story.PublishedAt = decision == StoryStatus.Published ? now : null;
        story.Version++;
        if (!await db.TrySaveAsync())
        {
            return StoryRules.AlreadyDecided;
        }
        await cache.EvictByTagAsync(StoryRules.CacheTag, default);
        return new ReviewDecision(story.Id, story.Status, story.Version);
    }
}
