using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Skipper.Web.Platform;

namespace Skipper.Web.Modules.Community.Stories.Public;

/// <summary>/historier/{id}: one published story. Anything else (waiting, declined, withdrawn) is 404.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PlatformSetup.PublicPageCache, Tags = [StoryRules.CacheTag])]
public sealed class HistorieModel(PublicStories stories) : PageModel
{
    public PublicStoryView Story { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await stories.OneAsync(id) is not { } story)
        {
            return NotFound();
        }
        Story = story;
        return Page();
    }
}
