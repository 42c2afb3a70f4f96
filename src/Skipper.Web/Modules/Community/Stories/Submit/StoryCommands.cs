using System.Security.Claims;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Community.Stories.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.Stories.Submit;

/// <summary>The author's side: send a story in (only with consent), read my own, withdraw one at any time.</summary>
public sealed class StoryCommands(AppDbContext db, IOutputCacheStore cache, TimeProvider clock)
{
    public async Task<Outcome<MyStoryView>> SubmitAsync(ClaimsPrincipal user, StoryRequest? request)
    {
        var (clean, refusal) = StoryRules.Check(request);
        if (refusal is not null)
        {
            return refusal;
        }
        var author = user.UserId()!.Value;
        var waiting = await db.Set<Story>().CountAsync(s => s.AuthorId == author && s.Status == StoryStatus.Submitted);
        if (waiting >= StoryRules.MaxWaiting)
        {
            return Refusal.Of(RefusalKind.Conflict, "Community.Stories.Error.TooManyWaiting");
        }
        var now = clock.GetUtcNow();
        var story = new Story
        {
            Id = Guid.NewGuid(),
            Title = clean.Title,
            Text = clean.Text,
            Kind = clean.Kind,
            AuthorId = author,
            AuthorRole = StoryRules.RoleOf(user),
            ConsentedAt = now,
            SubmittedAt = now,
            Status = StoryStatus.Submitted,
            Version = 1,
        };
        db.Add(story);
        await db.SaveChangesAsync();
        return MyStoryView.From(story);
    }

    public async Task<IReadOnlyList<MyStoryView>> MineAsync(ClaimsPrincipal user)
    {
        var author = user.UserId();
        var stories = await db.Set<Story>().AsNoTracking().Where(s => s.AuthorId == author).ToListAsync();
        return stories.OrderByDescending(s => s.SubmittedAt).Select(MyStoryView.From).ToList();
    }

    /// <summary>
    /// Takes the story off the site at once (and out of the page cache). Only its author can; to anyone else it does
    /// not exist. Withdrawing twice is no error.
    /// </summary>
    public async Task<Outcome<MyStoryView>> WithdrawAsync(ClaimsPrincipal user, Guid id, bool again = false)
    {
        var author = user.UserId();
        var story = await db.Set<Story>().FirstOrDefaultAsync(s => s.Id == id && s.AuthorId == author);
        if (story is null)
        {
            return StoryRules.NotFound;
        }
        if (story.Status != StoryStatus.Withdrawn)
        {
            story.Status = StoryStatus.Withdrawn;
            story.WithdrawnAt = clock.GetUtcNow();
            story.Version++;
            // A reviewer publishing at the same moment must not win: retry on the fresh row, the author always does.
            if (!await db.TrySaveAsync())
            {
                return again ? Refusal.Of(RefusalKind.Conflict, "Input.Error.Conflict") : await WithdrawAsync(user, id, again: true);
            }
        }
        await cache.EvictByTagAsync(StoryRules.CacheTag, default);
        return MyStoryView.From(story);
    }
}
