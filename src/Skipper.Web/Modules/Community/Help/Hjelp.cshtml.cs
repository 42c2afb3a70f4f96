using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Skipper.Web.Platform;

namespace Skipper.Web.Modules.Community.Help;

/// <summary>/hjelp: how to ask for help, in plain words. The same for everyone, so it is cached.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PlatformSetup.PublicPageCache)]
public sealed class HjelpModel : PageModel
{
    public void OnGet()
    {
    }
}
