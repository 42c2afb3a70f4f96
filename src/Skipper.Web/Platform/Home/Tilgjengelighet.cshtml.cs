using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Skipper.Web.Platform.Home;

[AllowAnonymous]
[OutputCache(PolicyName = PlatformSetup.PublicPageCache)]
public sealed class TilgjengelighetModel : PageModel;
