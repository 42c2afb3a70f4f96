using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Community.Stories.Data;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Modules.Community.Stories.Public;

/// <summary>Published stories for everyone, newest first. Only published ones: submitted, declined and withdrawn never show.</summary>
public sealed class PublicStories(AppDbContext db)
{
    public async Task<PublicStoryPage> PageAsync(int page)
    {
        page = Math.Max(1, page);
        var rows = await db.Set<Story>().AsNoTracking()
            .Where(s => s.Status == StoryStatus.Published)
            .OrderByDescending(s => s.PublishedAt)
            .Skip((page - 1) * StoryRules.PageSize)
            .Take(StoryRules.PageSize + 1)
            .Select(s => new { s.Id, s.Title, s.Kind, s.AuthorRole, s.PublishedAt, Start = s.Text.Substring(0, StoryRules.ExcerptLength + 60) })
            .ToListAsync();
        var stories = rows.Take(StoryRules.PageSize)
            .Select(s => new PublicStorySummary(s.Id, s.Title, s.Kind, s.AuthorRole, s.PublishedAt!.Value, StoryRules.Excerpt(s.Start)))
            .ToList();
        return new PublicStoryPage(stories, page, rows.Count > StoryRules.PageSize);
    }

    public async Task<PublicStoryView?> OneAsync(Guid id) =>
        await db.Set<Story>().AsNoTracking()
            .Where(s => s.Id == id && s.Status == StoryStatus.Published)
            .Select(s => new PublicStoryView(s.Id, s.Title, s.Text, s.Kind, s.AuthorRole, s.PublishedAt!.Value))
            .FirstOrDefaultAsync();
}
