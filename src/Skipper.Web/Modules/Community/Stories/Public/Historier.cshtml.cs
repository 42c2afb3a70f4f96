using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Skipper.Web.Platform;

namespace Skipper.Web.Modules.Community.Stories.Public;

/// <summary>/historier: published recovery stories and good-practice examples, newest first. Cached until one is published or withdrawn.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PlatformSetup.PublicPageCache, Tags = [StoryRules.CacheTag])]
public sealed class HistorierModel(PublicStories stories) : PageModel
{
    public PublicStoryPage Stories { get; private set; } = new([], 1, false);

    public async Task OnGetAsync(int? side) => Stories = await stories.PageAsync(side ?? 1);
}
