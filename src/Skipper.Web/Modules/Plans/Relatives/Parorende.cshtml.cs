using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Skipper.Web.Platform;

namespace Skipper.Web.Modules.Plans.Relatives;

/// <summary>
/// /parorende: what a relative can expect of Skipper and where to get support. Open without signing in, so a
/// relative with a sign-up link (or none yet) can read it; it holds no personal data.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PlatformSetup.PublicPageCache)]
public sealed class ParorendeModel : PageModel;
