using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Identity.Me;

namespace Skipper.Web.Platform.Home;

/// <summary>Every role's home: who you are, your municipality and department, and what you can open.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class HjemModel(MeQuery query) : PageModel
{
    public MeView? Me { get; private set; }
    internal IReadOnlyList<HomeLink> Links { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Me = User.UserId() is { } id ? await query.FindAsync(id) : null;
        if (Me is null)
        {
            return NotFound();
        }
        Links = HomeLinks.For(User).ToList();
        return Page();
    }
}
